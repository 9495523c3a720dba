import { lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { fromHtml } from "hast-util-from-html";
import type { Nodes } from "hast";
import { pageAddress } from "../../../scripts/files-under";
import { icsProblems } from "../../helpers/ical";
import { isRemovedPage } from "../../../lib/content/moves";

/**
 * Whatever the content, the export in out/ publishes nothing broken or active: read with an
 * HTML parser (hast) and an iCalendar parser (ical.js), no page or feed holds a control or
 * bidirectional override character, no feed holds a property or event the site did not write,
 * and no file would run in a browser but the site's own pages and modules. Runs once, against
 * the export's files.
 */
test.beforeEach(({}, testInfo) => {
  test.skip(
    process.env.E2E_TARGET !== "export" || testInfo.project.name !== "desktop",
    "checks the export's files once",
  );
});

const OUT = path.resolve("out");

/** Every file in out/, from the folder, with `/` between folders. */
function exported(): string[] {
  return readdirSync(OUT, { recursive: true, encoding: "utf8" })
    .map((name) => name.split(path.sep).join("/"))
    .filter((name) => !lstatSync(path.join(OUT, name)).isDirectory())
    .sort();
}

/** Pages without an address: the 404 page and Next's own. */
const NO_ADDRESS = /^(404|_not-found|_global-error)\.html$/;

const read = (name: string) => readFileSync(path.join(OUT, name), "utf8");

/** C0 controls but tab and line breaks, DEL, C1 controls, and the bidirectional overrides and isolates. */
const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

function unwantedIn(text: string): string | null {
  const found = UNWANTED.exec(text);
  if (!found) return null;
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return `U+${code} near «${text.slice(Math.max(0, found.index - 30), found.index + 10)}»`;
}

/** Every string in a JSON value (JSON-LD), for escapes such as \u0000 that the raw text hides. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** Text, comments and attribute values of a parsed document, as the browser would have them. */
function strings(node: Nodes): string[] {
  if (node.type === "text" || node.type === "comment") return [node.value];
  if (node.type !== "root" && node.type !== "element") return [];
  const own =
    node.type === "element"
      ? Object.values(node.properties).flatMap((value) =>
          Array.isArray(value) ? value.map(String) : [String(value)],
        )
      : [];
  if (
    node.type === "element" &&
    node.tagName === "script" &&
    node.properties.type === "application/ld+json"
  ) {
    const text = node.children.map((child) => (child.type === "text" ? child.value : "")).join("");
    own.push(...jsonStrings(JSON.parse(text)));
  }
  return [...own, ...node.children.flatMap(strings)];
}

/** What in an SVG or XML file would run when it is opened: found by an HTML parser. */
function activeMarkup(node: Nodes): string[] {
  if (node.type !== "root" && node.type !== "element") return [];
  const found: string[] = [];
  if (node.type === "element") {
    if (["script", "foreignObject", "iframe", "embed", "object"].includes(node.tagName))
      found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${name}=`);
      if (/^\s*(java|vb)script:/i.test(String(value).replace(/[\u0000-\u0020]/g, "")))
        found.push(`${name}="${String(value)}"`);
    }
  }
  return [...found, ...node.children.flatMap(activeMarkup)];
}

test("no page or feed holds a control or bidirectional override character", () => {
  const problems: string[] = [];
  const texts = exported().filter((name) => /\.(html|ics|xml|txt)$/.test(name));
  expect(texts.length).toBeGreaterThan(5);
  for (const name of texts) {
    const raw = read(name);
    // Line ends are CR LF in a feed, LF elsewhere; the parser reads every other character.
    const rawProblem = unwantedIn(raw);
    if (rawProblem) problems.push(`${name}: ${rawProblem}`);
    if (!name.endsWith(".html")) continue;
    for (const value of strings(fromHtml(raw))) {
      const problem = unwantedIn(value);
      if (problem) problems.push(`${name}: ${problem}`);
    }
  }
  expect(problems).toEqual([]);
});

test("every feed holds the site's own properties and events only, each line folded", () => {
  const feeds = exported().filter((name) => name.endsWith(".ics"));
  expect(feeds).toContain("moten/kalender.ics");
  expect(feeds.some((name) => name.startsWith("kalender/"))).toBe(true);
  expect(feeds.flatMap((name) => icsProblems(read(name), name))).toEqual([]);
});

test("no file would run in a browser but the site's own pages and modules", () => {
  const files = exported();
  const sitemap = new Set(
    [...read("sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1]!).pathname,
    ),
  );
  expect(sitemap.size).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const name of files) {
    const full = path.join(OUT, name);
    if (lstatSync(full).isSymbolicLink()) problems.push(`${name}: a link`);
    if (/\.(html?|xhtml|xht|shtml)$/i.test(name)) {
      // A page of the site has an address in the sitemap; the 404 page and Next's own have none.
      const address = pageAddress(OUT, full);
      // The editing interface's page (/admin) is the project's own, apart from the site, with
      // its own policy (tests/e2e/site/admin.spec.ts).
      const own =
        name === "admin/index.html" ||
        (address === null ? NO_ADDRESS.test(name) : sitemap.has(address) || isRemovedPage(address));
      if (!/\.html$/.test(name) || !own)
        problems.push(`${name}: an HTML file that is no page of the site`);
    }
    // The site's modules, the search's, and the editing interface's bundle (admin/cms/).
    if (
      /\.(m?js|cjs|jsx|wasm|swf|xslt?)$/i.test(name) &&
      !/^(_assets|pagefind|admin\/cms)\//.test(name)
    )
      problems.push(`${name}: a script that is not the site's own`);
    if (/\.(svg|xml|rss|atom)$/i.test(name)) {
      const text = read(name);
      const found = activeMarkup(fromHtml(text, { fragment: true }));
      if (/<\?\s*xml-stylesheet|<!ENTITY/i.test(text)) found.push("a stylesheet or entities");
      if (found.length > 0) problems.push(`${name}: ${found.join(", ")}`);
    }
    if (/\.svgz$/i.test(name)) problems.push(`${name}: a compressed SVG`);
    if (/\.(gz|br)$/i.test(name)) {
      // nginx sends file.gz for file: it must be the export's own copy of it.
      const original = name.replace(/\.(gz|br)$/i, "");
      const same =
        name.endsWith(".gz") &&
        files.includes(original) &&
        gunzipSync(readFileSync(full)).equals(readFileSync(path.join(OUT, original)));
      if (!same) problems.push(`${name}: not the export's compressed copy of ${original}`);
    }
    // The site's own redirects (scripts/redirects.ts): each from an address that is no page
    // any more to one that is, and nothing else (an editor's public/_redirects is refused by
    // the check).
    if (name === "_redirects")
      for (const line of read(name).split("\n").filter(Boolean)) {
        const [from, to, status, ...rest] = line.split(" ");
        if (status !== "301" || rest.length > 0 || sitemap.has(from!) || !sitemap.has(to!))
          problems.push(`${name}: "${line}" is not a redirect of a moved page`);
      }
  }
  expect(problems).toEqual([]);
});
