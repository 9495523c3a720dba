import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { fromHtml } from "hast-util-from-html";
import type { Element, Root } from "hast";
import { headersFile } from "../../../lib/security";
import { pageAddress } from "../../../scripts/files-under";

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

/** Each module of the export, and the markup that asks for it (scripts/strip-framework.ts). */
const MODULES = [
  {
    name: "clock",
    wanted: (element: Element) =>
      "dataSchedule" in element.properties || "dataNextMeeting" in element.properties,
  },
  { name: "search", wanted: (element: Element) => "dataSearch" in element.properties },
  { name: "listen", wanted: (element: Element) => "dataListen" in element.properties },
];

test("no page carries framework scripts; each module loads only where its markup asks for it", () => {
  // The editing interface (admin/index.html, from public/admin/) is not a page of the site:
  // the framework stripping leaves it alone, and admin.spec.ts checks what it loads.
  const pages = readdirSync(OUT, { recursive: true, encoding: "utf8" }).filter(
    (name) =>
      name.endsWith(".html") &&
      !name.startsWith("admin/") &&
      statSync(path.join(OUT, name)).isFile(),
  );
  expect(pages.length).toBeGreaterThan(5);
  const problems: string[] = [];
  const loads = new Map<string, number>();
  for (const name of pages) {
    const all = elements(fromHtml(readFileSync(path.join(OUT, name), "utf8")));
    const wanted = new Set(
      MODULES.filter((entry) => all.some(entry.wanted)).map((entry) => entry.name),
    );
    const loaded = new Set<string>();
    for (const element of all) {
      const src = String(element.properties.src ?? "");
      const href = String(element.properties.href ?? "");
      if (element.tagName === "script") {
        const type = String(element.properties.type ?? "");
        if (!src && type !== "application/ld+json") problems.push(`${name}: inline script`);
        if (src.startsWith("/_next/")) problems.push(`${name}: loads ${src}`);
        const asset = /^\/_assets\/([a-z]+)-[0-9a-f]+\.js$/.exec(src)?.[1];
        if (src && !asset) problems.push(`${name}: loads ${src}`);
        if (src && type !== "module") problems.push(`${name}: ${src} is not a module`);
        if (asset) {
          loaded.add(asset);
          loads.set(asset, (loads.get(asset) ?? 0) + 1);
          if (!wanted.has(asset)) problems.push(`${name}: ${asset} where nothing asks for it`);
        }
      }
      if (element.tagName === "link" && /\.js$/.test(href))
        problems.push(`${name}: preloads ${href}`);
      if (element.tagName === "meta" && element.properties.httpEquiv)
        problems.push(`${name}: a meta policy`);
    }
    for (const asset of wanted)
      if (!loaded.has(asset)) problems.push(`${name}: asks for ${asset} without loading it`);
  }
  expect(problems).toEqual([]);
  expect(loads.get("clock"), "pages with meetings load the clock").toBeGreaterThan(0);
  expect(loads.get("search"), "the search page loads search, and no other page").toBe(1);
  const leftover = readdirSync(path.join(OUT, "_next"), { recursive: true, encoding: "utf8" });
  expect(leftover.filter((name) => /\.js$/.test(name))).toEqual([]);
});

test("the _headers file for other static hosts is the one lib/security.ts makes", () => {
  const pages = readdirSync(OUT, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".html"))
    .flatMap((name) => pageAddress(OUT, path.join(OUT, name)) ?? []);
  expect(pages).toContain("/sok");
  const file = readFileSync(path.join(OUT, "_headers"), "utf8");
  expect(file).toBe(headersFile(pages));
  // Each page's policy once, WebAssembly only for search.
  expect(file).toContain(
    "/moten\n  Content-Security-Policy: default-src 'self'; script-src 'self';",
  );
  expect(file).toContain(
    "/sok\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';",
  );
  expect(file.match(/wasm-unsafe-eval/g)).toHaveLength(2);
});
