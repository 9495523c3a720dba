import type { z } from "zod";
import type { RawFile } from "./parse";
import { closest, knownKeys, problemsFromIssue, type Problem } from "./problems";

/**
 * Checks one file's front matter against its kind's schema. Every issue becomes a Swedish
 * problem with its line; "titel" for "title" is one mistake, so the field it was meant for is
 * not also reported as missing.
 */
export function validateFile<S extends z.ZodType>(
  raw: RawFile,
  schema: S,
  problems: Problem[],
): z.output<S> | null {
  const result = schema.safeParse(raw.data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const meant = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const known = knownKeys(schema, issue.path);
    for (const key of issue.keys) {
      const guess = closest(key, known);
      if (guess) meant.add(JSON.stringify([...issue.path, guess]));
    }
  }
  for (const issue of result.error.issues) {
    const missing = issue.code === "invalid_type" && issue.input === undefined;
    if (missing && meant.has(JSON.stringify(issue.path))) continue;
    problems.push(...problemsFromIssue(issue, schema, raw.file, raw.lineOf));
  }
  return null;
}
