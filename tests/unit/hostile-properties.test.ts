import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { problemsAfter } from "../helpers/fixtures";
import { BENIGN_FRAGMENTS, HOSTILE_FRAGMENTS } from "../helpers/hostile-markdown";
import { OneFile } from "../helpers/read-one";
import { collectLinks } from "@/lib/markdown/links";
import { markdownToHast } from "@/lib/markdown/processor";

/**
 * Property: whatever an editor's file holds — generated front matter and Markdown mixing YAML
 * tricks, hostile Markdown, control characters, long runs and deep nesting, any line ending, or
 * no text at all — reading it ends (the test's timeout is the bound) with either a file that
 * parses cheaply or Swedish messages naming the file, never an exception or an error the check
 * did not foresee.
 */

const FILES = [
  "content/sidor/om-run.md",
  "content/natverk/testnatverk.md",
  "content/personer/anna-andersson.md",
  "content/medlemmar/are.md",
  "content/moten/2018-01-26-ledningsgruppen.md",
  "content/dokument/plan.md",
  "content/ledningsgruppen.md",
  "content/webbplatsen.md",
];

const KEYS = ["title", "description", "updated", "name", "members", "date", "a", "<<", "? x"];

/** A long run of something that is expensive to parse, or to nest. */
const run = (pieces: readonly string[], max: number) =>
  fc
    .tuple(fc.constantFrom(...pieces), fc.integer({ min: 1, max }))
    .map(([piece, count]) => piece.repeat(count));

const CONTROL = fc.constantFrom("\0", "\u0001", "\u0007", "\u001B", "\u0085", "\u202E", "\u2066");

const yamlValue = fc.oneof(
  fc.constantFrom(
    "&a [x, x, x]",
    "*a",
    "[*a, *a, *a, *a]",
    "!!binary aGVq",
    "!!js/function 'f(){}'",
    "!x y",
    "'unterminated",
    '"\\0\\u202e\\x85"',
    "|\n  block\n  text",
    ">-\n  folded",
    "2024-02-30",
    "1e999",
    "{a: {b: {c: d}}}",
    "- x\n  - y",
    "<<<<<<< HEAD",
    "Om RUN: en introduktion",
    "Sundsv\u0430ll",
    "\u00A0Om\u00A0RUN",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  run(["[", "{", "- ", "  ", "&a ", "*a ", "!!str ", "? ", ": "], 3000),
  fc.tuple(fc.string({ maxLength: 10 }), CONTROL).map(([text, char]) => `${text}${char}${text}`),
);

const frontMatter = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...KEYS), yamlValue).map(([key, value]) => `${key}: ${value}`),
      fc.constantFrom("---", "...", "%YAML 1.1", "# kommentar", "\ttitle: x", "  - person: x"),
      yamlValue,
    ),
    { maxLength: 8 },
  )
  .map((lines) => lines.join("\n"));

const markdownPiece = fc.oneof(
  fc.constantFrom(...HOSTILE_FRAGMENTS, ...BENIGN_FRAGMENTS),
  fc.string({ unit: "binary", maxLength: 200 }),
  run(["*", "_", "[", "]", "`", "~", "[a](", "]\n", "*a ", "_a ", "> ", "- ", "1. ", "  "], 2000),
  fc
    .integer({ min: 1, max: 60 })
    .map((depth) => Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}- a`).join("\n")),
  fc.constantFrom("<<<<<<< HEAD", "=======", ">>>>>>> main", "Rubrik\n======="),
  CONTROL,
);

const body = fc.array(markdownPiece, { maxLength: 6 }).map((pieces) => pieces.join("\n\n"));

const file = fc
  .record({
    bom: fc.boolean(),
    ending: fc.constantFrom("\n", "\r\n", "\r"),
    frontMatter,
    body,
    opening: fc.constantFrom("---", "---", "---", "---js", ""),
  })
  .map(({ bom, ending, frontMatter, body, opening }) =>
    `${bom ? "\uFEFF" : ""}${opening}\n${frontMatter}\n---\n${body}\n`.replaceAll("\n", ending),
  );

const bytes = fc.uint8Array({ maxLength: 4000 }).map((array) => Buffer.from(array));

/** Problems come out as "content/…md[:line]: …", from a check that foresaw them. */
function expectSwedish(problems: readonly string[]) {
  for (const problem of problems) {
    expect(problem).toMatch(/^content\/[^\s:]+\.md(:\d+)?: /);
    expect(problem).not.toContain("fel den inte känner igen");
    expect(problem).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError)\b|\n\s+at /);
  }
}

const one = new OneFile();
afterAll(() => one.remove());

describe("hostile files end the check with a verdict", () => {
  it("generated files: either read cleanly or refused in Swedish", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILES), fc.oneof(file, file, file, bytes), (name, text) => {
        const { raw, problems } = one.read(name, text);
        expectSwedish(problems);
        if (!raw) {
          expect(problems.length).toBeGreaterThan(0);
          return;
        }
        expect(raw.markdown).not.toMatch(/[\r\uFEFF]/);
        expect(JSON.stringify(raw.data ?? null)).not.toMatch(/\\r/);
        // What the links rule and the page then do with the text, within the same bound.
        collectLinks(raw.markdown);
        markdownToHast(raw.markdown);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("generated files among the rest of the content: the whole check, with its rules", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILES.slice(0, 2)), file, (name, text) => {
        expectSwedish(problemsAfter({ [name]: text }));
      }),
      { numRuns: 3 },
    );
  }, 60_000);
});
