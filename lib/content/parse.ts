import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type YAMLError,
  type YAMLWarning,
} from "yaml";
import type { Problem } from "./problems";

/**
 * Reads one content file: its bytes as UTF-8 (anything else is refused with a way to fix it),
 * its front matter as YAML (with positions, and every error an editor can cause in Swedish),
 * and its Markdown. Text is normalised to Unicode NFC, so "å" typed as one character and as
 * "a" plus a ring compare equal everywhere after this.
 */
export interface RawFile {
  /** Path from the project root, e.g. `content/moten/2018-01-26-ledningsgruppen.md`. */
  file: string;
  /** The file name without `.md`. */
  slug: string;
  /** The front matter as plain data. */
  data: unknown;
  /** The Markdown under the front matter. */
  markdown: string;
  /** The file line the Markdown starts on. */
  markdownLine: number;
  /** The file line of a field, e.g. `["members", 2, "person"]`, or of the nearest parent found. */
  lineOf(fieldPath: readonly PropertyKey[]): number | undefined;
}

const SPECIAL_START = /^[[{@`%&*!|>]/;
const NO_BREAK_SPACE = /[\u00A0\u202F]/;

/** Line `line` (1-based) of `text`. */
function lineText(text: string, line: number): string {
  return text.split(/\r?\n/)[line - 1] ?? "";
}

/** "title: RUN: en introduktion" → `title: "RUN: en introduktion"`, for the hint to add quotes. */
function quotedSuggestion(line: string): string | null {
  const match = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?):\s+(.+?)\s*$/.exec(line);
  if (!match) return null;
  const value = match[3]!;
  if (/^["']/.test(value)) return null;
  if (!value.includes(": ") && !SPECIAL_START.test(value) && !/\s#/.test(value)) return null;
  return `${match[2]}: "${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

/** Swedish for each YAML error an editor can cause (the `yaml` package's error codes). */
const REASONS: Record<string, string> = {
  BAD_INDENT: "fel indrag, eller en lista inom [ ] eller en grupp inom { } som inte är stängd",
  BLOCK_AS_IMPLICIT_KEY:
    "raden kan inte läsas: ett värde innehåller kolon och mellanslag, eller raden är indragen fel",
  MULTILINE_IMPLICIT_KEY:
    "raden kan inte läsas: saknas ett kolon efter fältnamnet, eller är raden indragen fel?",
  TAB_AS_INDENT: "raden är indragen med tabbtecken. Använd mellanslag",
  DUPLICATE_KEY: "samma fält står två gånger. Ta bort den ena raden",
  BAD_SCALAR_START: "värdet börjar med ett tecken som har särskild betydelse i YAML",
  MISSING_CHAR: "ett citattecken eller en parentes är inte stängd",
  TAG_RESOLVE_FAILED:
    "ett värde börjar med ett utropstecken (!), som har särskild betydelse i YAML",
  BAD_TAG: "ett värde börjar med ett utropstecken (!), som har särskild betydelse i YAML",
  BAD_ALIAS: "ett värde börjar med * eller &, som har särskild betydelse i YAML",
  MULTIPLE_DOCS: 'front matter har en rad "---" för mycket',
  BAD_DQ_ESCAPE: "texten inom citattecken har ett omvänt snedstreck (\\) som inte kan läsas",
  KEY_OVER_1024_CHARS: "ett fältnamn är för långt: saknas ett kolon?",
  UNEXPECTED_TOKEN:
    "raden passar inte ihop med raden före: är den indragen fel, eller blandas en lista och fält?",
};

/**
 * One Swedish problem for the first error in front matter (later ones usually follow from it).
 * `source` is the front matter as gray-matter hands it over: its line N is the file's line N.
 */
function yamlProblem(
  file: string,
  source: string,
  error: YAMLError | YAMLWarning,
  lines: LineCounter,
): Problem {
  const { line } = lines.linePos(error.pos[0]);
  const here = lineText(source, line);
  const before = line > 1 ? lineText(source, line - 1) : "";
  const reason = REASONS[error.code] ?? "raden kan inte läsas";
  const parts = [`YAML-fel: ${reason.replace(/[.?]?$/, (end) => end || ".")}`];
  const quoted = quotedSuggestion(here) ?? quotedSuggestion(before);
  if (NO_BREAK_SPACE.test(here) || NO_BREAK_SPACE.test(before))
    parts.push(
      "Raden har ett hårt mellanslag (ofta från Word eller en webbsida), som ser ut som ett vanligt men inte är det. Radera mellanslagen på raden och skriv dem igen.",
    );
  else if (quoted)
    parts.push(
      `Text som innehåller ": " eller börjar med [ { @ \` % & * ! | > skrivs inom citattecken: ${quoted}.`,
    );
  // The line, and its neighbours inside the front matter: the mistake is often one of them.
  const shown = [line - 1, line, line + 1]
    .filter(
      (number) =>
        number >= 2 &&
        !/^---\s*$/.test(lineText(source, number)) &&
        number <= source.split("\n").length,
    )
    .map((number) => `rad ${number}: «${lineText(source, number).trim()}»`);
  parts.push(
    `${shown.join(", ").replace(/^r/, "R")}. Skriv varje fält som "namn: värde" på en egen rad, och listor som rader som börjar med "- ".`,
  );
  return { file, line, message: parts.join(" ") };
}

class FrontMatterProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

/** Where the value at a path stands in a parsed document (the nearest parent's line if absent). */
function lineFinder(document: Document, lines: LineCounter) {
  return (fieldPath: readonly PropertyKey[]): number | undefined => {
    let node: unknown = document.contents;
    let line: number | undefined;
    for (const key of fieldPath) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => (isScalar(item.key) ? item.key.value : item.key) === key,
        );
        const start = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
        if (!pair || start === undefined) return line;
        line = lines.linePos(start).line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        const item: unknown = node.items[key];
        const start = isScalar(item) || isMap(item) || isSeq(item) ? item.range?.[0] : undefined;
        if (start === undefined) return line;
        line = lines.linePos(start).line;
        node = item;
      } else return line;
    }
    return line;
  };
}

