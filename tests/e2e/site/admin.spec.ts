import { expect, test, type Page } from "@playwright/test";
import { contentSecurityPolicy, securityHeaders } from "../../../lib/security";
import { sitemapPaths } from "../helpers";

/**
 * The editing interface at /admin (Sveltia CMS, public/admin/): it loads in Swedish with no
 * error and no policy violation, everything it loads comes from this site, its policy is its own
 * and no public page loads any of it.
 */

const staticExport = process.env.E2E_TARGET === "export";

/** Opens /admin, recording problems and every request to another origin. */
async function openAdmin(page: Page, baseURL: string | undefined) {
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || /Content.Security.Policy|Refused to/i.test(message.text()))
      problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  const origin = new URL(baseURL!).origin;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  await page.goto("/admin");
  return { problems, foreign };
}

test(
  "/admin loads in Swedish, from this site only, with no error or policy violation",
  { tag: "@next" },
  async ({ page, baseURL }) => {
    const { problems, foreign } = await openAdmin(page, baseURL);
    await expect(page.getByRole("button", { name: "Arbeta med lokalt repository" })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole("button", { name: /Logga in/ }).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  },
);

test(
  "/admin has its own policy, and is kept out of search engines",
  { tag: "@next" },
  async ({ request }) => {
    for (const path of ["/admin", "/admin/config.yml", "/admin/cms/cms.js"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      for (const { key, value } of securityHeaders({ staticExport, admin: true }))
        expect(headers[key.toLowerCase()], `${path} ${key}`).toBe(value);
    }
    const html = await (await request.get("/admin")).text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"');
    expect((await request.get("/admin/")).url()).toMatch(/\/admin$/);
    // The policy lets it reach GitHub's API, and nothing else outside this site.
    const policy = contentSecurityPolicy({ admin: true });
    expect(policy.match(/https:\/\/[^\s;]+/g)).toEqual([
      "https://avatars.githubusercontent.com",
      "https://api.github.com",
    ]);
    expect(policy).not.toMatch(/unsafe-eval|\*/);
  },
);

test("no public page links to /admin or loads its files, and the sitemap leaves it out", async ({
  request,
}) => {
  const paths = await sitemapPaths(request);
  expect(paths.filter((path) => path.startsWith("/admin"))).toEqual([]);
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain("/admin");
  }
});
