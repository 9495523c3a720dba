import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without type declarations
import { auditVerdict } from "../../scripts/audit.mjs";

/** Reports in the shape `npm audit --json` writes (auditReportVersion 2). */
const report = (severity: string | null) => ({
  auditReportVersion: 2,
  vulnerabilities: severity
    ? { "some-lib": { name: "some-lib", severity, isDirect: false, via: [], range: "<1.2.3" } }
    : {},
  metadata: {
    vulnerabilities: {
      info: 0,
      low: severity === "low" ? 1 : 0,
      moderate: severity === "moderate" ? 1 : 0,
      high: severity === "high" ? 1 : 0,
      critical: severity === "critical" ? 1 : 0,
      total: severity ? 1 : 0,
    },
  },
});

describe("the npm audit gate", () => {
  it("fails on a high or critical advisory in a production dependency, naming it", () => {
    expect(auditVerdict(report("high"))).toMatchObject({
      status: "fail",
      message: /some-lib \(high\)/,
    });
    expect(auditVerdict(report("critical")).status).toBe("fail");
  });

  it("passes with none, or only low and moderate ones", () => {
    expect(auditVerdict(report(null)).status).toBe("pass");
    expect(auditVerdict(report("moderate")).status).toBe("pass");
  });

  it("says plainly when the registry cannot answer, rather than passing", () => {
    const verdict = auditVerdict({ statusCode: 405, message: "405 Method Not Allowed", error: {} });
    expect(verdict.status).toBe("unchecked");
    expect(verdict.message).toContain("NOT CHECKED");
  });
});
