/**
 * `npm run bench`: figures, not pass/fail timings. It prints
 *   1. time and peak memory of the content check (`npm run check`), of `next build` and of the
 *      whole static export (`npm run export`), and content reads, for the real content and for
 *      generated content 10× and 100× larger;
 *   2. bytes per page (HTML, CSS, JS; raw, gzip and brotli) from the static export, which
 *      carries no framework JavaScript (only the meeting clock where meetings are shown);
 *   3. Lighthouse (mobile, simulated throttling, median of three) for the main pages, in
 *      Debian's Chromium, against the export under nginx and against `next start`, one after
 *      the other in the same run;
 *   4. requests per second, p99 latency and failed requests under a bounded loopback load
 *      (50 connections, 10 s, three pages) for `next start` and for the export under nginx.
 * It ends with the budgets and exits 1 if one is missed.
 *
 * Settings: BENCH_SCALES (default "1,10,100"), BENCH_LIGHTHOUSE_RUNS (3),
 * BENCH_LOAD_SECONDS (10), BENCH_CONNECTIONS (50).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import { navigation, ROUTES } from "../lib/routes";
import { generateContent } from "./bench/generate-content";
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  freePort,
  startServer,
  type LocalServer,
} from "./local-browser";

const ROOT = path.resolve(__dirname, "..");
const SCALES = (process.env.BENCH_SCALES ?? "1,10,100").split(",").map(Number);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const BENCH_DIST = ".next-bench";

/**
 * Budgets. The export: a page of text weighs what its text weighs (15 kB gzip), 20 kB with the
 * meeting clock. `next start` still ships React and the Next.js runtime (150 kB).
 */
// Every exported page, with the modules it loads (all carry "Lyssna", some the clock or the
// map), transfers at most exportKB.
const BUDGET = { exportKB: 20, performance: 95, others: 100, cls: 0 };
const budgetMisses: string[] = [];

const kB = (bytes: number) => (bytes / 1024).toFixed(1);
function table(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join("  ");
  console.log(line(cells[0]!));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
}
const section = (title: string) => console.log(`\n== ${title}\n`);

/** Runs a command to the end and returns its wall time and the peak memory of its process tree. */
async function measured(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number; peakMB: number; output: string; status: number }> {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd: ROOT, env, detached: true });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  let peak = 0;
  const page = 4096;
  const sample = () => {
    let total = 0;
    for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (Number(fields[2]) !== child.pid) continue; // process group
        total += Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * page;
      } catch {
        // the process ended between listing and reading
      }
    }
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, 100);
  const status = await new Promise<number>((resolve) =>
    child.on("close", (code) => resolve(code ?? 1)),
  );
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, peakMB: peak / 1024 / 1024, output, status };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8", stdio: "pipe" });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${command} ${args.join(" ")} failed`);
  }
}

// 1. Build time and memory as content grows --------------------------------------------------

