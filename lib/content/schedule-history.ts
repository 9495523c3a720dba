import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { git, type FileHistory, type Version } from "./git-history";

/**
 * A calendar event's SEQUENCE (RFC 5545 §3.8.7.4) without anyone counting: the minutes from
 * 2000-01-01 (UTC) to the commit that gave a meeting its current schedule (date, times, place,
 * form, status), or 0 while it is as first written. A later change is a later commit, so the
 * number goes up with every change and stays the same on a rebuild, whichever machine builds.
 *
 * It needs the meeting files' git history. Where history is cut short (a shallow clone) or
 * missing (no git), the true number is not known, and an upper bound is used instead: the
 * oldest visible commit of the file, or the file's modification time. Such a number is marked
 * `exact: false`; a publishing build requires exact numbers (CALENDAR_HISTORY=required), since
 * a later build with full history would give a smaller one.
 */

export interface Sequence {
  sequence: number;
  /** False when history was missing or cut short and the number is an upper bound. */
  exact: boolean;
}

const EPOCH_SECONDS = Date.UTC(2000, 0, 1) / 1000;

export function sequenceAt(epochSeconds: number): number {
  return Math.max(0, Math.floor((epochSeconds - EPOCH_SECONDS) / 60));
}

/** The fields whose change a calendar must hear about, as one comparable string. */
export function scheduleFingerprint(fileText: string): string {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(fileText);
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = match ? parseYaml(match[1]!) : null;
    if (parsed && typeof parsed === "object") data = parsed as Record<string, unknown>;
  } catch {
    // A version that did not parse was never published; its text stands for itself.
    return `unparsed:${fileText}`;
  }
  const value = (key: string, fallback = "") => String(data[key] ?? fallback).trim();
  return JSON.stringify([
    value("date"),
    value("start"),
    value("end"),
    value("place"),
    value("form"),
    value("status", "planerat"),
  ]);
}

/** The committed text of many versions at once, through one `git cat-file --batch`. */
function committedTexts(root: string, wanted: { commit: string; file: string }[]): string[] {
  if (wanted.length === 0) return [];
  const output = git(
    root,
    ["cat-file", "--batch"],
    wanted.map(({ commit, file }) => `${commit}:./${file}\n`).join(""),
  );
  if (output === null) return wanted.map(() => "");
  const buffer = Buffer.from(output, "utf8");
  const texts: string[] = [];
  let at = 0;
  for (let index = 0; index < wanted.length; index++) {
    const lineEnd = buffer.indexOf(10, at);
    const header = buffer.subarray(at, lineEnd).toString("utf8");
    at = lineEnd + 1;
    const size = /^\S+ \S+ (\d+)$/.exec(header);
    if (!size) {
      texts.push("");
      continue;
    }
    const length = Number(size[1]);
    texts.push(buffer.subarray(at, at + length).toString("utf8"));
    at += length + 1;
  }
  return texts;
}

/**
 * SEQUENCE for each of `files` (paths from `root`, e.g. `content/moten/x.md`), judged from the
 * working copy's text against the files' history.
 */
export function scheduleSequences(
  root: string,
  versions: FileHistory | null,
  files: readonly string[],
): Map<string, Sequence> {
  const result = new Map<string, Sequence>();
  const modified = (file: string): Sequence => {
    const stat = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
    return { sequence: sequenceAt((stat?.mtimeMs ?? Date.now()) / 1000), exact: false };
  };
  if (!versions) {
    for (const file of files) result.set(file, modified(file));
    return result;
  }
  const shallowFile = git(root, ["rev-parse", "--git-path", "shallow"])?.trim();
  const shallow = new Set(
    shallowFile && fs.existsSync(path.resolve(root, shallowFile))
      ? fs.readFileSync(path.resolve(root, shallowFile), "utf8").split("\n").filter(Boolean)
      : [],
  );

  const wanted = files.flatMap((file) =>
    (versions.get(file) ?? []).map((version) => ({ ...version, file })),
  );
  const texts = committedTexts(root, wanted);
  const fingerprints = new Map(
    wanted.map((version, index) => [
      `${version.commit}:${version.file}`,
      scheduleFingerprint(texts[index]!),
    ]),
  );

  for (const file of files) {
    const history = versions.get(file) ?? [];
    const current = scheduleFingerprint(fs.readFileSync(path.join(root, file), "utf8"));
    // Not yet committed: new (it will be 0 once committed) or changed since the last commit.
    if (history.length === 0) {
      result.set(file, { sequence: 0, exact: true });
      continue;
    }
    const fingerprintOf = (version: Version) => fingerprints.get(`${version.commit}:${file}`);
    if (fingerprintOf(history[0]!) !== current) {
      result.set(file, modified(file));
      continue;
    }
    // Newest first: the schedule took its current form at the oldest commit of the run of
    // versions that share it.
    let since = 0;
    while (since + 1 < history.length && fingerprintOf(history[since + 1]!) === current) since++;
    const oldest = history[since]!;
    if (since + 1 < history.length) {
      result.set(file, { sequence: sequenceAt(oldest.seconds), exact: true });
    } else if (oldest.added && !shallow.has(oldest.commit)) {
      result.set(file, { sequence: 0, exact: true });
    } else {
      // History ends before the file began (a shallow clone): the change was at or before this.
      result.set(file, { sequence: sequenceAt(oldest.seconds), exact: false });
    }
  }
  return result;
}

/**
 * Meetings with their SEQUENCE. Under CALENDAR_HISTORY=required (the publishing build), a
 * meeting whose number is only an upper bound is a problem, naming its file.
 */
export function withSequences<M extends { source: string }>(
  root: string,
  history: FileHistory | null,
  meetings: readonly M[],
  problems: { file: string; message: string }[],
): (M & { sequence: number })[] {
  const sequences = scheduleSequences(
    root,
    history,
    meetings.map((meeting) => meeting.source),
  );
  const required = process.env.CALENDAR_HISTORY === "required";
  return meetings.map((meeting) => {
    const found = sequences.get(meeting.source);
    if (required && !found?.exact)
      problems.push({
        file: meeting.source,
        message:
          "saknar git-historik (grund kloning eller ingen git), så kalenderns SEQUENCE kan inte räknas säkert. Bygg från en fullständig klon (actions/checkout med fetch-depth: 0).",
      });
    return { ...meeting, sequence: found?.sequence ?? 0 };
  });
}
