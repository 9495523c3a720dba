import { z } from "zod";
import { KINDS, SINGLE_FILES } from "./kinds";
import { fieldMeta, knownKeys, schemaAt } from "./problems";

/**
 * The field tables of the editor guide (content/README.md), made from the schemas: each
 * field's description and example are written once, in schemas.ts, and the guide shows them.
 * `npm run guide` writes the tables between their markers; a unit test fails when the guide
 * is stale.
 */

type AnySchema = z.core.$ZodType;

/** Whether an editor may leave the field out (it is optional or has a default). */
export function isOptional(schema: AnySchema): boolean {
  for (let current: AnySchema | undefined = schema; current;) {
    const def: z.core.$ZodTypeDef = current._zod.def;
    if (def.type === "optional" || def.type === "default") return true;
    current = def.type === "pipe" ? (def as z.core.$ZodPipeDef).in : undefined;
  }
  return false;
}

/** The shape an editor writes: the field without optional, default and transforms around it. */
export function written(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def: z.core.$ZodTypeDef = current._zod.def;
    if (def.type === "optional" || def.type === "default")
      current = (def as z.core.$ZodOptionalDef).innerType;
    else if (def.type === "pipe") current = (def as z.core.$ZodPipeDef).in;
    else return current;
  }
}

/** The type column from the schema where the field's help does not give one. */
function typeOf(schema: AnySchema): string {
  const def = written(schema)._zod.def;
  if (def.type === "enum") {
    const values = Object.values((def as z.core.$ZodEnumDef).entries).map(
      (value) => `\`${String(value)}\``,
    );
    return values.length > 1
      ? `${values.slice(0, -1).join(", ")} eller ${values.at(-1)}`
      : values.join("");
  }
  if (def.type === "boolean") return "`true` eller `false`";
  if (def.type === "number") return "tal";
  return "text";
}

/** One row per field at `path` of `schema` (`members[0]` for the group's entries). */
function rows(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  return knownKeys(schema, path).map((key) => {
    const at = [...path, key];
    const field = schemaAt(schema, at)!;
    const meta = fieldMeta(schema, at);
    const type = meta?.type ?? typeOf(field);
    const required = meta?.required ?? (isOptional(field) ? "nej" : "ja");
    const example = meta?.example ?? "";
    const shown = example.startsWith("- ")
      ? "se exemplet nedan"
      : `\`${key}: ${type === "tid" ? `"${example}"` : example}\``;
    return `| \`${key}\` | ${required} | ${type} | ${meta?.description ?? ""} | ${shown} |`;
  });
}

const HEADER = [
  "| fält | krävs | typ | beskrivning | exempel |",
  "| --- | --- | --- | --- | --- |",
];

/** Every table the guide has, by the name its markers use. */
export function guideTables(): Record<string, string> {
  const tables: Record<string, string> = {};
  for (const [name, kind] of Object.entries(KINDS))
    tables[name] = [...HEADER, ...rows(kind.schema, [])].join("\n");
  for (const [name, single] of Object.entries(SINGLE_FILES)) {
    const nested = name === "leadership" ? rows(single.schema, ["members", 0]) : [];
    tables[name] = [...HEADER, ...rows(single.schema, []), ...nested].join("\n");
  }
  return tables;
}

const MARKER = /(<!-- fält: ([a-z]+) -->\n)[\s\S]*?(\n<!-- \/fält -->)/g;

/** The guide with every marked table rewritten from the schemas; unknown names are an error. */
export function withGuideTables(guide: string): string {
  const tables = guideTables();
  return guide.replace(MARKER, (_, open: string, name: string, close: string) => {
    const table = tables[name];
    if (!table) throw new Error(`content/README.md: no field table named "${name}"`);
    return `${open}${table}${close}`;
  });
}

/** The table names the guide has markers for. */
export function guideTableNames(guide: string): string[] {
  return [...guide.matchAll(MARKER)].map((match) => match[2]!);
}
