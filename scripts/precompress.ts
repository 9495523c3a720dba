/**
 * After `npm run export`: a gzip copy (`file.gz`, best compression) beside every text file in
 * the export, so nginx's `gzip_static` sends it without compressing on each request.
 * Usage: tsx scripts/precompress.ts out
 */
import { readFileSync, writeFileSync } from "node:fs";
import { filesUnder } from "./files-under";
import { gzipSync } from "node:zlib";

const TEXT = /\.(html|css|js|ics|atom|xml|txt|svg|json|yml)$/;
const folder = process.argv[2];
if (!folder) {
  console.error("Ange mappen med exporten, t.ex. out.");
  process.exit(2);
}
let files = 0;
let before = 0;
let after = 0;
for (const file of filesUnder(folder, (name) => TEXT.test(name))) {
  const data = readFileSync(file);
  if (data.length < 512) continue;
  const compressed = gzipSync(data, { level: 9 });
  writeFileSync(`${file}.gz`, compressed);
  files += 1;
  before += data.length;
  after += compressed.length;
}
console.log(
  `Precompressed ${files} files in ${folder}: ${(before / 1024).toFixed(0)} kB → ${(after / 1024).toFixed(0)} kB gzip.`,
);
