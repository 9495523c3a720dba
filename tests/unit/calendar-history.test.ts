import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetingsCalendar } from "@/lib/calendar";
import { loadContent } from "@/lib/content/reader";
import { sequenceAt } from "@/lib/content/schedule-history";
import { copyRoot, VALID_ROOT } from "../helpers/fixtures";

/**
 * SEQUENCE from git history (lib/content/schedule-history.ts): a fixture repository is
 * committed at fixed instants, a meeting is cancelled and then moved in later commits, and the
 * feed is read back with ical.js after each step.
 */

const MEETING = "content/moten/2018-01-26-ledningsgruppen.md";
const UNCHANGED = "content/moten/2018-05-03-testnatverk.md";
const roots: string[] = [];

function git(root: string, args: string[], when?: string) {
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.se", ...args], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, ...(when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {}) },
  });
}

function commitAll(root: string, when: string, message: string) {
  git(root, ["add", "-A"]);
  git(root, ["commit", "-q", "-m", message], when);
}

function rewrite(root: string, file: string, change: (text: string) => string) {
  const full = path.join(root, file);
  fs.writeFileSync(full, change(fs.readFileSync(full, "utf8")));
}

function meetings(root: string) {
  const result = loadContent(root, { includeDrafts: true });
  if (!result.content)
    throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return result.content.meetings;
}

function event(root: string, file = MEETING) {
  const meeting = meetings(root).find((candidate) => candidate.source === file)!;
  const calendar = new ICAL.Component(ICAL.parse(meetingsCalendar([meeting])));
  const component = calendar.getFirstSubcomponent("vevent")!;
  return {
    uid: String(component.getFirstPropertyValue("uid")),
    sequence: Number(component.getFirstPropertyValue("sequence")),
    status: String(component.getFirstPropertyValue("status")),
    summary: String(component.getFirstPropertyValue("summary")),
    description: String(component.getFirstPropertyValue("description")),
    start: new ICAL.Event(component).startDate.toJSDate().toISOString(),
  };
}

const seconds = (iso: string) => new Date(iso).getTime() / 1000;
let root: string;

beforeAll(() => {
  process.env.CONTENT_ROOT = VALID_ROOT;
  root = copyRoot();
  roots.push(root);
  git(root, ["init", "-q", "-b", "main"]);
  commitAll(root, "2018-01-01T10:00:00Z", "Första versionen");
});

afterAll(() => {
  for (const folder of roots) fs.rmSync(folder, { recursive: true, force: true });
  delete process.env.CALENDAR_HISTORY;
});

describe("SEQUENCE from the meeting file's history", () => {
  const steps: ReturnType<typeof event>[] = [];

  it("is 0 for a meeting as first written, and the same on a rebuild", () => {
    const first = event(root);
    expect(first.sequence).toBe(0);
    expect(first.status).toBe("CONFIRMED");
    expect(event(root)).toEqual(first);
    steps.push(first);
  });

  it("cancelling keeps the UID, sets STATUS:CANCELLED and INSTÄLLT:, and raises SEQUENCE", () => {
    rewrite(root, MEETING, (text) =>
      text.replace("form: bildkonferens", "form: bildkonferens\nstatus: inställt"),
    );
    // Saved but not committed: an upper bound (the file's modification time), not exact.
    const uncommitted = event(root);
    expect(uncommitted.sequence).toBeGreaterThan(steps[0]!.sequence);
    commitAll(root, "2018-01-20T08:00:00Z", "Mötet ställs in");
    const cancelled = event(root);
    expect(cancelled.uid).toBe(steps[0]!.uid);
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.summary).toMatch(/^INSTÄLLT: Ledningsgruppen/);
    expect(cancelled.sequence).toBe(sequenceAt(seconds("2018-01-20T08:00:00Z")));
    expect(cancelled.sequence).toBeGreaterThan(steps[0]!.sequence);
    expect(event(root)).toEqual(cancelled);
    steps.push(cancelled);
  });

  it("a change to the text only leaves SEQUENCE as it was", () => {
    rewrite(root, MEETING, (text) => `${text}\nMötet ställs in på grund av sjukdom.\n`);
    commitAll(root, "2018-01-21T08:00:00Z", "Text om varför");
    expect(event(root).sequence).toBe(steps[1]!.sequence);
  });

  it("moving the meeting across the start of summer time raises SEQUENCE again, same UID", () => {
    rewrite(root, MEETING, (text) =>
      text
        .replace("date: 2018-01-26", "date: 2018-03-26\nmoved_from: 2018-01-26")
        .replace("status: inställt\n", ""),
    );
    commitAll(root, "2018-01-22T08:00:00Z", "Mötet flyttas");
    const moved = event(root);
    expect(moved.uid).toBe(steps[0]!.uid);
    expect(moved.status).toBe("CONFIRMED");
    expect(moved.sequence).toBeGreaterThan(steps[1]!.sequence);
    // 09:00 on 26 March 2018 is summer time (CEST, UTC+2), the day after the change.
    expect(moved.start).toBe("2018-03-26T07:00:00.000Z");
    expect(moved.description).toContain("Flyttat från fredag 26 januari 2018");
    steps.push(moved);
  });

  it("a shallow clone never gives a smaller SEQUENCE, and a publishing build refuses it", () => {
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), "run-shallow-"));
    roots.push(shallow);
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${root}`, shallow], {
      stdio: "ignore",
    });
    expect(event(shallow).sequence).toBeGreaterThanOrEqual(steps[2]!.sequence);
    expect(event(shallow, UNCHANGED).sequence).toBeGreaterThanOrEqual(
      event(root, UNCHANGED).sequence,
    );
    process.env.CALENDAR_HISTORY = "required";
    try {
      const problems = loadContent(shallow, { includeDrafts: true }).problems;
      expect(problems.map((problem) => problem.file)).toContain(MEETING);
      expect(problems.find((problem) => problem.file === MEETING)?.message).toMatch(
        /git-historik.*fetch-depth: 0/,
      );
      // The full history passes the same requirement.
      expect(loadContent(root, { includeDrafts: true }).problems).toEqual([]);
    } finally {
      delete process.env.CALENDAR_HISTORY;
    }
  });

  it("without git at all, SEQUENCE is the file's modification time: never below the history's", () => {
    const bare = copyRoot(root);
    roots.push(bare);
    expect(event(bare).sequence).toBeGreaterThanOrEqual(steps[2]!.sequence);
    expect(event(bare, UNCHANGED).sequence).toBeGreaterThanOrEqual(0);
  });
});