async function buildScaling(): Promise<void> {
  section("Check, build and export: time, peak memory (all processes together) and content reads");
  const rows: (string | number)[][] = [];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "run-bench-"));
  try {
    for (const scale of SCALES) {
      const root = path.join(work, `x${scale}`);
      generateContent(path.join(ROOT, "content"), path.join(root, "content"), scale);
      const files = fs
        .readdirSync(path.join(root, "content"), { recursive: true, encoding: "utf8" })
        .filter((name) => name.endsWith(".md") && !name.endsWith("README.md")).length;
      const env = { ...process.env, CONTENT_ROOT: root, NEXT_TELEMETRY_DISABLED: "1" };
      const check = await measured("npx", ["tsx", "scripts/check-content.ts", root], env);
      if (check.status !== 0) {
        console.error(check.output);
        throw new Error(`the ${scale}× content check failed`);
      }
      const readLog = path.join(work, `reads-${scale}.log`);
      fs.rmSync(path.join(ROOT, BENCH_DIST), { recursive: true, force: true });
      const result = await measured("npx", ["next", "build"], {
        ...process.env,
        NODE_ENV: "production",
        CONTENT_ROOT: root,
        NEXT_DIST_DIR: BENCH_DIST,
        RUN_CONTENT_READ_LOG: readLog,
        NEXT_TELEMETRY_DISABLED: "1",
      });
      if (result.status !== 0) {
        console.error(result.output);
        throw new Error(`the ${scale}× build failed`);
      }
      const manifest = JSON.parse(
        fs.readFileSync(path.join(ROOT, BENCH_DIST, "prerender-manifest.json"), "utf8"),
      ) as { routes: Record<string, unknown> };
      const reads = fs.existsSync(readLog)
        ? fs.readFileSync(readLog, "utf8").trim().split("\n").length
        : 0;
      // The whole export: check, next build, framework stripping, calendars, search, gzip.
      fs.rmSync(path.join(ROOT, BENCH_DIST), { recursive: true, force: true });
      const exported = await measured("npm", ["run", "-s", "export"], {
        ...env,
        NEXT_DIST_DIR: BENCH_DIST,
      });
      if (exported.status !== 0) {
        console.error(exported.output);
        throw new Error(`the ${scale}× export failed`);
      }
      rows.push([
        `${scale}×`,
        files,
        Object.keys(manifest.routes).length,
        check.seconds.toFixed(1),
        check.peakMB.toFixed(0),
        result.seconds.toFixed(1),
        result.peakMB.toFixed(0),
        exported.seconds.toFixed(1),
        exported.peakMB.toFixed(0),
        reads,
      ]);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(path.join(ROOT, BENCH_DIST), { recursive: true, force: true });
  }
  table(
    [
      "content",
      "files",
      "prerendered",
      "check s",
      "check MB",
      "build s",
      "build MB",
      "export s",
      "export MB",
      "content reads",
    ],
    rows,
  );
  console.log(
    "\n(content reads: how many times a build process read and validated the content folder;" +
      " once per process, whatever the number of pages)",
  );
}

// 2. Bytes per page -----------------------------------------------------------------------------

function bytesPerPage(outDir: string): void {
  section("Bytes per page (static export; gzip as nginx sends it, brotli for reference)");
  const sizes = new Map<string, { raw: number; gzip: number; brotli: number }>();
  const sizeOf = (file: string) => {
    let size = sizes.get(file);
    if (!size) {
      const data = fs.readFileSync(file);
      // What nginx sends: the export's precompressed .gz where there is one.
      const precompressed = `${file}.gz`;
      size = {
        raw: data.length,
        gzip: fs.existsSync(precompressed)
          ? fs.statSync(precompressed).size
          : zlib.gzipSync(data, { level: 6 }).length,
        brotli: zlib.brotliCompressSync(data).length,
      };
      sizes.set(file, size);
    }
    return size;
  };
  const pages = fs
    .readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".html") && name !== "_not-found.html")
    .sort();
  const rows: (string | number)[][] = [];
  for (const name of pages) {
    const htmlFile = path.join(outDir, name);
    const html = fs.readFileSync(htmlFile, "utf8");
    const css = new Set<string>();
    const js = new Set<string>();
    for (const match of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) css.add(match[1]!);
    // Scripts a modern browser fetches: src without nomodule, and script preloads.
    for (const match of html.matchAll(/<script\b([^>]*)>/gi))
      if (!/nomodule/i.test(match[1]!)) {
        const src = /\ssrc="([^"]+)"/.exec(match[1]!)?.[1];
        if (src) js.add(src);
      }
    for (const match of html.matchAll(/<link rel="(?:module)?preload"[^>]*href="([^"]+\.js)"/g))
      js.add(match[1]!);
    const sum = (urls: Set<string>) =>
      [...urls]
        .map((url) => sizeOf(path.join(outDir, url)))
        .reduce(
          (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }),
          {
            raw: 0,
            gzip: 0,
            brotli: 0,
          },
        );
    const h = sizeOf(htmlFile);
    const c = sum(css);
    const j = sum(js);
    const total = h.gzip + c.gzip + j.gzip;
    const address = name === "index.html" ? "/" : `/${name.replace(/\.html$/, "")}`;
    const budget = BUDGET.exportKB;
    const ok = total <= budget * 1024;
    if (!ok) budgetMisses.push(`${address}: ${kB(total)} kB transferred (budget ${budget} kB)`);
    rows.push([
      address,
      `${kB(h.raw)}/${kB(h.gzip)}/${kB(h.brotli)}`,
      `${kB(c.raw)}/${kB(c.gzip)}/${kB(c.brotli)}`,
      `${js.size}: ${kB(j.raw)}/${kB(j.gzip)}/${kB(j.brotli)}`,
      kB(total),
      `${ok ? "ok" : "OVER"} (≤${budget})`,
    ]);
  }
  table(
    [
      "page",
      "HTML kB raw/gz/br",
      "CSS kB raw/gz/br",
      "JS files: kB raw/gz/br",
      "total gz kB",
      "budget kB",
    ],
    rows,
  );
}

