import type { APIRequestContext } from "@playwright/test";

/** Every page address the site has, read from its sitemap rather than a hand-kept list. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/** The WCAG 2.0, 2.1 and 2.2 A and AA rule sets of axe. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
