/**
 * The one iCalendar writer (RFC 5545): every property of every feed, calendar-level ones such as
 * NAME and X-WR-CALNAME included, is written here from a typed value, so no text can end a
 * content line and start a property of its own. Text is cleaned (no control or bidirectional
 * formatting character survives), escaped (§3.3.11) and folded at 75 octets without splitting a
 * UTF-8 sequence (§3.1). URIs are percent-encoded where they are not plain ASCII (§3.3.13).
 * https://www.rfc-editor.org/rfc/rfc5545
 */

/** A property value and the type that says how it is written. */
export type IcsValue =
  | { text: string }
  | { uri: string }
  /** An instant, written in UTC (§3.3.5, form 2). */
  | { dateTime: Date }
  | { integer: number }
  /** A length of time in whole seconds (§3.3.6). */
  | { duration: number }
  /** A fixed word from the RFC (STATUS:CONFIRMED, VERSION:2.0), never editor input. */
  | { word: string };

export interface IcsProperty {
  /** The name, with any parameters (`URL;VALUE=URI`): always a constant in the code. */
  name: string;
  value: IcsValue;
}

export interface IcsComponent {
  /** VCALENDAR, VEVENT, … */
  name: string;
  properties: readonly IcsProperty[];
  components?: readonly IcsComponent[];
}

const NAME = /^[A-Z][A-Z0-9-]*(?:;[A-Z][A-Z0-9-]*=[A-Z0-9-]+)*$/;
const WORD = /^[A-Za-z0-9.-]+$/;

/**
 * Line breaks as they are written (CR LF, CR, LF, NEL and the Unicode line and paragraph
 * separators): each becomes one newline, escaped as `\n`.
 */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/**
 * Characters that may not reach a feed: C0 and C1 controls and DEL (TEXT allows none but
 * HTAB, §3.3.11, and calendar programs show the rest as boxes or act on them), and the
 * bidirectional formatting characters, which can make a title read backwards (U+202E).
 */
const UNWANTED = /[^\P{Cc}\n]|\p{Bidi_Control}/gu;

/**
 * The text as a calendar program will show it: line breaks as `\n`, a tab as a space, lone
 * surrogates as U+FFFD, no control or bidirectional formatting character.
 */
export function cleanText(value: string): string {
  return value.toWellFormed().replace(LINE_BREAK, "\n").replace(/\t/g, " ").replace(UNWANTED, "");
}

/** TEXT as §3.3.11 writes it: backslash, semicolon, comma and newline escaped. */
export function escapeText(value: string): string {
  return cleanText(value).replace(/[\\;,\n]/g, (character) =>
    character === "\n" ? "\\n" : `\\${character}`,
  );
}

/**
 * A URI as it may stand in a content line: anything but printable ASCII (controls, spaces,
 * letters such as å) percent-encoded as UTF-8, so it can neither break the line nor be read
 * differently by another program.
 */
export function cleanUri(value: string): string {
  return value
    .toWellFormed()
    .replace(/[^\x21-\x7e]/gu, (character) => encodeURIComponent(character));
}

/** 2026-11-24T01:16:20.000Z → 20261124T011620Z */
function utc(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error("icalendar: invalid date");
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** 43200 → PT12H, 90 → PT1M30S (§3.3.6). */
function duration(seconds: number): string {
  if (!Number.isSafeInteger(seconds) || seconds < 0)
    throw new Error(`icalendar: invalid duration ${seconds}`);
  const [hours, minutes, rest] = [
    Math.floor(seconds / 3600),
    Math.floor((seconds % 3600) / 60),
    seconds % 60,
  ];
  const parts = `${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${rest ? `${rest}S` : ""}`;
  return `PT${parts || "0S"}`;
}

function written(value: IcsValue): string {
  if ("text" in value) return escapeText(value.text);
  if ("uri" in value) return cleanUri(value.uri);
  if ("dateTime" in value) return utc(value.dateTime);
  if ("duration" in value) return duration(value.duration);
  if ("integer" in value) {
    if (!Number.isSafeInteger(value.integer))
      throw new Error(`icalendar: invalid integer ${value.integer}`);
    return String(value.integer);
  }
  if (!WORD.test(value.word)) throw new Error(`icalendar: invalid word ${value.word}`);
  return value.word;
}

/**
 * A content line folded at 75 octets (§3.1): each further line starts with a space and holds
 * at most 74 octets more. A fold never falls inside a UTF-8 sequence, a surrogate pair or an
 * escape (`\,`), so even a program that unfolds carelessly reads the same text.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const [unit] of line.matchAll(/\\.|[\s\S]/gu)) {
    const size = Buffer.byteLength(unit, "utf8");
    if (octets + size > 75) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  lines.push(current);
  return lines.join("\r\n");
}

export function contentLine({ name, value }: IcsProperty): string {
  if (!NAME.test(name)) throw new Error(`icalendar: invalid property name ${name}`);
  return foldLine(`${name}:${written(value)}`);
}

function lines(component: IcsComponent): string[] {
  if (!NAME.test(component.name) || component.name.includes(";"))
    throw new Error(`icalendar: invalid component name ${component.name}`);
  return [
    `BEGIN:${component.name}`,
    ...component.properties.map(contentLine),
    ...(component.components ?? []).flatMap(lines),
    `END:${component.name}`,
  ];
}

/** The whole object; every content line ends in CR LF, the last one too (§3.1). */
export function writeIcs(calendar: IcsComponent): string {
  return `${lines(calendar).join("\r\n")}\r\n`;
}
