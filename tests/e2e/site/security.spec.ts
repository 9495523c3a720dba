import { expect, test } from "@playwright/test";
import {
  allowsWasm,
  inlineScriptHashes,
  policyFor,
  securityHeaders,
  SVG_POLICY,
} from "../../../lib/security";
import { clockSettled, sitemapPaths } from "../helpers";

/**
 * The answers to check: every page, the feeds (one meeting's file, whichever the content has
 * first), a static file and the 404 page.
 */
async function answers(request: Parameters<typeof sitemapPaths>[0]): Promise<string[]> {
  const home = await (await request.get("/")).text();
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(home)?.[1];
  expect(stylesheet, "the start page links its stylesheet").toBeTruthy();
  const meetings = await (await request.get("/moten")).text();
  const meetingFile = /href="(\/moten\/(?!kalender\.ics)[^"]+\.ics)"/.exec(meetings)?.[1];
  return [
    ...(await sitemapPaths(request)),
    "/moten/kalender.ics",
    ...(meetingFile ? [meetingFile] : []),
    "/sitemap.xml",
    "/robots.txt",
    stylesheet!,
    "/finns-inte",
    "/sok?q=m%C3%B6te",
    "/pagefind/pagefind.js",
    "/admin",
    "/admin/config.yml",
  ];
}

/** The static export carries no inline script, and its policy says so (lib/security.ts). */
const staticExport = process.env.E2E_TARGET === "export";

test("every answer carries exactly the site's security headers and no X-Powered-By", async ({
  request,
}) => {
  const expected = securityHeaders({ staticExport });
  for (const path of await answers(request)) {
    const headers = (await request.get(path)).headers();
    // Search and the editing interface have their own policies; every other address the strict one.
    for (const { key, value } of securityHeaders({ staticExport, ...policyFor(path) }))
      expect(headers[key.toLowerCase()], `${path} ${key}`).toBe(value);
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
  // What the policy must say, whatever else changes in lib/security.ts.
  const policy = expected.find(({ key }) => key === "Content-Security-Policy")!.value;
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ])
    expect(policy).toContain(directive);
  expect(policy, "no origin but our own").not.toMatch(/https?:|\*/);
});

test("an SVG file is served with a policy that runs nothing, and the other headers", async ({
  request,
}) => {
  // The site's icon is an SVG file on both servers, as an editor's image in public/ would be.
  const home = await (await request.get("/")).text();
  const icon = /<link rel="icon" href="([^"]+\.svg[^"]*)"/.exec(home)?.[1];
  expect(icon, "the start page links its SVG icon").toBeTruthy();
  const response = await request.get(icon!.replaceAll("&amp;", "&"));
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toMatch(/^image\/svg\+xml/);
  for (const { key, value } of securityHeaders({ staticExport, svg: true }))
    expect(headers[key.toLowerCase()], key).toBe(value);
  expect(headers["content-security-policy"]).toBe(SVG_POLICY);
});

test("the export's header policy allows no inline script at all", () => {
  test.skip(!staticExport, "next start keeps React's inline scripts, allowed by hash");
  const policy = securityHeaders({ staticExport: true }).find(
    ({ key }) => key === "Content-Security-Policy",
  )!.value;
  expect(policy).toContain("script-src 'self';");
  expect(policy).not.toMatch(/unsafe-inline|sha256-|unsafe-eval/);
});

test("every page allows exactly its own inline scripts, by hash", async ({ request }) => {
  test.skip(staticExport, "the export has no inline scripts and no meta policy");
  for (const path of [...(await sitemapPaths(request)), "/finns-inte"]) {
    const html = await (await request.get(path)).text();
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/g);
    expect(meta, `${path}: one meta policy`).toHaveLength(1);
    const policy = /content="([^"]+)"/.exec(meta![0])![1]!;
    const hashes = inlineScriptHashes(html);
    expect(hashes.length, `${path} has inline scripts to hash`).toBeGreaterThan(0);
    const wasm = allowsWasm(path) ? ["'wasm-unsafe-eval'"] : [];
    expect(policy).toBe(["script-src 'self'", ...wasm, ...hashes].join(" "));
    // The meta policy comes before any script, or it would not cover them.
    expect(html.indexOf(meta![0]), path).toBeLessThan(html.indexOf("<script"));
  }
});

test("an inline script that was not in the page at build time does not run", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.route("**/om-run", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "</body>",
      `<script>document.documentElement.dataset.injected = "yes"</script></body>`,
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto("/om-run");
  await expect(page.locator("h1")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.injected)).toBeUndefined();
  expect(violations.join("\n")).toMatch(/Content.Security.Policy/);
});

test("every page works under the policy, with no violations reported", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    await clockSettled(page);
  }
  // The meeting clock is the page's one piece of JavaScript: it must have run.
  await page.goto("/moten");
  await expect(page.locator("[data-schedule=grouped]")).toBeVisible();
  expect(violations).toEqual([]);
});
