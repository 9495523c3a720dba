/**
 * After `next build` with `output: 'export'`: takes the framework out of the static site. Every
 * page works without JavaScript (the browser tests say so), so React and the Next.js runtime
 * are weight without use there. With a real HTML parser (hast), each page loses Next's
 * `<script>` elements (runtime files and inline flight data) and their preload links, and keeps
 * its stylesheets, metadata and structured data (`application/ld+json`) as they are. Pages that
 * show meetings get the meeting clock instead: one small module (lib/clock/browser.ts), built
 * here with esbuild under a content-hashed name in `_assets/`. The framework's script files
 * and flight-data files are deleted, and a `_headers` file for Netlify and Cloudflare Pages is
 * written from lib/security.ts.
 *
 * Usage: tsx scripts/strip-framework.ts out
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { headersFile } from "../lib/security";
import { filesUnder } from "./files-under";

const folder = process.argv[2];
if (!folder) {
  console.error("Ange mappen med exporten, t.ex. out.");
  process.exit(2);
}

/** The clock module, bundled and minified, under a name that changes when its content does. */
function buildClock(): string {
  const result = buildSync({
    entryPoints: [path.resolve(__dirname, "../lib/clock/browser.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    write: false,
    legalComments: "none",
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 12);
  const href = `/_assets/clock-${hash}.js`;
  mkdirSync(path.join(folder!, "_assets"), { recursive: true });
  writeFileSync(path.join(folder!, href), code);
  return href;
}

const attribute = (element: Element, name: string): string =>
  String(element.properties[name] ?? "").toLowerCase();

/** What goes: Next's scripts and the links that preload them, and the per-page meta policy. */
function isFramework(node: RootContent | ElementContent): boolean {
  if (node.type !== "element") return false;
  if (node.tagName === "script") return attribute(node, "type") !== "application/ld+json";
  if (node.tagName === "link") {
    const rel = String(node.properties.rel ?? "").toLowerCase();
    return (
      rel.includes("modulepreload") ||
      (rel.includes("preload") && attribute(node, "as") === "script")
    );
  }
  return node.tagName === "meta" && attribute(node, "httpEquiv") === "content-security-policy";
}

/** Removes framework nodes; returns whether the page shows meetings (needs the clock). */
function strip(node: Root | Element): boolean {
  let meetings = false;
  node.children = node.children.filter((child) => !isFramework(child)) as typeof node.children;
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if ("dataSchedule" in child.properties || "dataNextMeeting" in child.properties)
      meetings = true;
    if (strip(child)) meetings = true;
  }
  return meetings;
}

function findHead(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "head") return child;
    const found = findHead(child);
    if (found) return found;
  }
  return undefined;
}

const clock = buildClock();
let withClock = 0;
const pages = filesUnder(folder, (name) => name.endsWith(".html"));
for (const file of pages) {
  const tree = fromHtml(readFileSync(file, "utf8"));
  if (strip(tree)) {
    const head = findHead(tree);
    if (!head) throw new Error(`${file}: ingen <head>`);
    head.children.push({
      type: "element",
      tagName: "script",
      properties: { type: "module", src: clock },
      children: [],
    });
    withClock += 1;
  }
  writeFileSync(file, toHtml(tree));
}

// The framework's files: nothing loads them any more.
const scripts = filesUnder(path.join(folder, "_next"), (name) => /\.js(\.gz)?$/.test(name));
const flight = filesUnder(
  folder,
  (name) => /\.txt(\.gz)?$/.test(name) && !/^robots\.txt(\.gz)?$/.test(name),
);
for (const file of [...scripts, ...flight]) rmSync(file);
writeFileSync(path.join(folder, "_headers"), headersFile());

console.log(
  `Framework out: ${pages.length} pages without Next's scripts, ${withClock} with the clock (${clock}); ${scripts.length} script files and ${flight.length} flight-data files deleted; _headers written.`,
);
