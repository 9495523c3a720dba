/**
 * `npm run check`: validates every content file and prints every problem, one line each, in
 * Swedish. Exits 1 on any problem, so CI and `npm run build` stop before publishing.
 * Usage: npm run check [-- <project root>]
 */
import path from "node:path";
import { loadContent } from "../lib/content/reader";
import { formatProblems } from "../lib/content/problems";

const root = path.resolve(process.argv[2] ?? process.env.CONTENT_ROOT ?? process.cwd());
const started = performance.now();
// Drafts are checked too: a draft must be right before it is published.
const { content, problems } = loadContent(root, { includeDrafts: true });
const elapsed = Math.round(performance.now() - started);

if (problems.length > 0 || !content) {
  console.error(formatProblems(problems));
  console.error(
    "\nRätta raderna ovan och kör npm run check igen. Se content/README.md för alla fält.",
  );
  process.exit(1);
}

const count =
  content.pages.length +
  content.people.length +
  content.networks.length +
  content.members.length +
  content.meetings.length +
  content.documents.length +
  1;
console.log(`Innehållet är giltigt: ${count} filer kontrollerade på ${elapsed} ms.`);
