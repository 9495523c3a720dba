import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixtures";
import { freePort, shippedConf, startNginx, type RunningNginx } from "../helpers/nginx";

/**
 * scripts/deploy.sh to a folder on this machine, served by nginx with deploy/nginx.conf and its
 * root at <target>/current, while a loop reads every page and everything each page refers to.
 * The releases are small folders shaped like the export, each with its own hashed stylesheet
 * and script, so a page from one release with the files of another shows at once.
 */
let dir: string;
let target: string;
let nginx: RunningNginx | undefined;
let base: string;

/** A release: pages that refer to this version's hashed files, and those files. */
function release(version: string, extra: Record<string, string> = {}): string {
  const folder = path.join(dir, `export-${version}`);
  const files: Record<string, string> = {
    "index.html": page(version, "Start"),
    "om.html": page(version, "Om RUN"),
    "404.html": page(version, "Sidan finns inte"),
    [`_next/static/${version}.css`]: `body{--version:"${version}"}`,
    [`_assets/clock-${version}.js`]: `self.version=${JSON.stringify(version)}`,
    ...extra,
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  }
  return folder;
}

function page(version: string, title: string): string {
  return `<!doctype html><html lang="sv"><head><title>${title}</title><link rel="stylesheet" href="/_next/static/${version}.css"><script src="/_assets/clock-${version}.js" defer></script></head><body><a href="/">Start</a> <a href="/om">Om</a></body></html>`;
}

function deploy(...args: string[]): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn("bash", [path.join(PROJECT_ROOT, "scripts/deploy.sh"), ...args], {
      env: {
        ...process.env,
        DEPLOY_TARGET: target,
        DEPLOY_SSH_KEY: "",
        DEPLOY_KNOWN_HOSTS: "",
        KEEP_RELEASES: "3",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.once("exit", (status) => resolve({ status, stdout }));
  });
}

async function get(address: string): Promise<{ status: number; body: Buffer }> {
  const response = await fetch(`${base}${address}`);
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

/** The site addresses a page refers to (stylesheets, scripts, links). */
function references(html: string): string[] {
  return [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1]!);
}

/** Every file of an export folder and the address nginx serves it at. */
function addresses(folder: string): [address: string, file: string][] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => fs.statSync(path.join(folder, file)).isFile())
    .map((file) => {
      const address =
        file === "index.html"
          ? "/"
          : file === "404.html"
            ? "/finns-inte"
            : `/${file.replace(/\.html$/, "")}`;
      return [address, file];
    });
}

/** Everything in `folder` is served as it is, byte for byte. */
async function expectServed(folder: string) {
  for (const [address, file] of addresses(folder)) {
    const { status, body } = await get(address);
    expect(status, address).toBe(file === "404.html" ? 404 : 200);
    expect(body.equals(fs.readFileSync(path.join(folder, file))), address).toBe(true);
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "run-deploy-"));
  // nginx's workers run as another user when the tests run as root: they must read the site.
  fs.chmodSync(dir, 0o755);
  target = path.join(dir, "www");
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  expect((await deploy(release("a1"))).status).toBe(0);
  nginx = await startNginx(
    dir,
    shippedConf("nginx.conf", {
      "    listen 8080;": `    listen 127.0.0.1:${port};`,
      "    root /var/www/run/current;": `    root ${target}/current;`,
    }),
    [port],
  );
});