/**
 * What a first search costs a visitor: /sok with a query, in a fresh browser, every response
 * counted as sent (compressed), and the share that is the search engine and its index.
 */
async function firstSearchBytes(origin: string): Promise<void> {
  section("A first search (static export): /sok?q=kommunerna in a fresh browser");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const transfers: { url: string; bytes: number }[] = [];
    page.on("requestfinished", (request) => {
      void request.sizes().then((sizes) =>
        transfers.push({
          url: request.url(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        }),
      );
    });
    await page.goto(`${origin}/sok?q=kommunerna`);
    await page.locator("[data-search-status]").filter({ hasText: "träff" }).waitFor();
    await page.waitForLoadState("networkidle");
    const sum = (items: typeof transfers) => items.reduce((total, item) => total + item.bytes, 0);
    const search = transfers.filter((item) => new URL(item.url).pathname.startsWith("/pagefind/"));
    const rows = search.map((item) => [new URL(item.url).pathname, kB(item.bytes)]);
    table(["Pagefind file", "kB sent"], rows);
    console.log(
      `Page and its files: ${kB(sum(transfers) - sum(search))} kB; the search engine and index: ${kB(sum(search))} kB in ${search.length} requests; in all ${kB(sum(transfers))} kB. Other pages load none of it.`,
    );
  } finally {
    await browser.close();
  }
}

// 3. Lighthouse ---------------------------------------------------------------------------------

async function lighthouseScores(origin: string, server: string): Promise<void> {
  section(
    `Lighthouse ${LIGHTHOUSE_RUNS}× per page (mobile, simulated throttling), median run: ${server}`,
  );
  const pages = [
    ...navigation().map(({ href }) => href),
    ROUTES.ledningsgrupp.path,
    ROUTES.medlemmar.path,
  ];
  const rows: (string | number)[][] = [];
  let retries = 0;
  // Lighthouse's CLI, one Chromium per run: its in-process API cannot run under tsx (esbuild's
  // helpers end up in the code Lighthouse sends to the page).
  const cli = path.join(ROOT, "node_modules/lighthouse/cli/index.js");
  const chromeFlags = ["--headless=new", ...CHROMIUM_ARGS].join(" ");
  type Run = {
    performance: number;
    accessibility: number;
    bestPractices: number;
    seo: number;
    cls: number;
    lcp: number;
    tbt: number;
    bytes: number;
  };
  for (const page of pages) {
    const runs: Run[] = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      // Chromium now and then fails to record a trace (NO_NAVSTART); such a run is repeated,
      // at most twice, and the retries are reported.
      let result = lighthouseRun(cli, origin + page, chromeFlags);
      for (let retry = 1; retry <= 2 && result.status !== 0; retry++) {
        retries += 1;
        result = lighthouseRun(cli, origin + page, chromeFlags);
      }
      if (result.status !== 0) throw new Error(`Lighthouse failed on ${page}: ${result.stderr}`);
      const { categories, audits } = JSON.parse(result.stdout) as {
        categories: Record<string, { score: number | null }>;
        audits: Record<string, { numericValue?: number }>;
      };
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      runs.push({
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
        lcp: audits["largest-contentful-paint"]?.numericValue ?? NaN,
        tbt: audits["total-blocking-time"]?.numericValue ?? NaN,
        bytes: audits["total-byte-weight"]?.numericValue ?? NaN,
      });
    }
    runs.sort((a, b) => a.performance - b.performance || a.lcp - b.lcp);
    const median = runs[Math.floor(runs.length / 2)]!;
    const misses = [
      median.performance < BUDGET.performance && `performance ${median.performance}`,
      median.accessibility < BUDGET.others && `accessibility ${median.accessibility}`,
      median.bestPractices < BUDGET.others && `best practices ${median.bestPractices}`,
      median.seo < BUDGET.others && `SEO ${median.seo}`,
      median.cls > BUDGET.cls && `CLS ${median.cls}`,
    ].filter(Boolean);
    for (const miss of misses) budgetMisses.push(`${server} ${page}: Lighthouse ${miss}`);
    rows.push([
      page,
      `${median.performance} (${runs.map((run) => run.performance).join(",")})`,
      median.accessibility,
      median.bestPractices,
      median.seo,
      median.cls.toFixed(3),
      (median.lcp / 1000).toFixed(2),
      Math.round(median.tbt),
      kB(median.bytes),
      misses.length ? "MISSED" : "ok",
    ]);
  }
  if (retries > 0) console.log(`(${retries} Lighthouse runs failed to record and were repeated)`);
  table(
    ["page", "perf (runs)", "a11y", "best pr.", "SEO", "CLS", "LCP s", "TBT ms", "kB", "budget"],
    rows,
  );
}

