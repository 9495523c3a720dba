// The dependency gate: production dependencies with a high or critical advisory fail the tests.
// `npm audit` needs the registry's advisory endpoint; where the registry does not offer it (the
// build machine's mirror answers 405), the gate says so loudly and does not pretend to pass.
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

/**
 * What `npm audit --json` (report version 2) means for the gate.
 * @param {any} report the parsed JSON, or null when npm printed none
 * @returns {{ status: "unchecked" | "pass" | "fail", message: string }}
 */
export function auditVerdict(report) {
  if (!report || report.statusCode || report.error || !report.metadata?.vulnerabilities)
    return {
      status: "unchecked",
      message:
        "npm audit: NOT CHECKED. The registry did not answer the advisory request " +
        `(${report?.message ?? "no answer"}). Run \`npm audit --omit=dev\` where it can.`,
    };
  const counts = report.metadata.vulnerabilities;
  const serious = Object.values(report.vulnerabilities ?? {})
    .filter((entry) => entry.severity === "high" || entry.severity === "critical")
    .map((entry) => `${entry.name} (${entry.severity})`);
  const summary =
    `npm audit (production dependencies): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low.`;
  return (counts.high ?? 0) + (counts.critical ?? 0) > 0
    ? { status: "fail", message: `${summary} Fix or replace: ${serious.join(", ")}` }
    : { status: "pass", message: summary };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
    encoding: "utf8",
    timeout: 120_000,
  });
  let report = null;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    report = null;
  }
  const verdict = auditVerdict(report);
  console.log(verdict.message);
  process.exit(verdict.status === "fail" ? 1 : 0);
}