function refuseEngine(language: string) {
  return () => {
    throw new Error(`front matter på "${language}" tillåts inte`);
  };
}

const BAD_UTF8 =
  'är inte sparad som UTF-8, så å, ä och ö skulle visas fel. Spara filen med teckenkodningen "UTF-8" (i Anteckningar: Arkiv → Spara som → Kodning: UTF-8; i VS Code: klicka på kodningen nederst till höger → Save with Encoding → UTF-8) och försök igen.';

/** The text of a file, or a problem if its bytes are not UTF-8 (Latin-1, Windows-1252, UTF-16). */
function decode(file: string, bytes: Buffer): string | Problem {
  if (bytes[0] === 0xff || bytes[0] === 0xfe) return { file, line: 1, message: BAD_UTF8 };
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder("utf-8").decode(bytes);
    const line = loose.slice(0, loose.indexOf("\uFFFD")).split("\n").length;
    return { file, line, message: BAD_UTF8 };
  }
}

/** Reads one file; on a problem, records it and returns null. */
export function readContentFile(
  root: string,
  absolute: string,
  problems: Problem[],
): RawFile | null {
  const file = path.relative(root, absolute).split(path.sep).join("/");
  const decoded = decode(file, fs.readFileSync(absolute));
  if (typeof decoded !== "string") {
    problems.push(decoded);
    return null;
  }
  const source = decoded.replace(/^\uFEFF/, "").normalize("NFC");
  const opening = /^---([^\r\n]*)/.exec(source);
  if (opening && opening[1]!.trim() !== "") {
    problems.push({
      file,
      line: 1,
      message: `börjar med "---${opening[1]!.trim()}". Front matter skrivs bara i YAML: första raden ska vara enbart "---".`,
    });
    return null;
  }
  if (!opening) {
    problems.push({
      file,
      line: 1,
      message: 'saknar front matter. Filen ska börja med en rad "---", fälten, och en rad "---".',
    });
    return null;
  }
  let parsed: { document: Document; lines: LineCounter } | null = null;
  try {
    const result = matter(source, {
      language: "yaml",
      engines: {
        // gray-matter hands over the text after the opening "---", starting with its line
        // break, so a line here is the same line in the file.
        yaml: (text: string) => {
          const lines = new LineCounter();
          const document = parseDocument(text, {
            lineCounter: lines,
            uniqueKeys: true,
            prettyErrors: false,
          });
          const first = document.errors[0] ?? document.warnings[0];
          if (first) throw new FrontMatterProblem(yamlProblem(file, text, first, lines));
          parsed = { document, lines };
          return (document.toJS() ?? {}) as object;
        },
        // gray-matter evaluates `---js` front matter as code by default: never here.
        js: refuseEngine("js"),
        javascript: refuseEngine("javascript"),
        coffee: refuseEngine("coffee"),
        coffeescript: refuseEngine("coffeescript"),
        json: refuseEngine("json"),
        toml: refuseEngine("toml"),
      },
    });
    const before = source.length - result.content.length;
    const done = parsed as { document: Document; lines: LineCounter } | null;
    return {
      file,
      slug: path.basename(absolute, ".md"),
      data: result.data,
      markdown: result.content,
      markdownLine: source.slice(0, before).split("\n").length,
      lineOf: done ? lineFinder(done.document, done.lines) : () => undefined,
    };
  } catch (error) {
    if (error instanceof FrontMatterProblem) {
      problems.push(error.problem);
      return null;
    }
    throw error;
  }
}
