/**
 * After `next build` with `output: 'export'`: takes the framework out of the static site. Every
 * page works without JavaScript (the browser tests say so), so React and the Next.js runtime
 * are weight without use there. With a real HTML parser (hast), each page loses Next's
 * `<script>` elements (runtime files and inline flight data) and their preload links, and keeps
 * its stylesheets, metadata and structured data (`application/ld+json`) as they are. Pages that
 * show meetings get the meeting clock instead (lib/clock/), and the search page its
 * search module (lib/search/): small modules built here with esbuild under content-hashed
 * names in `_assets/`, each loaded only where its markup asks for it. The framework's script files
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
import { NO_NEWS } from "../lib/content/news";
import { newsHref } from "../lib/routes";
import { headersFile, isAdmin } from "../lib/security";
import { filesUnder, pageAddress } from "./files-under";

const folder = process.argv[2];
if (!folder) {
  console.error("Ange mappen med exporten, t.ex. out.");
  process.exit(2);
}

/**
 * The browser modules of the export: each is bundled and minified under a name that changes
 * when its content does, and loaded only on the pages whose markup asks for it.
 */
const MODULES = [
  {
    name: "clock",
    entry: "../lib/clock/export-entry.ts",
    /** Pages that show meetings. */
    wanted: (element: Element) =>
      "dataSchedule" in element.properties || "dataNextMeeting" in element.properties,
  },
  {
    name: "search",
    entry: "../lib/search/export-entry.ts",
    /** The search page. */
    wanted: (element: Element) => "dataSearch" in element.properties,
  },
  {
    name: "listen",
    entry: "../lib/speech/export-entry.ts",
    /** Every page with "Lyssna" by its title. */
    wanted: (element: Element) => "dataListen" in element.properties,
  },
] as const;

type ModuleName = (typeof MODULES)[number]["name"];

function buildModule(entry: string, name: string): string {
  const result = buildSync({
    entryPoints: [path.resolve(__dirname, entry)],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    write: false,
    legalComments: "none",
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 12);
  const href = `/_assets/${name}-${hash}.js`;
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

/** Removes framework nodes; collects the modules the page's markup asks for. */
function strip(node: Root | Element, wanted: Set<ModuleName>): void {
  node.children = node.children.filter((child) => !isFramework(child)) as typeof node.children;
  for (const child of node.children) {
    if (child.type !== "element") continue;
    for (const entry of MODULES) if (entry.wanted(child)) wanted.add(entry.name);
    strip(child, wanted);
  }
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

// With no news, the news route's one placeholder page (a static export needs one) is not
// published: its address answers 404 like any other unknown one.
const placeholder = path.join(folder, `${newsHref(NO_NEWS)}.html`);
rmSync(placeholder, { force: true });

const hrefs = new Map(MODULES.map((entry) => [entry.name, buildModule(entry.entry, entry.name)]));
const counts = new Map<ModuleName, number>();
const pages = filesUnder(folder, (name) => name.endsWith(".html"));
// The editing interface (public/admin/) is not the site: its script stays, and its policy is its own.
const sitePages = pages.filter((file) => !isAdmin(pageAddress(folder, file) ?? ""));
for (const file of sitePages) {
  const tree = fromHtml(readFileSync(file, "utf8"));
  const wanted = new Set<ModuleName>();
  strip(tree, wanted);
  if (wanted.size > 0) {
    const head = findHead(tree);
    if (!head) throw new Error(`${file}: ingen <head>`);
    for (const name of wanted) {
      head.children.push({
        type: "element",
        tagName: "script",
        properties: { type: "module", src: hrefs.get(name)! },
        children: [],
      });
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
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
const addresses = pages.flatMap((file) => pageAddress(folder, file) ?? []);
writeFileSync(path.join(folder, "_headers"), headersFile(addresses));

const loaded = MODULES.map(
  ({ name }) => `${counts.get(name) ?? 0} with ${name} (${hrefs.get(name)})`,
);
console.log(
  `Framework out: ${sitePages.length} pages without Next's scripts; ${loaded.join(", ")}; ${scripts.length} script files and ${flight.length} flight-data files deleted; _headers written.`,
);
