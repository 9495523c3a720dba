import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type YAMLError,
  type YAMLMap,
  type YAMLWarning,
} from "yaml";
import { forbiddenCharacter, forbiddenMessage } from "./characters";
import { fileSystemMessage, NOT_REGULAR } from "./files";
import {
  frontMatterTooDeep,
  LIMITS,
  markdownProblems,
  textProblems,
  tooLargeMessage,
} from "./limits";
import { fieldPath, type Problem } from "./problems";

/**
 * Reads one content file: its bytes as UTF-8 (anything else is refused with a way to fix it),
 * its front matter as YAML (with positions, and every error an editor can cause in Swedish),
 * and its Markdown. The text is normalised once, here, so that every file an editor's program
 * can save reads the same: a byte-order mark is dropped, Windows (CRLF) and old Mac (CR) line
 * endings become line feeds, and Unicode becomes NFC, so "å" typed as one character and as "a"
 * plus a ring compare equal everywhere after this.
 *
 * Nothing an editor's file holds may crash or hang the check: the file's size, its lines and
 * its nesting are bounded before anything parses it (see limits.ts), YAML aliases, anchors and
 * tags are refused, and any error left becomes a Swedish problem naming the file.
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
  return text.split("\n")[line - 1] ?? "";
}

const isSpace = (char: string | undefined) => char === " " || char === "\t";

/**
 * "title: RUN: en introduktion" → `title: "RUN: en introduktion"`, for the hint to add quotes.
 * Read by hand in one pass: a regular expression for this backtracks quadratically on a long
 * line of spaces.
 */
