import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/local-browser";

/**
 * Browser tests in Debian's Chromium (test tools cannot download browsers here), against either
 * the production build under `next start` (default) or the static export served by nginx with
 * deploy/nginx.conf (`E2E_TARGET=export`). The same tests run against both. The flags keep
 * Chromium from reaching for the network, which this machine does not have.
 *
 * `E2E_CONTENT` says what the build was made from. `tests/e2e/site/` holds what must be true
 * for any valid content and always runs; `tests/e2e/fixture/` names, counts and dates the
 * fixture site's content (tests/fixtures/site) and runs only on a build of it
 * (`E2E_CONTENT=fixture`), never on the editors' real content.
 */
const target = process.env.E2E_TARGET === "export" ? "export" : "next";
const content = process.env.E2E_CONTENT ?? "real";
// A free port from the operating system, chosen once by the runner and handed to its workers
// (which read this file again) through the environment, so two runs never share a server.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  "-e",
  'const s = require("net").createServer().listen(0, "127.0.0.1", () => { process.stdout.write(String(s.address().port)); s.close(); });',
]).toString();
const PORT = Number(process.env.E2E_PORT);

/**
 * What runs where. The whole suite runs at desktop width against the export, which is what is
 * deployed. At phone width only what a narrow window changes (tagged `@phone`: layout, focus,
 * touch targets, the phone's own controls). Under `next start`, which stays supported but is not
 * deployed, only what that server does differently: its headers and inline-script policy, odd
 * requests, the development preview, the planted-content builds, the HTML with React's scripts,
 * and each page script working beside React (tagged `@next`). Each page's HTML is the same on
 * both servers, so axe and the WCAG crawls would find the same things twice.
 */
const UNDER_NEXT = String.raw`@next|[\/](security|odd-requests|dev-preview|planted-hostile|html-and-links)\.spec\.ts`;
const both = (first: string, second?: string) =>
  new RegExp(second ? `^(?=.*(?:${first}))(?=.*(?:${second}))` : first);
const desktopGrep = target === "next" ? both(UNDER_NEXT) : undefined;
const phoneGrep = target === "next" ? both("@phone", UNDER_NEXT) : both("@phone");

export default defineConfig({
  testDir: "tests/e2e",
  testIgnore: content === "fixture" ? [] : ["fixture/**"],
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"], ["json", { outputFile: `.test-output/e2e-${content}-${target}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: "phone",
      grep: phoneGrep,
      use: { ...devices["Pixel 5"], viewport: { width: 375, height: 740 } },
    },
    {
      name: "desktop",
      ...(desktopGrep ? { grep: desktopGrep } : {}),
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: {
    command:
      target === "export"
        ? `bash scripts/serve-export.sh ${PORT}`
        : `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never a server some other run left on the port: always this build's own.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
