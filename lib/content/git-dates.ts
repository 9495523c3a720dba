import type { FileHistory } from "./git-history";

/**
 * When each content file was last changed: its newest commit in the history (git-history.ts).
 * Files without history (new, not yet committed, or no git at all) are absent, and callers fall
 * back to front matter.
 */
export function lastCommitDates(history: FileHistory | null): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const [file, versions] of history ?? [])
    if (versions[0]) dates.set(file, new Date(versions[0].seconds * 1000));
  return dates;
}
