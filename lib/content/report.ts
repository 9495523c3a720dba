import { formatProblem, formatProblems, type Problem } from "./problems";

/**
 * How `npm run check` tells its findings: lines for a person at a terminal, workflow commands
 * that GitHub Actions turns into notes on the very line of a pull request's diff, and JSON for
 * any other forge or tool.
 */

export type Severity = "error" | "warning";

export interface Finding extends Problem {
  severity: Severity;
}

/**
 * A workflow command's message: `%`, CR and LF are written as percent escapes, as the runner
 * reads them (the same escaping as @actions/core's `toCommandValue`).
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
export function escapeCommandData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** A workflow command's property value: as data, and `:` and `,` too, which end a property. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/** What is wrong, without the file and line (an annotation stands on them already). */
function describe(problem: Problem): string {
  return problem.field ? `fältet "${problem.field}" ${problem.message}` : problem.message;
}

/** `::error file=content/…,line=3,title=…::…`, one line per finding. */
export function workflowCommand(finding: Finding): string {
  const properties = [
    `file=${escapeCommandProperty(finding.file)}`,
    ...(finding.line ? [`line=${finding.line}`] : []),
    `title=${escapeCommandProperty(
      finding.severity === "error" ? "Fel i innehållet" : "Innehåll att se över",
    )}`,
  ];
  return `::${finding.severity} ${properties.join(",")}::${escapeCommandData(describe(finding))}`;
}

export function findings(errors: readonly Problem[], warnings: readonly Problem[]): Finding[] {
  return [
    ...errors.map((problem) => ({ ...problem, severity: "error" as const })),
    ...warnings.map((problem) => ({ ...problem, severity: "warning" as const })),
  ];
}

/** An array of `{ severity, file, line, field, message }`; absent line and field are null. */
export function findingsJson(all: readonly Finding[]): string {
  return JSON.stringify(
    all.map(({ severity, file, line, field, message }) => ({
      severity,
      file,
      line: line ?? null,
      field: field ?? null,
      message,
    })),
    null,
    2,
  );
}

/** The warnings for a person: a heading and one line each. */
export function formatWarnings(warnings: readonly Problem[]): string {
  const count = warnings.length === 1 ? "1 fil" : `${warnings.length} filer`;
  return `${count} att se över (varningar, som inte stoppar publiceringen):\n${warnings.map(formatProblem).join("\n")}`;
}

/** Markdown for a CI run's summary page: errors first, then pages to look over. */
export function summaryMarkdown(all: readonly Finding[]): string {
  const errors = all.filter((finding) => finding.severity === "error");
  const warnings = all.filter((finding) => finding.severity === "warning");
  const list = (items: readonly Finding[]) =>
    items
      .map((item) => `- \`${item.file}${item.line ? `:${item.line}` : ""}\`: ${describe(item)}`)
      .join("\n");
  const parts = ["## Innehållskontroll", ""];
  if (errors.length === 0) parts.push("Innehållet är giltigt.", "");
  else parts.push(`### ${errors.length} fel som stoppar publiceringen`, "", list(errors), "");
  if (warnings.length > 0)
    parts.push(
      `### ${warnings.length} att se över (stoppar inte publiceringen)`,
      "",
      list(warnings),
      "",
    );
  return parts.join("\n");
}

export { formatProblems };
