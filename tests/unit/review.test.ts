import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import { loadContent } from "@/lib/content/reader";
import { isOverdue, reviewDate } from "@/lib/content/review";
import { copyRoot } from "../helpers/fixtures";

const at = (iso: string) => new Date(iso);

describe("review-by dates", () => {
  it("takes the file's own date, else the site's interval from its last change", () => {
    const base = { source: "content/sidor/x.md", committedAt: at("2026-03-10T12:00:00Z") };
    expect(reviewDate({ ...base, review_by: at("2027-01-01T00:00:00+01:00") }, 12)).toEqual({
      date: at("2027-01-01T00:00:00+01:00"),
      explicit: true,
    });
    expect(reviewDate(base, 12)).toEqual({ date: at("2027-03-10T12:00:00Z"), explicit: false });
    // No git history: the front matter's `updated` date.
    expect(
      reviewDate({ ...base, committedAt: null, updated: at("2018-04-23T00:00:00+02:00") }, 6)?.date,
    ).toEqual(at("2018-10-23T00:00:00+02:00"));
    expect(reviewDate({ ...base, committedAt: null }, 12)).toBeNull();
  });

  it("is overdue once the whole day has passed in Stockholm", () => {
    const review = { date: at("2019-06-30T00:00:00+02:00"), explicit: true };
    expect(isOverdue(review, at("2019-06-30T23:59:00+02:00"))).toBe(false);
    expect(isOverdue(review, at("2019-07-01T00:00:00+02:00"))).toBe(true);
    expect(isOverdue(null, at("2030-01-01T00:00:00Z"))).toBe(false);
  });
});

describe("the check's warnings", () => {
  /** Loads a copy of the valid fixture, changed (or with files added), at a fixed clock. */
  function warningsAt(now: string, changes: Record<string, (text: string) => string>) {
    const root = copyRoot();
    try {
      for (const [file, change] of Object.entries(changes)) {
        const target = path.join(root, file);
        const before = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
        fs.writeFileSync(target, change(before));
      }
      const result = loadContent(root, { includeDrafts: true, now: at(now) });
      expect(result.problems).toEqual([]);
      return result.warnings.map(formatProblem);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }
  const addReview = (date: string) => (text: string) =>
    text.replace(/^---\n/, `---\nreview_by: ${date}\n`);

  it("lists pages, networks and documents past their review_by, with the line", () => {
    const warnings = warningsAt("2025-01-15T12:00:00+01:00", {
      "content/sidor/om-run.md": addReview("2024-12-31"),
      "content/natverk/testnatverk.md": addReview("2025-01-14"),
      // Its day is today: not yet overdue.
      "content/dokument/plan.md": addReview("2025-01-15"),
    });
    expect(warnings).toEqual([
      'content/natverk/testnatverk.md:2: fältet "review_by" är 14 januari 2025, och den dagen har passerat. Se över innehållet och skriv ett nytt datum; sidan visar under tiden att informationen kan vara inaktuell. Ansvarig: Bo Berg.',
      'content/sidor/om-run.md:2: fältet "review_by" är 31 december 2024, och den dagen har passerat. Se över innehållet och skriv ett nytt datum; sidan visar under tiden att informationen kan vara inaktuell. Ansvarig: Anna Andersson (anna.andersson@example.se).',
    ]);
  });

  it("judges the rest by the site's interval after their last change (12 months unless set)", () => {
    // The copies have no git history, so their `updated` dates (May 2024) count.
    const later = "2026-01-01T12:00:00+01:00";
    const byDefault = warningsAt(later, {});
    expect(byDefault.length).toBeGreaterThan(0);
    expect(byDefault.join("\n")).toContain(
      "content/sidor/om-run.md: skulle ha setts över senast 17 maj 2025 (12 månader efter senaste ändringen).",
    );
    // The documents have no `updated` and no history: nothing says when they changed.
    expect(byDefault.join("\n")).not.toContain("content/dokument/");
    const longer = warningsAt(later, {
      "content/webbplatsen.md": () => "---\nreview_interval_months: 24\n---\n",
    });
    expect(longer).toEqual([]);
    // An explicit date wins over the interval.
    expect(
      warningsAt(later, {
        "content/webbplatsen.md": () => "---\nreview_interval_months: 24\n---\n",
        "content/sidor/start.md": addReview("2025-12-01"),
      }),
    ).toHaveLength(1);
  });
});
