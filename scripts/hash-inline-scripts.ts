/**
 * After `next build` (or an export): give every prerendered page a `<meta>` Content-Security-Policy
 * that allows exactly its own inline scripts, by hash, so the header's 'unsafe-inline' is never
 * what lets a script run. Usage: tsx scripts/hash-inline-scripts.ts <folder with .html pages>
 */
import { readFileSync, writeFileSync } from "node:fs";
import { SCRIPT_POLICY_MARKER, withScriptHashes } from "../lib/security";
import { filesUnder } from "./files-under";

const folder = process.argv[2];
if (!folder) {
  console.error("Ange mappen med byggda sidor, t.ex. .next/server eller out.");
  process.exit(2);
}
const files = filesUnder(folder, (name) => name.endsWith(".html"));
if (files.length === 0) {
  console.error(`Hittade inga .html-filer i ${folder}. Kör bygget först.`);
  process.exit(1);
}
let hashed = 0;
for (const file of files) {
  const html = readFileSync(file, "utf8");
  if (html.includes(SCRIPT_POLICY_MARKER)) continue; // already done by an earlier run
  try {
    writeFileSync(file, withScriptHashes(html));
    hashed += 1;
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    process.exit(1);
  }
}
console.log(`Script hashes: ${hashed} of ${files.length} pages in ${folder} given a meta policy.`);
