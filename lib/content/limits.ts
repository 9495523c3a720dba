import { MARKDOWN_LIMITS, markdownLimitIssue } from "../markdown/limits";
import { forbiddenCharacter, forbiddenMessage } from "./characters";
import type { Problem } from "./problems";
import { SLUG_PATTERN } from "./schemas";

/**
 * Bounds on one content file, checked before anything parses it, so that no file can make the
 * check crash or run for minutes. Each is far above what an editor writes (the largest real
 * file is under 2 kB, its longest line under 700 characters); content/README.md states them.
 */
export const LIMITS = {
  /** Bytes in one file: about 40 printed pages of text. */
  fileBytes: 100_000,
  /** Characters on one line (a paragraph is one line in many editors). */
  lineCharacters: 10_000,
  /** Lists or groups inside each other in front matter (the content needs three at most). */
  frontMatterNesting: 10,
  /**
   * Characters in a file name before `.md`: a meeting's name becomes a folder and an address
   * (`/moten/<namn>/kalender.ics`), which must stay well inside every file system's 255.
   */
  fileNameCharacters: 100,
  ...MARKDOWN_LIMITS,
} as const;

/** Formats a number the Swedish way, with spaces between thousands. */
export function swedishNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, " ");
}

export function tooLargeMessage(bytes: number): string {
  return `är ${swedishNumber(Math.ceil(bytes / 1000))} kB; en innehållsfil får vara högst ${LIMITS.fileBytes / 1000} kB. Dela upp texten på flera filer, eller lägg ett långt dokument som PDF i public/dokument/ och länka till det.`;
}

/** What is wrong with a content file's name (without `.md`), or null. */
export function fileNameProblem(slug: string): string | null {
  if (slug.length > LIMITS.fileNameCharacters)
    return `har ett filnamn på ${slug.length} tecken; högst ${LIMITS.fileNameCharacters} tecken före ".md" går att använda som adress. Korta namnet.`;
  if (!SLUG_PATTERN.test(slug))
    return `har ett filnamn som inte kan bli en adress. Använd små bokstäver a–z utan å, ä, ö, siffror och bindestreck, t.ex. "regionalt-ikt-natverk.md".`;
  return null;
}

const CONFLICT_START = /^<{7}(?: |$)/;
const CONFLICT_END = /^>{7}(?: |$)/;

/**
 * Problems with a whole file's text, before it is split or parsed: lines too long, and the
 * markers git leaves when two versions of a file could not be merged.
 */
export function textProblems(file: string, source: string): Problem[] {
  const problems: Problem[] = [];
  const lines = source.split("\n");
  const long = lines.findIndex((line) => line.length > LIMITS.lineCharacters);
  if (long >= 0)
    problems.push({
      file,
      line: long + 1,
      message: `har en rad på ${swedishNumber(lines[long]!.length)} tecken; högst ${swedishNumber(LIMITS.lineCharacters)} tecken per rad. Dela raden (en tom rad mellan två rader gör ett nytt stycke), eller korta värdet.`,
    });
  const conflict = lines.findIndex((line) => CONFLICT_START.test(line) || CONFLICT_END.test(line));
  if (conflict >= 0)
    problems.push({
      file,
      line: conflict + 1,
      message:
        'har rester av en sammanslagning i git som inte gick ihop (raderna "<<<<<<<", "=======" och ">>>>>>>"): två versioner av texten står kvar. Behåll den version som ska gälla, ta bort de tre markeringsraderna och spara.',
    });
  return problems;
}

/** At most this many lines with forbidden characters are listed per file. */
const LISTED = 10;

/**
 * Problems with the Markdown under the front matter, before it is parsed: control characters
 * and text-direction overrides, and the Markdown limits. `firstLine` is the file line it
 * starts on.
 */
