import { execFileSync } from "node:child_process";

/**
 * The content files' git history, read once: one `git log` over `content/` gives every file's
 * versions, from which "Senast uppdaterad" (git-dates.ts) and the calendars' SEQUENCE
 * (schedule-history.ts) are both taken. Null where there is no history to read (no git, or a
 * folder outside any repository); callers then fall back to front matter or modification times.
 */

/** Runs git in `root`; its output, or null when git is missing or fails. */
export function git(root: string, args: string[], input?: string): string | null {
  try {
    return execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      input,
      stdio: ["pipe", "pipe", "ignore"],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return null;
  }
}

/** One commit's version of a file. */
export interface Version {
  commit: string;
  /** The commit's time, in seconds since 1970 (UTC). */
  seconds: number;
  /** The commit added the file. */
  added: boolean;
}

/** Each file's versions (paths from the root, e.g. `content/moten/x.md`), newest first. */
export type FileHistory = ReadonlyMap<string, readonly Version[]>;

export function fileHistory(root: string, folder = "content"): FileHistory | null {
  const log = git(root, [
    "log",
    "--format=%x1e%H %ct",
    "--name-status",
    "--relative",
    "--no-renames",
    "--",
    folder,
  ]);
  if (log === null) return null;
  const versions = new Map<string, Version[]>();
  for (const record of log.split("\x1e")) {
    const [head, ...lines] = record.trim().split("\n");
    if (!head) continue;
    const [commit, seconds] = head.split(" ");
    for (const line of lines) {
      const [status, name] = line.split("\t");
      // A deletion is no version of the file (one added again later starts anew).
      if (!status || !name || status === "D") continue;
      const list = versions.get(name) ?? [];
      list.push({ commit: commit!, seconds: Number(seconds), added: status === "A" });
      versions.set(name, list);
    }
  }
  return versions;
}

/** A content file renamed (or moved) or removed in one commit. */
export type FileEvent =
  | {
      kind: "renamed";
      from: string;
      to: string;
      /** How much of the text the file kept, in per cent (git's rename score). */
      similarity?: number;
    }
  | { kind: "removed"; file: string };

/**
 * Every rename and removal under `folder`, oldest first, and whether the history is complete
 * (false in a shallow clone, where older ones cannot be seen). Null without git.
 */
export function fileEvents(
  root: string,
  folder = "content",
): { events: FileEvent[]; complete: boolean } | null {
  const log = git(root, [
    "log",
    "--reverse",
    "--format=%x1e",
    "--name-status",
    // A rename is a file that kept (nearly) all of its text: meeting files are short and alike,
    // and a meeting removed and another added in one commit must not read as a move.
    "-M90%",
    "--diff-filter=RD",
    "--relative",
    "--",
    folder,
  ]);
  if (log === null) return null;
  const events: FileEvent[] = [];
  for (const line of log.split("\n")) {
    const [status, first, second] = line.replace(/^\x1e/, "").split("\t");
    if (status?.startsWith("R") && first && second)
      events.push({
        kind: "renamed",
        from: first,
        to: second,
        similarity: Number(status.slice(1)),
      });
    else if (status === "D" && first) events.push({ kind: "removed", file: first });
  }
  const shallow = git(root, ["rev-parse", "--is-shallow-repository"])?.trim() === "true";
  return { events, complete: !shallow };
}