export function quotedSuggestion(line: string): string | null {
  let at = 0;
  while (isSpace(line[at])) at++;
  if (line[at] === "-" && isSpace(line[at + 1])) {
    at++;
    while (isSpace(line[at])) at++;
  }
  const keyStart = at;
  if (at >= line.length || isSpace(line[at]) || line[at] === ":" || line[at] === "#") return null;
  while (at < line.length && line[at] !== ":" && line[at] !== "#") at++;
  if (line[at] !== ":" || !isSpace(line[at + 1])) return null;
  const key = line.slice(keyStart, at).trimEnd();
  const value = line.slice(at + 1).trim();
  if (value === "" || value.startsWith('"') || value.startsWith("'")) return null;
  if (!value.includes(": ") && !SPECIAL_START.test(value) && !/\s#/.test(value)) return null;
  return `${key}: "${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
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
  RESOURCE_EXHAUSTION: "listor eller grupper inom [ ] eller { } står för djupt inne i varandra",
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
  // A control character is often what the parser stumbled on: name it rather than the syntax.
  const control = forbiddenCharacter(here);
  if (control) return { file, line, message: forbiddenMessage(control, "på raden") };
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
  readonly problems: Problem[];
  constructor(...problems: Problem[]) {
    super(problems[0]?.message);
    this.problems = problems;
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

/** How a YAML tag reads in a message: `tag:yaml.org,2002:binary` → `!!binary`. */
const shortTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, "!!");

/** At most this many problems are listed from one file's front matter. */
const LISTED = 10;

/** A node of the YAML document and where it sits in the data (for the field in a message). */
interface Located {
  node: unknown;
  path: readonly PropertyKey[];
}

/** Reports a problem at a node: its line, its field. */
type Report = (node: unknown, path: readonly PropertyKey[], message: string) => void;

/** The first character of a node in the file, for ordering. */
const startOf = (node: unknown) =>
  (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node) ? node.range?.[0] : 0) ?? 0;

/** A group's values to look at next; a key that is no plain name is reported instead. */
function pairValues(
  node: YAMLMap,
  path: readonly PropertyKey[],
  at: Report,
  properties: (node: unknown, path: readonly PropertyKey[]) => void,
): Located[] {
  const values: Located[] = [];
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const key: unknown = pair.key;
    if (!isScalar(key) || (typeof key.value !== "string" && typeof key.value !== "number")) {
      at(
        key,
        path,
        'har ett fältnamn som är en lista, en grupp, en hänvisning eller tomt. Ett fältnamn är ett ord följt av kolon, t.ex. "title: Om RUN".',
      );
      continue;
    }
    properties(key, path);
    const found = forbiddenCharacter(String(key.value));
    if (found) at(key, path, forbiddenMessage(found, "i ett fältnamn"));
    else values.push({ node: pair.value, path: [...path, key.value] });
  }
  return values;
}

/** Anchors and aliases are one mistake however often they occur: one problem, at the first. */
function reportReferences(references: (Located & { name: string })[], at: Report): void {
  if (references.length === 0) return;
  const sorted = [...references].sort((a, b) => startOf(a.node) - startOf(b.node));
  const first = sorted[0]!;
  const names = [...new Set(sorted.map((reference) => reference.name))];
  const listed = names.slice(0, 5).join(", ") + (names.length > 5 ? " …" : "");
  at(
    first.node,
    first.path,
    `använder YAML-ankare och -hänvisningar (${listed}), som inte tillåts här: de kan få en fil på några rader att växa till miljontals värden. Skriv ut varje värde för sig, och sätt text som ska börja med & eller * inom citattecken.`,
  );
}

/**
 * What YAML can do that content never needs, refused before the document becomes data:
 * aliases and anchors (`&a`, `*a`: an "alias bomb" of a few lines grows into gigabytes),
 * explicit tags (`!!binary`), keys that are lists or groups, nesting deeper than the limit, and
 * control characters in any key or value, escaped ones (`"\0"`) included. An explicit stack,
 * not recursion, so no depth overflows it.
 */
function structureProblems(file: string, document: Document, lines: LineCounter): Problem[] {
  const problems: Problem[] = [];
  const at: Report = (node, path, message) => {
    const range =
      isScalar(node) || isMap(node) || isSeq(node) || isAlias(node) ? node.range : undefined;
    problems.push({
      file,
      line: range ? lines.linePos(range[0]).line : undefined,
      field: path.length > 0 ? fieldPath(path) : undefined,
      message,
    });
  };
  const references: (Located & { name: string })[] = [];
  const properties = (node: unknown, path: readonly PropertyKey[]) => {
    if (!(isScalar(node) || isMap(node) || isSeq(node))) return;
    if (node.anchor) references.push({ node, path, name: `&${node.anchor}` });
    if (node.tag)
      at(
        node,
        path,
        `har YAML-taggen "${shortTag(node.tag)}", som inte tillåts här. Ta bort taggen, och sätt text som ska börja med ! inom citattecken.`,
      );
  };
  const stack: Located[] = [{ node: document.contents, path: [] }];
  while (stack.length > 0 && problems.length < LISTED) {
    const { node, path } = stack.pop()!;
    if (isAlias(node)) {
      references.push({ node, path, name: `*${node.source}` });
      continue;
    }
    properties(node, path);
    if (path.length > LIMITS.frontMatterNesting) {
      at(
        node,
        path,
        `står mer än ${LIMITS.frontMatterNesting} nivåer inne i andra listor och grupper. Innehållet behöver högst tre: kontrollera indraget.`,
      );
    } else if (isScalar(node)) {
      const found = typeof node.value === "string" ? forbiddenCharacter(node.value) : null;
      if (found) at(node, path, forbiddenMessage(found, "i värdet"));
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => stack.push({ node: item, path: [...path, index] }));
    } else if (isMap(node)) {
      stack.push(...pairValues(node, path, at, properties));
    }
  }
  reportReferences(references, at);
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

const BAD_UTF8 =
  'är inte sparad som UTF-8, så å, ä och ö skulle visas fel. Spara filen med teckenkodningen "UTF-8" (i Anteckningar: Arkiv → Spara som → Kodning: UTF-8; i VS Code: klicka på kodningen nederst till höger → Save with Encoding → UTF-8) och försök igen.';

const BINARY =
  "är ingen textfil: den innehåller data som en bild, en PDF eller ett Word-dokument. En innehållsfil är text (Markdown). Lägg andra filer i public/ och länka till dem, eller klistra in texten i en ny .md-fil.";

/** File signatures of things that are not text: PDF, PNG, JPEG, GIF, ZIP (Word, Excel). */
const BINARY_STARTS = ["%PDF", "\x89PNG", "\xFF\xD8\xFF", "GIF8", "PK\x03\x04"].map((start) =>
  Buffer.from(start, "latin1"),
);

/** UTF-16 without a byte-order mark: a zero byte beside every Latin letter. */
function looksLikeUtf16(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 4096);
  const zeros = [0, 0];
  sample.forEach((byte, index) => {
    if (byte === 0) zeros[index % 2]!++;
  });
  const half = sample.length / 2;
  return half >= 1 && Math.max(...zeros) >= half * 0.4 && Math.min(...zeros) <= half * 0.05;
}

/**
 * The text of a file, or a problem if its bytes are not UTF-8 text (Latin-1, Windows-1252,
 * UTF-16, or not text at all). A zero byte in otherwise good UTF-8 is left to the check for
 * control characters, which says on which line and in which field it is.
 */
function decode(file: string, bytes: Buffer): string | Problem {
  if (bytes[0] === 0xff || bytes[0] === 0xfe || looksLikeUtf16(bytes))
    return { file, line: 1, message: BAD_UTF8 };
  if (BINARY_STARTS.some((start) => bytes.subarray(0, start.length).equals(start)))
    return { file, message: BINARY };
  // Text has no zero bytes; a typo's one is left to the check for control characters.
  const zeros = bytes.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  if (zeros > bytes.length / 10) return { file, message: BINARY };
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    if (bytes.includes(0)) return { file, message: BINARY };
    const loose = new TextDecoder("utf-8").decode(bytes);
    const line = loose.slice(0, loose.indexOf("\uFFFD")).split("\n").length;
    return { file, line, message: BAD_UTF8 };
  }
}

/**
 * The one normalisation of a file's text, done where it is read: no byte-order mark, line feeds
 * only (CRLF from Windows and a lone CR from old Mac programs both become LF), Unicode NFC.
 * After this no value, line number or Markdown depends on the program that saved the file.
 */
export function normaliseText(decoded: string): string {
  return decoded
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
}

/**
 * A regular file's bytes, at most the size limit plus one, or a problem. Opened without
 * following a link and without waiting on a named pipe, in case the folder changed after it
 * was listed (files.ts reads only regular files).
 */
function readBytes(file: string, absolute: string): Buffer | Problem {
  let descriptor: number | undefined;
  try {
    const flags =
      fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
    descriptor = fs.openSync(absolute, flags);
    const stat = fs.fstatSync(descriptor);
    if (!stat.isFile()) return { file, message: NOT_REGULAR };
    if (stat.size > LIMITS.fileBytes) return { file, message: tooLargeMessage(stat.size) };
    const buffer = Buffer.alloc(LIMITS.fileBytes + 1);
    let length = 0;
    for (;;) {
      const read = fs.readSync(descriptor, buffer, length, buffer.length - length, null);
      length += read;
      if (read === 0 || length === buffer.length) break;
    }
    // The file grew after it was measured.
    if (length > LIMITS.fileBytes) return { file, message: tooLargeMessage(length) };
    return buffer.subarray(0, length);
  } catch (error) {
    return { file, message: fileSystemMessage(error) };
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

/** For an error no check foresaw: named in Swedish, with the technical text for a developer. */
function unexpectedProblem(file: string, error: unknown): Problem {
  const technical = (error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, " ")
    .slice(0, 200);
  return {
    file,
    message: `kunde inte läsas: kontrollen stötte på ett fel den inte känner igen (${technical}). Kontrollera att filen är en vanlig textfil med front matter och Markdown; hjälper inte det, visa meddelandet för webbplatsens utvecklare.`,
  };
}

/** Reads one file; on a problem, records it (or them) and returns null. */
export function readContentFile(
  root: string,
  absolute: string,
  problems: Problem[],
): RawFile | null {
  const file = path.relative(root, absolute).split(path.sep).join("/");
  try {
    const result = readChecked(file, absolute);
    if (Array.isArray(result)) {
      problems.push(...result);
      return null;
    }
    return result;
  } catch (error) {
    problems.push(
      ...(error instanceof FrontMatterProblem ? error.problems : [unexpectedProblem(file, error)]),
    );
    return null;
  }
}

/** The first line must be "---" alone: front matter in YAML, and nothing else. */
function openingProblem(file: string, source: string): Problem | null {
  const opening = /^---([^\n]*)/.exec(source);
  if (!opening)
    return {
      file,
      line: 1,
      message: 'saknar front matter. Filen ska börja med en rad "---", fälten, och en rad "---".',
    };
  if (opening[1]!.trim() !== "")
    return {
      file,
      line: 1,
      message: `börjar med "---${opening[1]!.trim()}". Front matter skrivs bara i YAML: första raden ska vara enbart "---".`,
    };
  return null;
}

interface Parsed {
  document: Document;
  lines: LineCounter;
}

/**
 * The YAML engine gray-matter runs on the front matter: refuses what content never needs
 * (structureProblems), in Swedish, and hands the parsed document to `parsed` for line numbers.
 * gray-matter hands over the text after the opening "---", starting with its line break, so a
 * line here is the same line in the file.
 */
function yamlEngine(file: string, parsed: (result: Parsed) => void) {
  return (text: string): object => {
    const deep = frontMatterTooDeep(text);
    if (deep !== null)
      throw new FrontMatterProblem({
        file,
        line: deep,
        message: `har front matter med mer än ${LIMITS.frontMatterNesting} nivåer av listor och grupper inne i varandra. Skriv ett fält per rad som "namn: värde" och listor som rader som börjar med "- ", och sätt text med ": ", [ eller { inom citattecken.`,
      });
    const lines = new LineCounter();
    const document = parseDocument(text, {
      lineCounter: lines,
      uniqueKeys: true,
      prettyErrors: false,
    });
    const first = document.errors[0] ?? document.warnings[0];
    if (first) throw new FrontMatterProblem(yamlProblem(file, text, first, lines));
    const structure = structureProblems(file, document, lines);
    if (structure.length > 0) throw new FrontMatterProblem(...structure);
    parsed({ document, lines });
    return (document.toJS() ?? {}) as object;
  };
}

function readChecked(file: string, absolute: string): RawFile | Problem[] {
  const bytes = readBytes(file, absolute);
  if (!Buffer.isBuffer(bytes)) return [bytes];
  const decoded = decode(file, bytes);
  if (typeof decoded !== "string") return [decoded];
  const source = normaliseText(decoded);
  const whole = textProblems(file, source);
  if (whole.length > 0) return whole;
  const opening = openingProblem(file, source);
  if (opening) return [opening];
  let done: Parsed | null = null;
  const result = matter(source, {
    language: "yaml",
    engines: {
      yaml: yamlEngine(file, (parsed) => (done = parsed)),
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
  const markdownLine = source.slice(0, before).split("\n").length;
  const body = markdownProblems(file, result.content, markdownLine);
  if (body.length > 0) return body;
  const found = done as Parsed | null;
  return {
    file,
    slug: path.basename(absolute, ".md"),
    data: result.data,
    markdown: result.content,
    markdownLine,
    lineOf: found ? lineFinder(found.document, found.lines) : () => undefined,
  };
}

function refuseEngine(language: string) {
  return () => {
    throw new Error(`front matter på "${language}" tillåts inte`);
  };
}