afterAll(async () => {
  await nginx?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("scripts/deploy.sh with releases", () => {
  it("switches at once: no request fails and no page misses a file it refers to", async () => {
    await expectServed(path.join(dir, "export-a1"));
    const problems: string[] = [];
    let rounds = 0;
    let deploying = true;
    const reader = (async () => {
      // Reads until both deploys are done and then a few rounds more; bounded either way.
      for (let after = 0; after < 3 && rounds < 20_000; rounds++) {
        if (!deploying) after++;
        for (const address of ["/", "/om"]) {
          const { status, body } = await get(address);
          if (status !== 200) problems.push(`${address}: ${status}`);
          for (const reference of references(body.toString())) {
            const file = await get(reference);
            if (file.status !== 200) problems.push(`${address} → ${reference}: ${file.status}`);
          }
        }
      }
    })();
    // A visitor's page from the live release, whose files are asked for after each switch.
    const versions = [release("b2", { "gammal.html": page("b2", "Gammal sida") }), release("c3")];
    const results = [];
    for (const folder of versions) {
      const before = (await get("/")).body.toString();
      results.push(await deploy(folder));
      for (const reference of references(before))
        expect((await get(reference)).status, reference).toBe(200);
    }
    deploying = false;
    await reader;

    expect(results.map(({ status }) => status)).toEqual([0, 0]);
    expect(results[1]?.stdout).toMatch(/Version \S+ är publicerad\./);
    expect(problems).toEqual([]);
    expect(rounds).toBeGreaterThan(3);
    await expectServed(path.join(dir, "export-c3"));
    // A page that is not in the live release is gone (only hashed files are carried over).
    expect((await get("/gammal")).status).toBe(404);
  });

  it("--rollback serves the release before, byte for byte, and again the one before that", async () => {
    let result = await deploy("--rollback");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Tillbaka till version \S+-?/m);
    await expectServed(path.join(dir, "export-b2"));
    result = await deploy("--rollback");
    expect(result.status).toBe(0);
    await expectServed(path.join(dir, "export-a1"));
    // Pages of the release that was live until now still find their files.
    expect((await get("/_next/static/b2.css")).status).toBe(200);
  });

  it("keeps the newest releases (KEEP_RELEASES) and refuses to roll back past them", async () => {
    for (const version of ["d4", "e5", "f6"]) {
      expect((await deploy(release(version))).status, version).toBe(0);
    }
    const releases = fs.readdirSync(path.join(target, "releases"));
    expect(releases.filter((name) => !name.endsWith(".files"))).toHaveLength(3);
    expect(fs.readlinkSync(path.join(target, "current"))).toMatch(/^releases\/\S+$/);
    await expectServed(path.join(dir, "export-f6"));
    for (let back = 0; back < 2; back++) expect((await deploy("--rollback")).status).toBe(0);
    await expectServed(path.join(dir, "export-d4"));
    const refused = await deploy("--rollback");
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain("det finns ingen version före");
    await expectServed(path.join(dir, "export-d4"));
  });

  it("refuses a folder that is not a whole export, and leaves the site as it was", async () => {
    const half = path.join(dir, "half");
    fs.mkdirSync(half);
    fs.writeFileSync(path.join(half, "index.html"), "<!doctype html>");
    const result = await deploy(half);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Ingen hel webbplats");
    await expectServed(path.join(dir, "export-d4"));
  });

  it("has nginx read the live release's redirects after each switch, where the server says how", async () => {
    // The server's own reload-nginx (README, Moved and removed pages); here it notes each call
    // with the release that is live then.
    const calls = path.join(dir, "reloads.txt");
    const reload = path.join(target, "reload-nginx");
    fs.writeFileSync(reload, `#!/bin/sh\nreadlink current >> ${JSON.stringify(calls)}\n`);
    fs.chmodSync(reload, 0o755);
    try {
      const current = () => fs.readlinkSync(path.join(target, "current"));
      expect((await deploy(release("g7"))).status).toBe(0);
      const deployed = current();
      expect((await deploy("--rollback")).status).toBe(0);
      const rolledBack = current();
      expect(rolledBack).not.toBe(deployed);
      // Each reload ran once the switch was made, with the release that had just gone live.
      expect(fs.readFileSync(calls, "utf8").trim().split("\n")).toEqual([deployed, rolledBack]);
      // A reload that fails says so, in Swedish, and fails the deploy.
      fs.writeFileSync(reload, "#!/bin/sh\nexit 1\n");
      const failed = await deploy(release("h8"));
      expect(failed.status).toBe(1);
      expect(failed.stdout).toContain("reload-nginx misslyckades");
    } finally {
      fs.rmSync(reload, { force: true });
    }
  });
});
