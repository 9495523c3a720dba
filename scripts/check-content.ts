/**
 * `npm run check`: validates every content file and prints every problem, one line each, in
 * Swedish. Exits 1 on any problem, so CI and `npm run build` stop before publishing. Pages past
 * their review-by date are listed as warnings and do not change the exit code.
 *
 * Usage: npm run check [-- [--json] [<project root>]]
 *   --json   prints one JSON array of findings ({ severity, file, line, field, message }) on
 *            standard output instead of text, for any forge or tool.
 * With GITHUB_ACTIONS=true (set by GitHub Actions) it also prints one workflow command per
 * finding, so each message appears on its line in the pull request, and adds them to the run's
 * summary page (GITHUB_STEP_SUMMARY).
 */
import fs from "node:fs";
import path from "node:path";
import { everyFile } from "../lib/content/files-of";
import { KINDS, SINGLE_FILES, type KindKey, type SingleKey } from "../lib/content/kinds";
import { scheduledFiles, siteInstant } from "../lib/content/publication";
import { loadContent } from "../lib/content/reader";
import {
  findings,
  findingsJson,
  formatProblems,
  formatWarnings,
  summaryMarkdown,
  workflowCommand,
} from "../lib/content/report";

/**
 * Every mistake in a file is a Swedish problem naming it (lib/content/parse.ts). Should the
 * check itself still fail, editors get a Swedish sentence, and developers the stack below it.
 */
function loadOrExplain(from: string): ReturnType<typeof loadContent> {
  try {
    return loadContent(from, { includeDrafts: true });
  } catch (error) {
    console.error(
      "Kontrollen av innehållet avbröts av ett fel i webbplatsens kod, inte i en innehållsfil. Ingenting publiceras. Visa texten nedan för webbplatsens utvecklare.\n",
    );
    console.error(error);
    process.exit(2);
  }
}

const args = process.argv.slice(2);
const json = args.includes("--json");
const rootArg = args.find((arg) => !arg.startsWith("--"));
const root = path.resolve(rootArg ?? process.env.CONTENT_ROOT ?? process.cwd());
const started = performance.now();
// Drafts are checked too: a draft must be right before it is published.
const { content, problems, warnings } = loadOrExplain(root);
const elapsed = Math.round(performance.now() - started);
const failed = problems.length > 0 || !content;
// Machine-read paths are from where the check runs (the repository root in CI), not from the
// content root, so that a forge can put each note on its file.
const all = findings(problems, warnings).map((finding) => ({
  ...finding,
  file: path.relative(process.cwd(), path.join(root, finding.file)).split(path.sep).join("/"),
}));

if (json) {
  console.log(findingsJson(all));
  process.exit(failed ? 1 : 0);
}

if (process.env.GITHUB_ACTIONS === "true") {
  for (const finding of all) console.log(workflowCommand(finding));
  // The run's summary page lists the same, so the weekly run shows what to look over.
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) fs.appendFileSync(summary, summaryMarkdown(all));
}

if (failed) {
  console.error(formatProblems(problems));
  console.error(
    "\nRätta raderna ovan och kör npm run check igen. Se content/README.md för alla fält.",
  );
  process.exit(1);
}

// Every file read, counted from the table of kinds: each kind's files and the single files there.
const count =
  (Object.keys(KINDS) as KindKey[]).reduce((sum, kind) => sum + content[kind].length, 0) +
  (Object.keys(SINGLE_FILES) as SingleKey[]).filter((key) => content[key] !== null).length;
console.log(`Innehållet är giltigt: ${count} filer kontrollerade på ${elapsed} ms.`);
// What is published on a set day, so that whoever merges sees when it will show.
const scheduled = scheduledFiles(everyFile(content), siteInstant());
if (scheduled.length > 0)
  console.log(
    `\nPubliceras på bestämda dagar (webbplatsen byggs om varje morgon):\n${scheduled
      .map((item) => `  ${item.file}: ${item.text}${item.shownNow ? "" : " (visas inte ännu)"}`)
      .join("\n")}`,
  );
if (warnings.length > 0) console.log(`\n${formatWarnings(warnings)}`);
