import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./helpers";

const REQUIRED = {
  "content-security-policy":
    /default-src 'self'.*object-src 'none'.*base-uri 'self'.*form-action 'self'.*frame-ancestors 'none'/,
  "strict-transport-security": /max-age=31536000/,
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "permissions-policy": /camera=\(\)/,
  "cross-origin-opener-policy": /^same-origin$/,
  "cross-origin-resource-policy": /^same-origin$/,
};

test("every answer carries the security headers and no X-Powered-By", async ({ request }) => {
  const paths = [
    ...(await sitemapPaths(request)),
    "/moten/kalender.ics",
    "/sitemap.xml",
    "/finns-inte",
  ];
  for (const path of paths) {
    const headers = (await request.get(path)).headers();
    for (const [name, pattern] of Object.entries(REQUIRED))
      expect(headers[name], `${path} ${name}`).toMatch(pattern);
    expect(headers["x-powered-by"], path).toBeUndefined();
    // No origin but our own in the policy.
    expect(headers["content-security-policy"], path).not.toMatch(/https?:|\*/);
  }
});

test("every page works under the policy, with no violations reported", async ({
  page,
  request,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // The meeting clock is the page's one piece of JavaScript: it must have run.
  await page.goto("/moten");
  await expect(page.locator("[data-schedule=grouped]")).toBeVisible();
  expect(violations).toEqual([]);
});