export function markdownProblems(file: string, markdown: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  const lines = markdown.split("\n");
  let more = 0;
  lines.forEach((line, index) => {
    const found = forbiddenCharacter(line);
    if (!found) return;
    if (problems.length < LISTED)
      problems.push({
        file,
        line: firstLine + index,
        message: forbiddenMessage(found, "i texten"),
      });
    else more++;
  });
  if (more > 0)
    problems.push({
      file,
      message: `har osynliga styrtecken eller tecken som vänder läsriktningen på ${more} rader till. Sök efter dem i ett redigeringsprogram som visar osynliga tecken (i VS Code syns de markerade).`,
    });
  const issue = markdownLimitIssue(markdown);
  if (issue?.kind === "nesting")
    problems.push({
      file,
      line: firstLine + issue.line - 1,
      message: `har listor eller citat i ${issue.depth} nivåer inne i varandra (eller lika djupt indrag); högst ${LIMITS.nesting} nivåer. Minska indraget, eller dela upp listan.`,
    });
  if (issue?.kind === "delimiters")
    problems.push({
      file,
      line: firstLine + issue.line - 1,
      message: `har fler än ${LIMITS.delimitersPerParagraph} tecken "${issue.character}" i samma stycke, som börjar här; så många går inte att läsa som Markdown. Dela stycket med tomma rader, eller skriv \\${issue.character} för ett tecken som ska synas som det är.`,
    });
  return problems;
}

const isBlank = (char: string | undefined) => char === undefined || char === " " || char === "\t";

/** A quote starts quoted text only after one of these (or at the start of a line). */
const BEFORE_QUOTE = "\n:-[{,?";

/**
 * How many collections a front-matter line opens, roughly: each `: ` outside quoted text, and
 * each `- ` and `? ` at the start or after another indicator (`- - - x`, `a: b: c:`,
 * `'a': 'a':`, `? x: ? ?`). The YAML parser recurses into each; a few thousand in a row exhaust
 * its stack or its memory.
 */
function levelsOnLine(line: string): number {
  let depth = 0;
  let last = "\n";
  for (let at = 0; at < line.length; at++) {
    const char = line[at]!;
    if (char === " " || char === "\t") continue;
    if ((char === '"' || char === "'") && BEFORE_QUOTE.includes(last)) {
      for (at++; at < line.length && line[at] !== char; at++) if (line[at] === "\\") at++;
      last = char;
      continue;
    }
    if (char === "#" && (at === 0 || isBlank(line[at - 1]))) break;
    if (char === ":" && isBlank(line[at + 1])) depth++;
    else if ((char === "-" || char === "?") && BEFORE_QUOTE.includes(last) && isBlank(line[at + 1]))
      depth++;
    last = char;
  }
  return depth;
}

/**
 * How deep front matter nests, counted roughly on the raw text before the YAML parser sees it:
 * `[` and `{` (quoted text and comments skipped), and collections opened on one line. The
 * `yaml` package runs out of memory on about 100,000 unclosed brackets, and out of stack on a
 * few thousand `: ` in a row. Returns the first line that goes too deep, or null. Counting too
 * much is safe; too little is not.
 */
export function frontMatterTooDeep(text: string): number | null {
  const lines = text.split("\n");
  const chained = lines.findIndex((line) => levelsOnLine(line) > LIMITS.frontMatterNesting);
  const bracketed = bracketsTooDeep(text);
  if (chained < 0) return bracketed;
  return bracketed === null ? chained + 1 : Math.min(chained + 1, bracketed);
}

function bracketsTooDeep(text: string): number | null {
  let depth = 0;
  let line = 1;
  let quote: string | null = null;
  // The last character that was not a space: a quote starts quoted text only after these.
  let last = "\n";
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === "\n") {
      // Quoted text is taken to end with its line: counting too much is safe, too little not.
      line++;
      quote = null;
      last = char;
      continue;
    }
    if (quote) {
      if (char === quote) quote = null;
      else if (char === "\\" && quote === '"') index++;
      continue;
    }
    const previous = last;
    if (char !== " " && char !== "\t") last = char;
    if ((char === '"' || char === "'") && BEFORE_QUOTE.includes(previous)) quote = char;
    else if (char === "#" && (index === 0 || /\s/.test(text[index - 1]!))) {
      while (index + 1 < text.length && text[index + 1] !== "\n") index++;
    } else if (char === "[" || char === "{") {
      depth++;
      if (depth > LIMITS.frontMatterNesting) return line;
    } else if (char === "]" || char === "}") depth = Math.max(0, depth - 1);
  }
  return null;
}
