/**
 * The weekly link check (.github/workflows/links.yml): visits every external address in the
 * content once, at most 4 at a time, and lists the broken ones and the ones that have moved
 * for good as warnings, with file and line. Always exits 0: a warning never stops anything.
 * Never part of `npm test` (which has no internet); tests run lib/link-check.ts on loopback.
 *
 * Usage: npx tsx scripts/check-links.ts [<project root>]
 *   LINK_TIMEOUT_MS   how long one request may take (default 15000)
 * With GITHUB_ACTIONS=true it prints a workflow command per warning, so each appears on its
 * line, and adds the list to the run's summary page (GITHUB_STEP_SUMMARY).
 */
import fs from "node:fs";
import path from "node:path";
import { formatProblem } from "../lib/content/problems";
import { workflowCommand } from "../lib/content/report";
import { checkExternalLinks } from "../lib/link-check";
import { siteUrl } from "../lib/site";

const root = path.resolve(process.argv[2] ?? process.env.CONTENT_ROOT ?? process.cwd());
const timeout = Number(process.env.LINK_TIMEOUT_MS ?? 15_000);

async function main() {
  const { checked, warnings } = await checkExternalLinks(root, {
    timeout,
    concurrency: 4,
    userAgent: `RUN-webbplatsen-lankkontroll (+${siteUrl})`,
  });
  // Paths from where the check runs (the repository root in CI), so a forge finds each file.
  const found = warnings.map((warning) => ({
    ...warning,
    file: path.relative(process.cwd(), path.join(root, warning.file)).split(path.sep).join("/"),
  }));

  const heading =
    found.length === 0
      ? `Alla ${checked} externa adresser svarar.`
      : `${found.length} ${found.length === 1 ? "länk" : "länkar"} att se över (av ${checked} externa adresser; varningar, som inte stoppar publiceringen):`;
  console.log([heading, ...found.map(formatProblem)].join("\n"));

  if (process.env.GITHUB_ACTIONS === "true") {
    for (const warning of found) console.log(workflowCommand({ ...warning, severity: "warning" }));
    const summary = process.env.GITHUB_STEP_SUMMARY;
    if (summary) {
      const lines = found.map(
        (warning) =>
          `- \`${warning.file}${warning.line ? `:${warning.line}` : ""}\`: ${
            warning.field ? `fältet "${warning.field}" ${warning.message}` : warning.message
          }`,
      );
      fs.appendFileSync(summary, ["## Länkkontroll", "", heading, "", ...lines, ""].join("\n"));
    }
  }
}

void main();
