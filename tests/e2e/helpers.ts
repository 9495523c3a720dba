import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** Every page address the site has, read from its sitemap rather than a hand-kept list. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/**
 * After `page.goto` (which waits for the load event): the page's one piece of work after load,
 * the meeting clock regrouping the meetings, is done. Waits for that marker instead of for the
 * network to be idle, which always costs half a second more per page.
 */
export async function clockSettled(page: Page): Promise<void> {
  if (await page.locator("[data-next-meeting], [data-schedule]").count())
    await expect(
      page.locator("[data-next-meeting=ready], [data-schedule=grouped]").first(),
    ).toBeVisible();
}

/** The WCAG 2.0, 2.1 and 2.2 A and AA rule sets of axe. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * axe's WCAG A and AA violations on the page as it is now, as "rule: element, element". Run in
 * the page itself (legacy mode): the site has no frames, and the frame-aware mode opens a second
 * page for every check, which doubled the time of the crawl.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

const VNU_JAR = path.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

type VnuMessage = { type: string; url: string; lastLine?: number; message: string };

/**
 * The W3C Nu HTML Checker's errors for each document (name → HTML), as "name:line: message".
 * One Java process for all of them.
 */
export async function htmlErrors(documents: Record<string, string>): Promise<string[]> {
  const folder = mkdtempSync(path.join(tmpdir(), "run-vnu-"));
  try {
    const files = Object.entries(documents).map(([name, html], index) => {
      const file = path.join(
        folder,
        `${index}${name.replaceAll("/", "_").replace(/[?&=%]/g, "-")}.html`,
      );
      writeFileSync(file, html);
      return file;
    });
    // vnu exits 1 when it finds errors and writes its report to stderr either way.
    const { stderr } = await promisify(execFile)(
      "java",
      ["-jar", VNU_JAR, "--format", "json", "--errors-only", ...files],
      { maxBuffer: 32 * 1024 * 1024 },
    ).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? String(error) }));
    const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
    return messages
      .filter(({ type }) => type === "error" || type === "non-document-error")
      .map(({ url, lastLine, message }) => `${path.basename(url)}:${lastLine}: ${message}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
