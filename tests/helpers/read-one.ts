import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { KINDS, SINGLE_FILES, type KindKey } from "@/lib/content/kinds";
import { readContentFile, type RawFile } from "@/lib/content/parse";
import { formatProblem, type Problem } from "@/lib/content/problems";
import { validateFile } from "@/lib/content/validate";

/**
 * Reads and validates one file the way the check does, without the rest of the content: fast
 * enough to run hundreds of times in a property test. Each instance has its own folder.
 */
export class OneFile {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), "run-one-file-"));

  /** Writes `text` to `file` (from the root) and returns the file read, and its problems. */
  read(file: string, text: string | Buffer): { raw: RawFile | null; problems: string[] } {
    const absolute = path.join(this.root, file);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, text);
    const problems: Problem[] = [];
    const raw = readContentFile(this.root, absolute, problems);
    if (raw) {
      const folder = file.split("/")[1];
      const kind = (Object.keys(KINDS) as KindKey[]).find((key) => KINDS[key].folder === folder);
      const single = Object.values(SINGLE_FILES).find((entry) => `content/${entry.file}` === file);
      const schema = kind ? KINDS[kind].schema : single?.schema;
      if (schema) validateFile(raw, schema, problems);
    }
    fs.rmSync(absolute, { force: true });
    return { raw, problems: problems.map(formatProblem) };
  }

  /** Only the problems. */
  problems(file: string, text: string | Buffer): string[] {
    return this.read(file, text).problems;
  }

  remove() {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
