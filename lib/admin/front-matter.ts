import { parse, parseDocument, Scalar, stringify, visit } from "yaml";

/**
 * The file format the editing interface (/admin, Sveltia CMS) reads and writes: YAML front
 * matter and Markdown, written the way the guide (content/README.md) tells an editor to write
 * it, so that a file the interface saves looks like one written by hand and `npm run check`
 * reads it exactly as before:
 * - keys in the order the form lists them (the order of the schema), nothing added;
 * - times double-quoted (`start: "09:00"`), as the guide asks;
 * - other text plain, and in double quotes only where YAML needs them (`: `, a leading `[`,
 *   text that would read as a number such as `"2260"`);
 * - no blank line between the closing `---` and the text, one line break at the end.
 *
 * Sveltia's own front-matter format cannot do this: it stores the Markdown under the key
 * `body`, which a meeting's front matter already uses (who meets), writes times unquoted and
 * quotes with single quotes. Comments in front matter cannot be kept by any format a CMS
 * writes from form values (the form has no place for them), so the content files carry none;
 * the guide explains each field instead.
 */

/** The key the Markdown under the front matter goes by in the form; no schema has it. */
export const TEXT_KEY = "text";

const TIME = /^\d{2}:\d{2}$/;

export type Entry = Record<string, unknown>;

/** A file's front matter and text as the form's values. */
export function fromFile(source: string): Entry {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)([\s\S]*)$/.exec(source);
  if (!match) return { [TEXT_KEY]: source };
  const data: unknown = parse(match[1]!) ?? {};
  const entry: Entry = typeof data === "object" && !Array.isArray(data) ? { ...data } : {};
  const text = match[2]!.replace(/\n$/, "");
  if (text !== "") entry[TEXT_KEY] = text;
  return entry;
}

/**
 * Whether a value is empty in the form's sense: the field is left out of the file. An unticked
 * box (false) is empty too: every yes/no field's default is false (a unit test holds that), and
 * an editor who never ticks `draft` writes no `draft: false`.
 */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === "" || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value).every(isEmpty);
  return false;
}

/** The value without empty fields (a form sends every field it has, filled in or not). */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => !isEmpty(item)).map(withoutEmpty);
  if (value !== null && typeof value === "object") {
    const kept: Entry = {};
    for (const [key, item] of Object.entries(value))
      if (!isEmpty(item)) kept[key] = withoutEmpty(item);
    return kept;
  }
  return value;
}

/** The front matter as YAML in the guide's style (see the module comment). */
function frontMatter(data: Entry): string {
  const document = parseDocument(stringify(data));
  visit(document, {
    Scalar(key, node: Scalar) {
      if (key !== "value" && key !== null && typeof key !== "number") return;
      if (typeof node.value === "string" && TIME.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return document.toString({
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    defaultStringType: "PLAIN",
    defaultKeyType: "PLAIN",
    singleQuote: false,
  });
}

/**
 * Fields where the guide writes a year as a plain number (`period: 2018`). A form's text field
 * sends the typed "2018" as text, which YAML would have to quote; here it is a number, as an
 * editor writes it. Other digits stay text in quotes (`kommunkod: "2281"`, where a leading zero
 * counts).
 */
export const YEAR_FIELDS: readonly string[] = ["period"];

/** The file for the form's values: front matter, then the text. */
export function toFile(entry: Entry): string {
  const { [TEXT_KEY]: text, ...rest } = entry;
  const data = withoutEmpty(rest) as Entry;
  for (const key of YEAR_FIELDS) {
    const value = data[key];
    if (typeof value === "string" && /^[1-9]\d{3}$/.test(value)) data[key] = Number(value);
  }
  const body = typeof text === "string" ? text.replace(/\s+$/, "") : "";
  return `---\n${frontMatter(data)}---\n${body === "" ? "" : `${body}\n`}`;
}
