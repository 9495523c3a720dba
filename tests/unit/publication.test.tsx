import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PreviewBadge } from "@/components/draft-badge";
import {
  previewLabel,
  publicationAt,
  scheduledFiles,
  siteInstant,
} from "@/lib/content/publication";
import { loadContent } from "@/lib/content/reader";
import { parseCalendarDate, stockholmDayStart } from "@/lib/dates";
import { copyRoot, PROJECT_ROOT, problemsAfter, VALID_ROOT } from "../helpers/fixtures";

/** Publication on a set day (issue 25): publish_from and publish_until, Stockholm days. */

const day = (text: string) => stockholmDayStart(parseCalendarDate(text)!);
const DOCUMENT = "content/dokument/plan.md";

/** A copy of the valid fixture whose plan has these extra front-matter lines. */
function withPlanDays(lines: string): string {
  const root = copyRoot(VALID_ROOT);
  const file = path.join(root, DOCUMENT);
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^---\n/, `---\n${lines}\n`));
  return root;
}

describe("a file's publication days", () => {
  it("begin at midnight in Stockholm and end after the last day, across the clock changes", () => {
    // Summer time begins on 28 March 2027: that day starts at 23:00 UTC the evening before.
    const spring = { publish_from: day("2027-03-28") };
    expect(publicationAt(spring, new Date("2027-03-27T22:59:59Z"))).toBe("before");
    expect(publicationAt(spring, new Date("2027-03-27T23:00:00Z"))).toBe("shown");
    // Summer time ends on 31 October 2027: that day is 25 hours long, and ends at 23:00 UTC.
    const autumn = { publish_until: day("2027-10-31") };
    expect(publicationAt(autumn, new Date("2027-10-31T22:59:59Z"))).toBe("shown");
    expect(publicationAt(autumn, new Date("2027-10-31T23:00:00Z"))).toBe("after");
    // One day only.
    const once = { publish_from: day("2027-01-01"), publish_until: day("2027-01-01") };
    expect(publicationAt(once, new Date("2027-01-01T12:00:00+01:00"))).toBe("shown");
    expect(publicationAt(once, new Date("2027-01-02T00:00:00+01:00"))).toBe("after");
  });

  it("leave a file out of the built site before and after them, and in the preview marked", () => {
    const root = withPlanDays("publish_from: 2027-01-01\npublish_until: 2027-12-31");
    try {
      const planAt = (now: string, includeDrafts = false) =>
        loadContent(root, { includeDrafts, now: new Date(now) }).content?.documents.some(
          (document) => document.source === DOCUMENT,
        );
      expect(planAt("2026-12-31T23:59:00+01:00")).toBe(false);
      expect(planAt("2027-01-01T00:00:00+01:00")).toBe(true);
      expect(planAt("2027-12-31T23:59:00+01:00")).toBe(true);
      expect(planAt("2028-01-01T00:00:00+01:00")).toBe(false);
      expect(planAt("2026-06-01T12:00:00+02:00", true)).toBe(true);

      const plan = loadContent(root, { includeDrafts: true }).content!.documents.find(
        (document) => document.source === DOCUMENT,
      )!;
      expect(previewLabel(plan, new Date("2026-06-01T12:00:00+02:00"))).toBe(
        "Visas från 1 januari 2027",
      );
      expect(previewLabel(plan, new Date("2028-02-01T12:00:00+01:00"))).toBe(
        "Visades till och med 31 december 2027",
      );
      expect(previewLabel(plan, new Date("2027-06-01T12:00:00+02:00"))).toBeNull();
      expect(previewLabel({ draft: true })).toBe("Utkast");
      expect(renderToStaticMarkup(<PreviewBadge label={previewLabel({ draft: false })} />)).toBe(
        "",
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("are refused when the last day is before the first, or a day is misspelt", () => {
    const text = fs.readFileSync(path.join(VALID_ROOT, DOCUMENT), "utf8");
    const dated = (lines: string) => text.replace(/^---\n/, `---\n${lines}\n`);
    expect(
      problemsAfter({ [DOCUMENT]: dated("publish_from: 2027-03-01\npublish_until: 2027-02-28") }),
    ).toEqual([
      `${DOCUMENT}:3: fältet "publish_until" (28 februari 2027) är före publish_from (1 mars 2027), så filen skulle aldrig visas. Skriv en sista dag som är samma dag eller senare, eller ta bort fältet.`,
    ]);
    expect(problemsAfter({ [DOCUMENT]: dated("publish_from: 1/1/2027") })).toEqual([
      `${DOCUMENT}:2: fältet "publish_from" "1/1/2027" är inte skrivet som ÅÅÅÅ-MM-DD. Skriv "2027-01-01".`,
    ]);
  });

  it("are listed by the check, which sees the site as on the day in SITE_DATE", () => {
    const root = withPlanDays("publish_from: 2027-01-01");
    try {
      const check = (siteDate: string) =>
        spawnSync("npx", ["tsx", "scripts/check-content.ts", root], {
          cwd: PROJECT_ROOT,
          encoding: "utf8",
          env: { ...process.env, SITE_DATE: siteDate },
        });
      const before = check("2026-12-01");
      expect(before.status, before.stderr).toBe(0);
      expect(before.stdout).toContain(`  ${DOCUMENT}: visas från 1 januari 2027 (visas inte ännu)`);
      // From the day on it is simply published, and no longer listed.
      expect(check("2027-01-01").stdout).not.toContain(DOCUMENT);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
    // Two runs of the check as child processes: more than the default 20 s on a busy machine.
  }, 60_000);

  it("are judged on the day in SITE_DATE, which must be a date", () => {
    expect(siteInstant({ SITE_DATE: "2027-01-01" }).toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(() => siteInstant({ SITE_DATE: "1 januari" })).toThrow(/SITE_DATE "1 januari"/);
    const now = new Date("2026-12-01T12:00:00Z");
    expect(scheduledFiles([{ source: "a.md" }], now)).toEqual([]);
    expect(scheduledFiles([{ source: "a.md", publish_until: day("2027-06-30") }], now)).toEqual([
      { file: "a.md", text: "visas till och med 30 juni 2027", shownNow: true },
    ]);
  });
});
