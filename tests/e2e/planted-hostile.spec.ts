import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { copyRoot, PROJECT_ROOT } from "../helpers/fixtures";
import { HOSTILE_FRAGMENTS } from "../helpers/hostile-markdown";
import { waitForServer } from "../../scripts/local-browser";

/**
 * A content file full of hostile Markdown is planted in a copy of the real content, the site is
 * built from it the way `npm run build` does, and a browser opens the page: nothing runs, and no
 * live markup is left. It needs its own build, so it runs once (next start, desktop).
 */
test.describe.configure({ mode: "serial" });

const PORT = 3300;
const DIST = ".next-hostile-test";
const ORIGIN = `http://127.0.0.1:${PORT}`;
let root = "";
let server: ChildProcess | undefined;

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== "desktop" || process.env.E2E_TARGET === "export") return;
  test.setTimeout(300_000);
  root = copyRoot(PROJECT_ROOT);
  fs.writeFileSync(
    path.join(root, "content/natverk/planterat.md"),
    [
      "---",
      'title: "Planterat <script>alert(1)</script> nätverk"',
      'summary: "<img src=x onerror=alert(1)> [klick](javascript:alert(1))"',
      "purposes:",
      '  - "att <iframe src=https://evil.example></iframe> köra [kod](javascript:alert(1))"',
      'participants: "<svg onload=alert(1)>"',
      "contact: joanna-scheele",
      "updated: 2026-11-24",
      "---",
      ...HOSTILE_FRAGMENTS.flatMap((fragment) => [fragment, ""]),
    ].join("\n"),
  );
  const env = {
    ...process.env,
    NODE_ENV: "production",
    CONTENT_ROOT: root,
    NEXT_DIST_DIR: DIST,
  } as NodeJS.ProcessEnv;
  const options = { cwd: PROJECT_ROOT, env, encoding: "utf8" as const, timeout: 240_000 };
  // The content check accepts the file: hostile Markdown is rendered inert, not refused.
  const check = spawnSync("npx", ["tsx", "scripts/check-content.ts", root], options);
  expect(check.status, check.stderr).toBe(0);
  const build = spawnSync("npx", ["next", "build"], options);
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const hash = spawnSync(
    "npx",
    ["tsx", "scripts/hash-inline-scripts.ts", `${DIST}/server`],
    options,
  );
  expect(hash.status, hash.stderr).toBe(0);
  server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: PROJECT_ROOT,
    env,
    stdio: "ignore",
    detached: true,
  });
  await waitForServer(ORIGIN);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  if (root) fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(path.join(PROJECT_ROOT, DIST), { recursive: true, force: true });
});

test("a planted hostile content file neither runs nor leaves live markup", async ({
  page,
}, testInfo) => {
  test.skip(
    testInfo.project.name !== "desktop" || process.env.E2E_TARGET === "export",
    "one build, checked once",
  );
  const dialogs: string[] = [];
  const violations: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));

  for (const address of ["/natverk/planterat", "/natverk"]) {
    const response = await page.goto(ORIGIN + address);
    expect(response?.status(), address).toBe(200);
    await page.waitForLoadState("networkidle");
  }
  await page.goto(ORIGIN + "/natverk/planterat");
  // The title is shown as the text it is.
  await expect(page.locator("h1")).toHaveText("Planterat <script>alert(1)</script> nätverk");

  const live = await page.evaluate(() => {
    const main = document.querySelector("main")!;
    const found: string[] = [];
    const forbidden =
      "script, style, iframe, frame, object, embed, form, button, textarea, select, svg, math, base, meta, link, template";
    for (const element of main.querySelectorAll(forbidden)) found.push(element.tagName);
    for (const input of main.querySelectorAll("input"))
      if (input.type !== "checkbox" || !input.disabled) found.push("live input");
    for (const element of main.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        if (
          /^on/i.test(attribute.name) ||
          attribute.name === "style" ||
          attribute.name === "srcdoc"
        )
          found.push(`${element.tagName} ${attribute.name}`);
      }
    }
    for (const link of main.querySelectorAll<HTMLAnchorElement>("a[href]"))
      if (!["http:", "https:", "mailto:", "tel:"].includes(new URL(link.href).protocol))
        found.push(`a ${link.getAttribute("href")}`);
    for (const image of main.querySelectorAll<HTMLImageElement>("img[src]"))
      if (!["http:", "https:"].includes(new URL(image.src).protocol))
        found.push(`img ${image.getAttribute("src")}`);
    // Scripts anywhere in the page: only Next's own files and the inline scripts it built.
    const scripts = [...document.scripts].filter(
      (script) => !script.src && script.type !== "application/ld+json",
    );
    const inlineScriptsWithMarkup = scripts.filter(
      (script) => /alert\(1\)/.test(script.text) && !/self\.__next_f/.test(script.text),
    );
    for (const script of inlineScriptsWithMarkup)
      found.push(`inline script ${script.text.slice(0, 40)}`);
    return found;
  });
  expect(live).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
  expect(requests.filter((url) => !url.startsWith(ORIGIN))).toEqual([]);
});
