import { z } from "zod";
import type { FieldMeta } from "./schemas";

/**
 * Problems in content, reported to editors in Swedish: one line each, naming the file, the line
 * where known, the field, what is wrong and what to write instead.
 */
export interface Problem {
  /** Path from the project root, e.g. `content/moten/2018-01-26-ledningsgruppen.md`. */
  file: string;
  line?: number;
  /** Dotted path of the field, e.g. `members[2].person`. */
  field?: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const what = problem.field ? `fältet "${problem.field}" ${problem.message}` : problem.message;
  return `${where}: ${what}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map(formatProblem);
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problem`;
  return `Innehållet har ${count}:\n${lines.join("\n")}`;
}

/** Thrown when content is read with problems, so that nothing broken is built. */
export class ContentError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
  }
}

/** Edit distance, for "menade du …?" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(
        above + 1,
        previous[j - 1]! + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** Swedish words editors may type for English field names. */
const SWEDISH_SYNONYMS: Record<string, string> = {
  titel: "title",
  rubrik: "title",
  beskrivning: "description",
  uppdaterad: "updated",
  namn: "name",
  epost: "email",
  "e-post": "email",
  mejl: "email",
  organization: "organisation",
  sammanfattning: "summary",
  syfte: "purposes",
  syften: "purposes",
  purpose: "purposes",
  deltagare: "participants",
  kontakt: "contact",
  lan: "county",
  län: "county",
  slag: "kind",
  typ: "kind",
  type: "kind",
  roll: "role",
  representerar: "represents",
  datum: "date",
  plats: "place",
  fil: "file",
  utkast: "draft",
  medlemmar: "members",
  ledamoter: "members",
  ledamöter: "members",
  organ: "body",
};

/** Characters that take no room on screen, often pasted from Word or a web page. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/g;

/**
 * When a value holds characters that cannot be seen, "menade du X?" would suggest an X that
 * looks exactly like what was typed: say what is there instead.
 */
export function invisibleHint(text: string): string {
  const found = [...new Set(text.match(INVISIBLE) ?? [])];
  if (found.length === 0) return "";
  const codes = found.map(
    (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
  );
  return ` Texten innehåller ${found.length === 1 ? "ett osynligt tecken" : "osynliga tecken"} (${codes.join(", ")}), ofta från inklistrad text: radera ordet och skriv det igen för hand.`;
}

const NO_BREAK_SPACE = /[\u00A0\u2007\u202F]/;
const TYPOGRAPHIC_QUOTES = /^[“”„‘’‚«»]|[“”‘’«»]$/;

/**
 * What pasted text (from Word or a web page) brought into a value, when that is why it is
 * refused: characters that cannot be seen, a no-break space, or typographic quotes.
 */
export function pastedTextHint(text: string): string {
  const invisible = invisibleHint(text);
  if (invisible) return invisible;
  if (NO_BREAK_SPACE.test(text))
    return " Texten innehåller ett hårt mellanslag (ofta från Word eller en webbsida), som ser ut som ett vanligt men inte är det: radera mellanslagen och skriv dem igen.";
  if (TYPOGRAPHIC_QUOTES.test(text.trim()))
    return ' Citattecknen är typografiska (” ” eller ‘ ’, ofta från Word): skriv raka citattecken (") i stället.';
  return "";
}

/** A suggestion for a mistyped value: what pasted text brought if anything, else "menade du …?". */
export function suggestion(input: string, candidates: readonly string[], capital = true): string {
  const hint = pastedTextHint(input);
  if (hint) return hint;
  const guess = closest(input, candidates);
  return guess ? ` ${capital ? "Menade" : "menade"} du "${guess}"?` : "";
}

/** The closest of `candidates` to `input`, when it is close enough to be a likely typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  const synonym = SWEDISH_SYNONYMS[lower];
  if (synonym && candidates.includes(synonym)) return synonym;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(lower.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

type AnySchema = z.core.$ZodType;

/** The wrapped schema inside optional, default and pipe (transform) wrappers, or null. */
function unwrapOnce(schema: AnySchema): AnySchema | null {
  const def: z.core.$ZodTypeDef = schema._zod.def;
  if (def.type === "optional" || def.type === "default" || def.type === "nullable") {
    return (def as z.core.$ZodOptionalDef).innerType;
  }
  // A transform is a pipe whose input side holds the shape an editor writes.
  if (def.type === "pipe") return (def as z.core.$ZodPipeDef).in;
  return null;
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let inner = unwrapOnce(current); inner; inner = unwrapOnce(current)) current = inner;
  return current;
}

