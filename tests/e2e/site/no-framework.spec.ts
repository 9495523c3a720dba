import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { fromHtml } from "hast-util-from-html";
import type { Element, Root } from "hast";
import { headersFile } from "../../../lib/security";

/**
 * The static export ships no framework JavaScript (scripts/strip-framework.ts): every HTML file
 * in out/ is read with an HTML parser and may hold no inline script but JSON-LD, load or
 * preload nothing from /_next/static/**.js, and load the meeting clock only where meetings are
 * shown. Runs once, against the export's files.
 */
test.beforeEach(({}, testInfo) => {
  test.skip(
    process.env.E2E_TARGET !== "export" || testInfo.project.name !== "desktop",
    "checks the export's files once",
  );
});

const OUT = path.resolve("out");

function elements(node: Root | Element, found: Element[] = []): Element[] {
  for (const child of node.children)
    if (child.type === "element") {
      found.push(child);
      elements(child, found);
    }
  return found;
}

test("no page carries framework scripts; only pages with meetings load the clock", () => {
  const pages = readdirSync(OUT, { recursive: true, encoding: "utf8" }).filter(
    (name) => name.endsWith(".html") && statSync(path.join(OUT, name)).isFile(),
  );
  expect(pages.length).toBeGreaterThan(5);
  const problems: string[] = [];
  let clocks = 0;
  for (const name of pages) {
    const all = elements(fromHtml(readFileSync(path.join(OUT, name), "utf8")));
    const meetings = all.some(
      (element) => "dataSchedule" in element.properties || "dataNextMeeting" in element.properties,
    );
    for (const element of all) {
      const src = String(element.properties.src ?? "");
      const href = String(element.properties.href ?? "");
      if (element.tagName === "script") {
        const type = String(element.properties.type ?? "");
        if (!src && type !== "application/ld+json") problems.push(`${name}: inline script`);
        if (src.startsWith("/_next/")) problems.push(`${name}: loads ${src}`);
        if (src && !/^\/_assets\/clock-[0-9a-f]+\.js$/.test(src))
          problems.push(`${name}: loads ${src}`);
        if (src && type !== "module") problems.push(`${name}: ${src} is not a module`);
        if (src && !meetings) problems.push(`${name}: the clock without meetings`);
        if (src) clocks += 1;
      }
      if (element.tagName === "link" && /\.js$/.test(href))
        problems.push(`${name}: preloads ${href}`);
      if (element.tagName === "meta" && element.properties.httpEquiv)
        problems.push(`${name}: a meta policy`);
    }
    if (meetings && !all.some((element) => element.tagName === "script" && element.properties.src))
      problems.push(`${name}: meetings without the clock`);
  }
  expect(problems).toEqual([]);
  expect(clocks, "pages with meetings load the clock").toBeGreaterThan(0);
  const leftover = readdirSync(path.join(OUT, "_next"), { recursive: true, encoding: "utf8" });
  expect(leftover.filter((name) => /\.js$/.test(name))).toEqual([]);
});

test("the _headers file for other static hosts is the one lib/security.ts makes", () => {
  expect(readFileSync(path.join(OUT, "_headers"), "utf8")).toBe(headersFile());
  expect(headersFile()).toContain("script-src 'self';");
});
