/**
 * Writes the site's redirects (lib/content/moves.ts) beside the export, for each kind of host:
 *   _nginx/redirects.conf   exact locations, read by deploy/nginx.conf (301, and 410 with the
 *                           section's "Sidan är borttagen" page)
 *   _redirects              Netlify and Cloudflare Pages: the 301s (these hosts send 404, not
 *                           410, for removed pages: their 404 page says the page may be removed)
 * With incomplete history (a shallow clone) it says so; under CALENDAR_HISTORY=required, the
 * publishing build, it stops, as the calendars do.
 *
 * Usage: tsx scripts/redirects.ts <export folder>
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { removedPage } from "../lib/content/moves";
import { siteRedirects } from "../lib/content/site-redirects";
import { contentRoot, loadContent } from "../lib/content/reader";

const folder = process.argv[2];
if (!folder) {
  console.error("Ange exportmappen, t.ex. out.");
  process.exit(2);
}

const root = contentRoot();
const { content } = loadContent(root, { includeDrafts: false });
if (!content) {
  console.error("Innehållet är inte giltigt: kör npm run check.");
  process.exit(1);
}
const { moved, gone, complete } = siteRedirects(root, content);
if (!complete) {
  const message =
    "redirects: git-historiken är ofullständig (grund kloning), så äldre flyttade och borttagna sidor kan saknas. Bygg från en fullständig klon (fetch-depth: 0).";
  if (process.env.CALENDAR_HISTORY === "required") {
    console.error(`::error title=Ofullständig historik::${message}`);
    process.exit(1);
  }
  console.warn(message);
}

const nginx = [
  "# Skriven av scripts/redirects.ts från innehållets git-historik. Ändra inte för hand.",
  ...moved.map(({ from, to }) => `location = ${from} { return 301 ${to}; }`),
  ...gone.map(
    (address) =>
      `location = ${address} { error_page 410 ${removedPage(address)}.html; return 410; }`,
  ),
  "",
].join("\n");
mkdirSync(path.join(folder, "_nginx"), { recursive: true });
writeFileSync(path.join(folder, "_nginx", "redirects.conf"), nginx);
writeFileSync(
  path.join(folder, "_redirects"),
  [...moved.map(({ from, to }) => `${from} ${to} 301`), ""].join("\n"),
);
console.log(`Redirects: ${moved.length} flyttade (301), ${gone.length} borttagna (410).`);