/** The schema that describes the value at `path`, when the path leads to one. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    const def: z.core.$ZodTypeDef = unwrap(current)._zod.def;
    if (def.type === "object") {
      current = (def as z.core.$ZodObjectDef).shape[String(key)];
    } else if (def.type === "array") {
      current = (def as z.core.$ZodArrayDef).element;
    } else {
      return undefined;
    }
    if (!current) return undefined;
  }
  return current;
}

/** Field names an object schema at `path` allows. */
export function knownKeys(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const target = schemaAt(schema, path);
  if (!target) return [];
  const def: z.core.$ZodTypeDef = unwrap(target)._zod.def;
  return def.type === "object" ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

/** Editor help attached to the field at `path` (on the field or any wrapper inside it). */
export function fieldMeta(schema: AnySchema, path: readonly PropertyKey[]): FieldMeta | undefined {
  for (let current = schemaAt(schema, path); current; current = unwrapOnce(current) ?? undefined) {
    const meta = z.globalRegistry.get(current);
    if (meta && typeof meta.description === "string" && typeof meta.example === "string") {
      return {
        label: typeof meta.label === "string" ? meta.label : "",
        description: meta.description,
        example: meta.example,
        ...(typeof meta.type === "string" ? { type: meta.type } : {}),
        ...(typeof meta.required === "string" ? { required: meta.required } : {}),
        ...(meta.format === "date" || meta.format === "time" || meta.format === "file"
          ? { format: meta.format }
          : {}),
        ...(meta.refers === "people" || meta.refers === "documents" || meta.refers === "networks"
          ? { refers: meta.refers }
          : {}),
      };
    }
  }
  return undefined;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === "number" ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`,
    )
    .join("");
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "ett tal",
  boolean: "true eller false",
  array: 'en lista (en rad per värde som börjar med "- ")',
  object: "en grupp av fält",
};

function describeValue(value: unknown): string {
  if (value === null) return "tomt";
  if (Array.isArray(value)) return "en lista";
  if (typeof value === "object") return "en grupp av fält";
  if (typeof value === "string") return `texten "${value}"`;
  return `${typeof value === "number" ? "talet" : "värdet"} ${String(value)}`;
}

/** What to say of a field name the schema does not know: an invisible character, or a guess. */
function unknownKeyHint(key: string, known: readonly string[]): string {
  const invisible = invisibleHint(key);
  if (invisible) return invisible.trim();
  const guess = closest(key, known);
  return guess
    ? `menade du "${guess}"?`
    : `tillåtna fält här: ${known.map((name) => `"${name}"`).join(", ")}.`;
}

/** A value of the wrong type: what it should be, and what it is. */
function wrongTypeMessage(expected: string, input: unknown): string {
  // "– punkt" or "• punkt" from Word looks like a list, but only "- " makes one in YAML.
  const dash =
    expected === "array" && typeof input === "string" && /^[–—•·]/.test(input.trim())
      ? ' Listrader börjar med bindestreck och mellanslag ("- "), inte med tankstreck (–) eller punkt (•).'
      : "";
  return `ska vara ${EXPECTED[expected] ?? expected}, men är ${describeValue(input)}.${dash}`;
}

/**
 * Turns one zod issue into problems for editors. Unknown keys become one problem per key,
 * each with the nearest known key as a suggestion.
 */
export function problemsFromIssue(
  issue: z.core.$ZodIssue,
  schema: AnySchema,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  const path = issue.path;
  const at = (fieldPathKeys: readonly PropertyKey[], message: string): Problem => ({
    file,
    line: lineOf(fieldPathKeys),
    field: fieldPathKeys.length ? fieldPath(fieldPathKeys) : undefined,
    message,
  });
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeys(schema, path);
      return issue.keys.map((key) =>
        at([...path, key], `är okänt — ${unknownKeyHint(key, known)}`),
      );
    }
    case "invalid_type": {
      const meta = fieldMeta(schema, path);
      const example = meta ? ` Exempel: ${String(path[path.length - 1])}: ${meta.example}` : "";
      if (issue.input === undefined) return [at(path, `saknas. Lägg till det.${example}`)];
      return [at(path, `${wrongTypeMessage(issue.expected, issue.input)}${example}`)];
    }
    case "invalid_value": {
      const allowed = issue.values.map((value) => `"${String(value)}"`).join(", ");
      const hint =
        typeof issue.input === "string"
          ? suggestion(
              issue.input,
              issue.values.map((value) => String(value)),
            )
          : "";
      return [
        at(
          path,
          `har värdet "${String(issue.input)}", som inte är tillåtet.${hint} Skriv ett av: ${allowed}.`,
        ),
      ];
    }
    case "invalid_union": {
      const meta = fieldMeta(schema, path);
      return [at(path, `har fel form.${meta ? ` Exempel: ${meta.example}` : ""}`)];
    }
    default: {
      // Our own refinements carry Swedish messages already (see schemas.ts).
      const input: unknown = "input" in issue ? issue.input : undefined;
      return [
        at(path, `${issue.message}${typeof input === "string" ? pastedTextHint(input) : ""}`),
      ];
    }
  }
}