function lighthouseRun(cli: string, url: string, chromeFlags: string) {
  return spawnSync(
    process.execPath,
    [
      cli,
      url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=${chromeFlags}`,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    },
  );
}

// 4. Load -------------------------------------------------------------------------------------

async function load(servers: { name: string; origin: string }[]): Promise<void> {
  section(
    `Load: ${CONNECTIONS} connections for ${LOAD_SECONDS} s per page, on loopback, one at a time`,
  );
  const pages = ["/", "/moten", "/om-run/ledningsgrupp"];
  const rows: (string | number)[][] = [];
  for (const { name, origin } of servers) {
    for (const page of pages) {
      const result = await autocannon({
        url: origin + page,
        connections: CONNECTIONS,
        duration: LOAD_SECONDS,
        headers: { "accept-encoding": "gzip, br" },
      });
      const failed = result.errors + result.timeouts + result.non2xx;
      if (failed > 0) budgetMisses.push(`${name} ${page}: ${failed} failed requests under load`);
      rows.push([
        name,
        page,
        Math.round(result.requests.average),
        result.latency.p50,
        result.latency.p99,
        result.requests.total,
        failed,
      ]);
    }
  }
  table(["server", "page", "req/s", "p50 ms", "p99 ms", "requests", "failed"], rows);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  console.log(
    `RUN benchmark: ${new Date().toISOString()}, Node ${process.version}, ` +
      `${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB`,
  );
  await buildScaling();

  // The site as deployed: the export (for nginx) and the server build (for next start), with
  // canonical addresses on the origin Lighthouse visits.
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const NEXT_PORT = await freePort();
  const NGINX_PORT = await freePort();
  run("npm", ["run", "-s", "export"], { ...env, SITE_URL: `http://127.0.0.1:${NGINX_PORT}` });
  run("npm", ["run", "-s", "build"], { ...env, SITE_URL: `http://127.0.0.1:${NEXT_PORT}` });
  bytesPerPage(path.join(ROOT, "out"));

  let next: LocalServer | undefined;
  let nginx: LocalServer | undefined;
  try {
    next = await startServer("npx", ["next", "start", "-p", "{port}", "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: { ...env, NODE_ENV: "production" },
      port: NEXT_PORT,
    });
    nginx = await startServer("bash", ["scripts/serve-export.sh", "{port}"], {
      cwd: ROOT,
      env,
      port: NGINX_PORT,
    });
    await firstSearchBytes(nginx.origin);
    await lighthouseScores(nginx.origin, "nginx (export)");
    await lighthouseScores(next.origin, "next start");
    await load([
      { name: "next start", origin: next.origin },
      { name: "nginx (export)", origin: nginx.origin },
    ]);
  } finally {
    await next?.stop();
    await nginx?.stop();
  }

  section("Budgets");
  if (budgetMisses.length === 0) {
    console.log(
      `All met: every exported page ≤ ${BUDGET.exportKB} kB gzip with its modules; Lighthouse performance ≥ ${BUDGET.performance}, ` +
        `accessibility, best practices and SEO ${BUDGET.others}, CLS ${BUDGET.cls}; no failed requests under load.`,
    );
  } else {
    for (const miss of budgetMisses) console.log(`MISSED: ${miss}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
