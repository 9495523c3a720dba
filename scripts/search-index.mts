/**
 * After a build: the search index, made by Pagefind from the built pages (the same HTML a
 * visitor gets), in Swedish (stemming: "kommunerna" finds "kommuner"). Only each page's main
 * content is indexed (`data-pagefind-body` on <main>), not the header, breadcrumbs or footer.
 * The search page itself and the 404 page are left out. Each page is added with its public
 * address, so results link to `/moten`, not `moten.html`.
 *
 * Usage: tsx scripts/search-index.mts <folder with .html pages> <folder to write the index to>
 *   npm run export: out out/pagefind
 *   npm run build:  .next/server/app public/pagefind (served by next start)
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { isRemovedPage } from "../lib/content/moves";
import { ROUTES } from "../lib/routes";
import { isAdmin } from "../lib/security";
import { filesUnder, pageAddress } from "./files-under";

const [pagesFolder, outputFolder] = process.argv.slice(2);
if (!pagesFolder || !outputFolder) {
  console.error("Ange mappen med sidorna och mappen för indexet, t.ex. out out/pagefind.");
  process.exit(2);
}

const files = filesUnder(pagesFolder, (name) => name.endsWith(".html")).flatMap((file) => {
  const address = pageAddress(pagesFolder, file);
  // The search page is not a result of itself; the editing interface and the pages that stand
  // in for removed ones are not the site.
  return address === null ||
    address === ROUTES.sok.path ||
    isAdmin(address) ||
    isRemovedPage(address)
    ? []
    : [{ file, address }];
});

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
