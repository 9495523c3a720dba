/**
 * After a build: the search index, made by Pagefind from the built pages (the same HTML a
 * visitor gets), in Swedish (stemming: "kommunerna" finds "kommuner"). Only each page's main
 * content is indexed (`data-pagefind-body` on <main>), not the header, breadcrumbs or footer.
 * The pages are the page model's (lib/content/site-pages.ts); the search page itself is left
 * out. Each page is added with its public address, so results link to `/moten`, not
 * `moten.html`.
 *
 * Usage: tsx scripts/search-index.mts <folder with .html pages> <folder to write the index to>
 *   npm run export: out out/pagefind
 *   npm run build:  .next/server/app public/pagefind (served by next start)
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { searchedPages } from "../lib/content/site-pages";
import { filesUnder, pageAddress } from "./files-under";

const [pagesFolder, outputFolder] = process.argv.slice(2);
if (!pagesFolder || !outputFolder) {
  console.error("Ange mappen med sidorna och mappen för indexet, t.ex. out out/pagefind.");
  process.exit(2);
}

// The pages to index are the page model's (lib/content/site-pages.ts, searchedPages: the
// search page is not a result of itself), each found as the HTML the build wrote for it; what
// else the build wrote (the editing interface, the 404 page, the pages that stand in for
// removed ones) is not a page of the site.
const built = new Map(
  filesUnder(pagesFolder, (name) => name.endsWith(".html")).flatMap((file) => {
    const address = pageAddress(pagesFolder, file);
    return address === null ? [] : [[address, file] as const];
  }),
);
const pages = searchedPages();
const unbuilt = pages.filter((page) => !built.has(page.path)).map((page) => page.path);
if (unbuilt.length > 0) {
  console.error(`Sidorna byggdes inte, så de kan inte sökas: ${unbuilt.join(", ")}`);
  process.exit(1);
}
const files = pages.map((page) => ({ file: built.get(page.path)!, address: page.path }));

// An ES module (.mts): Pagefind's Node API is published as ESM only.
async function main(): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "sv" });
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  for (const { file, address } of files) {
    const added = await index.addHTMLFile({ url: address, content: readFileSync(file, "utf8") });
    if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join("; ")}`);
  }
  rmSync(outputFolder!, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: outputFolder! });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  // Pagefind's ready-made interfaces are not used: the search page writes its own results.
  for (const name of readdirSync(outputFolder!))
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name))
      rmSync(path.join(outputFolder!, name));
  await pagefind.close();
  console.log(`Search index: ${files.length} pages in ${outputFolder} (Swedish).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
