import { execFileSync } from "node:child_process";

/**
 * When each content file was last changed, from git history: one `git log` for the whole
 * folder, read once, rather than one process per file. Files without history (new, not yet
 * committed, or no git at all) are absent, and callers fall back to front matter.
 */
export function lastCommitDates(root: string, folder: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let log: string;
  try {
    log = execFileSync(
      "git",
      ["log", "--format=%x1e%cI", "--name-only", "--relative", "--no-renames", "--", folder],
      {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  } catch {
    return dates;
  }
  // Newest commit first: the first date seen for a file is its last change.
  for (const record of log.split("\x1e")) {
    const [date, ...files] = record.trim().split("\n");
    if (!date) continue;
    const when = new Date(date);
    for (const file of files) {
      const name = file.trim();
      if (name && !dates.has(name)) dates.set(name, when);
    }
  }
  return dates;
}
