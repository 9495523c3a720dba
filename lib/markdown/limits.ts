/**
 * Bounds on a Markdown text that keep parsing it cheap, checked line by line in one pass before
 * any parser sees the text. micromark (under remark-parse) recurses once per nested container,
 * so about 1,000 nested lists or quotes overflow the stack, and nested lists by indentation
 * grow worse than quadratically; inside one paragraph, many unclosed `[`, `]`, `*` or `_` make it
 * quadratic. No editor's text comes near these bounds (the deepest real list has 3 levels).
 */
export const MARKDOWN_LIMITS = {
  /** Lists and block quotes inside each other. */
  nesting: 32,
  /** Each of * _ [ ] ` ~ in one paragraph (a list item, heading or table row is its own). */
  delimitersPerParagraph: 500,
} as const;

export type MarkdownLimitIssue =
  | { kind: "nesting"; line: number; depth: number }
  | { kind: "delimiters"; line: number; character: string; count: number };

const DELIMITERS = "*_[]`~";

interface LinePrefix {
  /** Containers opened on this line (`>`, `-`, `*`, `+`, `1.`), plus levels of indentation. */
  depth: number;
  /** Whether a list marker starts this line (a new list item, so a new paragraph). */
  item: boolean;
  /** Where the line's content starts, after its container markers. */
  rest: number;
}

function linePrefix(line: string): LinePrefix {
  let depth = 0;
  let columns = 0;
  let item = false;
  let index = 0;
  for (;;) {
    while (line[index] === " " || line[index] === "\t") {
      columns += line[index] === "\t" ? 4 - (columns % 4) : 1;
      index++;
    }
    const char = line[index];
    const after = (at: number) => at >= line.length || line[at] === " " || line[at] === "\t";
    // The one space after a marker belongs to it; more is indentation, and counts.
    const marker = (end: number) => {
      depth++;
      index = end;
      if (line[index] === " ") index++;
    };
    if (char === ">") {
      marker(index + 1);
      continue;
    }
    if ((char === "-" || char === "*" || char === "+") && after(index + 1)) {
      item = true;
      marker(index + 1);
      continue;
    }
    let digits = index;
    while (
      digits < line.length &&
      digits - index < 10 &&
      line[digits]! >= "0" &&
      line[digits]! <= "9"
    )
      digits++;
    if (digits > index && (line[digits] === "." || line[digits] === ")") && after(digits + 1)) {
      item = true;
      marker(digits + 1);
      continue;
    }
    break;
  }
  // A nested list level needs at least two columns of indentation.
  return { depth: depth + Math.floor(columns / 2), item, rest: index };
}

/** A line of one character repeated (a rule `***`, an underline `===`), with spaces. */
function isRuleLine(text: string): boolean {
  const trimmed = text.replace(/[ \t]+/g, "");
  if (trimmed.length < 3) return false;
  for (const char of trimmed) if (char !== trimmed[0]) return false;
  return true;
}

/** A fence that opens or closes a code block (```, ~~~), if the line's content is one. */
function fenceOf(content: string): { char: string; length: number; info: string } | null {
  const trimmed = content.trimStart();
  const char = trimmed[0];
  if (char !== "`" && char !== "~") return null;
  let length = 0;
  while (trimmed[length] === char) length++;
  if (length < 3) return null;
  return { char, length, info: trimmed.slice(length).trim() };
}

/**
 * The first place a Markdown text goes past a limit, or null. Linear in the text's length;
 * it over-counts rather than under-counts, so a text it passes is cheap to parse.
 */
export function markdownLimitIssue(markdown: string): MarkdownLimitIssue | null {
  const lines = markdown.split("\n");
  let fence: { char: string; length: number } | null = null;
  let counts = new Map<string, number>();
  let paragraphLine = 1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const number = index + 1;
    const prefix = linePrefix(line);
    const content = line.slice(prefix.rest);
    const found = fenceOf(content);
    if (fence) {
      if (found && found.char === fence.char && found.length >= fence.length && !found.info)
        fence = null;
      continue;
    }
    if (prefix.depth > MARKDOWN_LIMITS.nesting)
      return { kind: "nesting", line: number, depth: prefix.depth };
    if (found) {
      fence = found;
      counts = new Map();
      continue;
    }
    const blank = content.trim() === "";
    const trimmedContent = content.trimStart();
    if (blank || prefix.item || trimmedContent.startsWith("#") || trimmedContent.startsWith("|")) {
      counts = new Map();
      paragraphLine = blank ? number + 1 : number;
    }
    if (blank || isRuleLine(content)) continue;
    for (let at = 0; at < content.length; at++) {
      const char = content[at]!;
      if (char === "\\") {
        at++;
        continue;
      }
      if (!DELIMITERS.includes(char)) continue;
      const count = (counts.get(char) ?? 0) + 1;
      counts.set(char, count);
      if (count > MARKDOWN_LIMITS.delimitersPerParagraph)
        return { kind: "delimiters", line: paragraphLine, character: char, count };
    }
  }
  return null;
}
