import { expect, test } from "@playwright/test";
import { checkTitle } from "../../../lib/accessibility-checks";
import { htmlErrors, sitemapPaths } from "../helpers";

// The HTML is the same at every width, so these run once, in the desktop project.
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the HTML does not depend on the window");
});

test(`${checkTitle("html")} (W3C)`, async ({ request }) => {
  test.setTimeout(120_000);
  const paths = [...(await sitemapPaths(request)), "/finns-inte"];
  const documents: Record<string, string> = {};
  for (const page of paths) documents[page] = await (await request.get(page)).text();
  expect(await htmlErrors(documents)).toEqual([]);
  expect(Object.keys(documents)).toHaveLength(paths.length);
});

/** Attribute values in HTML have their entities encoded; these are the ones Next writes. */
const decode = (value: string) =>
  value.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#x27;", "'");

test("every internal link and in-page anchor resolves, crawling from /", async ({
  request,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const pages = new Map<string, string>(); // path → HTML
  const files = new Set<string>(); // non-HTML addresses that answered 200
  const anchors: { from: string; to: string; id: string }[] = [];
  const external = new Set<string>();
  const broken: string[] = [];
  const queue = ["/"];

  while (queue.length > 0) {
    const current = queue.shift()!;
    if (pages.has(current) || files.has(current)) continue;
    const response = await request.get(current, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${current} answers ${response.status()}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").startsWith("text/html")) {
      files.add(current);
      continue;
    }
    const html = await response.text();
    pages.set(current, html);
    const links = [
      ...html.matchAll(/<(?:a|link)\b[^>]*\shref="([^"]*)"|<script\b[^>]*\ssrc="([^"]*)"/g),
    ];
    for (const match of links) {
      const raw = decode(match[1] ?? match[2] ?? "");
      const url = new URL(raw, origin + current);
      if (url.origin !== origin) {
        external.add(url.href);
        continue;
      }
      if (!/^https?:$/.test(url.protocol)) {
        external.add(raw); // mailto:, tel:
        continue;
      }
      if (url.hash)
        anchors.push({
          from: current,
          to: url.pathname,
          id: decodeURIComponent(url.hash.slice(1)),
        });
      if (!pages.has(url.pathname) && !files.has(url.pathname)) queue.push(url.pathname);
    }
  }

  for (const { from, to, id } of anchors) {
    const html = pages.get(to);
    if (!html) continue; // a broken page is already reported
    if (!html.includes(` id="${id}"`))
      broken.push(`${from} links to ${to}#${id}, which has no such id`);
  }

  await testInfo.attach("external links (listed, not fetched)", {
    body: [...external].sort().join("\n"),
    contentType: "text/plain",
  });
  expect(broken).toEqual([]);
  // The crawl reached every page the sitemap lists: none is an orphan.
  for (const page of await sitemapPaths(request)) expect([...pages.keys()], page).toContain(page);
  expect(anchors.length, "in-page anchors were checked").toBeGreaterThan(0);
});
