import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent } from "@/lib/content/reader";
import { formatProblem } from "@/lib/content/problems";

export const VALID_ROOT = path.resolve(__dirname, "../fixtures/valid");
/**
 * The invalid fixture is the valid one with changes: the files in tests/fixtures/invalid
 * replace or add to the valid fixture's, and those listed in its removed.txt are taken away.
 */
const INVALID_CHANGES = path.resolve(__dirname, "../fixtures/invalid");
export const PROJECT_ROOT = path.resolve(__dirname, "../..");
/**
 * A complete small site (a copy of the content at one moment) that only developers change.
 * Tests that name, count or date particular content run on it, never on the real `content/`,
 * which belongs to the editors.
 */
export const SITE_ROOT = path.resolve(__dirname, "../fixtures/site");

/** A temporary copy of a project root (content/ and public/) to break on purpose. */
export function copyRoot(from: string = VALID_ROOT): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), "run-content-"));
  for (const folder of ["content", "public"]) {
    const source = path.join(from, folder);
    if (fs.existsSync(source)) fs.cpSync(source, path.join(target, folder), { recursive: true });
  }
  return target;
}

/** Writes files (paths relative to the root; null deletes) into a copy and returns its problems. */
export function problemsAfter(
  changes: Record<string, string | Buffer | null>,
  from: string = VALID_ROOT,
  setup: (root: string) => void = () => {},
): string[] {
  const root = copyRoot(from);
  try {
    setup(root);
    for (const [file, text] of Object.entries(changes)) {
      const target = path.join(root, file);
      if (text === null) fs.rmSync(target);
      else {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, text);
      }
    }
    return loadContent(root, { includeDrafts: true }).problems.map(formatProblem);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Replaces text in a fixture file, for a one-line mistake in an otherwise valid file. */
export function edited(file: string, from: string, to: string, root: string = VALID_ROOT): string {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  return text.replace(from, to);
}

/** A temporary copy of the invalid fixture (see INVALID_CHANGES); remove it when done. */
export function invalidRoot(): string {
  const root = copyRoot(VALID_ROOT);
  fs.cpSync(path.join(INVALID_CHANGES, "content"), path.join(root, "content"), { recursive: true });
  const removed = fs.readFileSync(path.join(INVALID_CHANGES, "removed.txt"), "utf8");
  for (const file of removed.split("\n").filter(Boolean)) fs.rmSync(path.join(root, file));
  return root;
}
