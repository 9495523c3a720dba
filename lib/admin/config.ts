import { stringify } from "yaml";
import { z } from "zod";
import { isOptional, written } from "../content/field-docs";
import { KINDS, SINGLE_FILES, type KindKey } from "../content/kinds";
import { fieldMeta, knownKeys, schemaAt } from "../content/problems";
import { SLUG_PATTERN } from "../content/schemas";
import { fixedBodies } from "../site";
import { BACKEND, FORMAT } from "./config-names";
import { TEXT_KEY } from "./front-matter";

/**
 * The editing interface's configuration (Sveltia CMS, /admin), made from the table of kinds and
 * the schemas with their Swedish help, as the guide's field tables are: a field added to a
 * schema is in the form without an edit here. `npm run cms-config` writes it to
 * public/admin/config.yml; a unit test fails when that file is stale.
 * https://sveltiacms.app/en/docs/config-basics
 */

type AnySchema = z.core.$ZodType;

/** A field's widget and its options, as Sveltia CMS reads them. */
interface Widget {
  widget: string;
  [option: string]: unknown;
}

/** One field of a form. */
export interface CmsField extends Widget {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

/** Where a document's file goes when it is uploaded, and the address it then has. */
const MEDIA = { media_folder: "public/dokument", public_folder: "/dokument" } as const;

const slugMessage = (example: string | undefined) =>
  `Skriv filnamnet utan .md: små bokstäver a–z, siffror och bindestreck${example ? `, t.ex. ${example}` : ""}.`;

/** The Markdown the site publishes (lib/markdown/): text, headings, lists, quotes and links. */
const TEXT_FIELD: CmsField = {
  name: TEXT_KEY,
  label: "Text",
  hint: "Sidans text under rubriken. Rubriker i texten börjar på nivå 2.",
  widget: "markdown",
  required: false,
  modes: ["rich_text", "raw"],
  buttons: [
    "bold",
    "italic",
    "link",
    "heading-two",
    "heading-three",
    "quote",
    "bulleted-list",
    "numbered-list",
  ],
  editor_components: [],
};

/** A regular expression a string field is checked against, with zod's message. */
function stringPattern(def: z.core.$ZodTypeDef): RegExp | undefined {
  for (const check of (def as z.core.$ZodStringDef).checks ?? []) {
    const checkDef = check._zod.def as { check?: string; format?: string; pattern?: RegExp };
    if (checkDef.check === "string_format" && checkDef.format === "regex") return checkDef.pattern;
  }
  return undefined;
}

/** The widget and its options for the field at `path` of `schema`. */
function widgetOf(schema: AnySchema, path: readonly PropertyKey[]): Widget {
  const field = schemaAt(schema, path)!;
  const meta = fieldMeta(schema, path);
  const shape = written(field);
  const def = shape._zod.def;
  if (meta?.format === "date")
    return {
      widget: "datetime",
      type: "date",
      format: "YYYY-MM-DD",
      date_format: "YYYY-MM-DD",
      time_format: false,
    };
  if (meta?.format === "time")
    return {
      widget: "datetime",
      type: "time",
      format: "HH:mm",
      date_format: false,
      time_format: "HH:mm",
    };
  if (meta?.format === "file") return { widget: "file", ...MEDIA };
  if (meta?.refers) {
    const kind = KINDS[meta.refers];
    return {
      widget: "relation",
      collection: meta.refers,
      value_field: "{{slug}}",
      search_fields: [kind.nameField],
      display_fields: [kind.nameField],
    };
  }
  if (def.type === "enum")
    return { widget: "select", options: Object.values((def as z.core.$ZodEnumDef).entries) };
  if (def.type === "boolean") return { widget: "boolean" };
  if (def.type === "number") {
    const number = shape instanceof z.ZodNumber ? shape : undefined;
    return {
      widget: "number",
      value_type: number?.isInt ? "int" : "float",
      ...(number?.minValue != null && Number.isFinite(number.minValue)
        ? { min: number.minValue }
        : {}),
      ...(number?.maxValue != null && Number.isFinite(number.maxValue)
        ? { max: number.maxValue }
        : {}),
    };
  }
  if (def.type === "array") {
    const keys = knownKeys(schema, [...path, 0]);
    if (keys.length > 0) return { widget: "list", fields: fieldsOf(schema, [...path, 0]) };
    return { widget: "list", field: { name: "item", label: meta?.label ?? "", widget: "string" } };
  }
  if (def.type === "string") {
    const format = (def as { format?: string }).format;
    if (format === "email") return { widget: "string", type: "email" };
    if (format === "url") return { widget: "string", type: "url" };
    const pattern = stringPattern(def);
    if (pattern?.source === SLUG_PATTERN.source)
      return { widget: "string", pattern: [pattern.source, slugMessage(meta?.example)] };
  }
  return { widget: "string" };
}

/** The form's fields for the object at `path` of `schema`, in the schema's order. */
export function fieldsOf(schema: AnySchema, path: readonly PropertyKey[] = []): CmsField[] {
  return knownKeys(schema, path).map((name) => {
    const at = [...path, name];
    const meta = fieldMeta(schema, at);
    return {
      name,
      label: meta?.label ?? name,
      ...(meta?.description ? { hint: meta.description } : {}),
      ...widgetOf(schema, at),
      required: !isOptional(schemaAt(schema, at)!),
    };
  });
}

/** File names by the guide's rules: the name or title, or a meeting's date and group. */
const SLUGS: Partial<Record<KindKey, string>> = { meetings: "{{fields.date}}-{{fields.body}}" };

function folderCollection(key: KindKey) {
  const kind = KINDS[key];
  const fields = fieldsOf(kind.schema);
  const name: string = key;
  const label: string = kind.label;
  return {
    name,
    label,
    folder: `content/${kind.folder}`,
    format: FORMAT,
    extension: "md",
    identifier_field: kind.nameField,
    summary: key === "meetings" ? "{{date}} {{body}}" : `{{${kind.nameField}}}`,
    slug: SLUGS[key] ?? `{{${kind.nameField}}}`,
    // The fixed pages have their addresses in lib/routes.ts: edited, never added or removed.
    create: key !== "pages",
    delete: key !== "pages",
    sortable_fields: [kind.nameField],
    fields: kind.hasText ? [...fields, TEXT_FIELD] : fields,
  };
}

/**
 * A meeting's group is a network (found by its name, the file name stored) or one of the fixed
 * bodies of lib/site.ts (the leadership group, RUN-riksdag). Sveltia's relation searches one
 * collection, so the meetings are two forms over the same folder, each showing the meetings of
 * its groups: one where the fixed bodies are a choice by name, one that finds the network.
 */
type FolderCollection = ReturnType<typeof folderCollection> & {
  /** Which files of the folder the form shows: by a field's values or a pattern it matches. */
  filter?: { field: string; value?: string[]; pattern?: string };
};

function meetingCollections(): FolderCollection[] {
  const meetings = folderCollection("meetings");
  const fixed = Object.keys(fixedBodies);
  const names = Object.values(fixedBodies).map((body) => body.name);
  const groupsLabel = `${meetings.label}: ${names.join(" och ")}`;
  const networksLabel = `${meetings.label}: nätverk`;
  const withBody = (body: Widget & { hint: string }) =>
    meetings.fields.map((field): CmsField => {
      if (field.name !== "body") return field;
      const { name, label, required } = field;
      return { name, label, ...body, required };
    });
  return [
    {
      ...meetings,
      label: groupsLabel,
      filter: { field: "body", value: fixed },
      fields: withBody({
        widget: "select",
        options: Object.entries(fixedBodies).map(([value, body]) => ({ label: body.name, value })),
        hint: `Vem som möts: ${names.join(" eller ")}. Ett nätverks möten finns under "${networksLabel}".`,
      }),
    },
    {
      ...meetings,
      name: "network-meetings",
      label: networksLabel,
      filter: { field: "body", pattern: `^(?!(?:${fixed.join("|")})$)` },
      fields: withBody({
        ...widgetOf(KINDS.meetings.schema, ["body"]),
        hint: `Nätverket som möts: välj det, eller sök på dess namn. Möten för ${names.join(" och ")} finns under "${groupsLabel}".`,
      }),
    },
  ];
}

function fileCollection() {
  return {
    name: "installningar",
    label: "Ledningsgrupp och inställningar",
    format: FORMAT,
    extension: "md",
    files: Object.entries(SINGLE_FILES).map(([name, single]) => ({
      name,
      label: single.label,
      file: `content/${single.file}`,
      fields: fieldsOf(single.schema),
    })),
  };
}

/** The whole configuration, as plain data. */
export function cmsConfig() {
  return {
    // Signing in with a personal access token needs no server (content/README.md explains it).
    // The build puts in the repository from GITHUB_REPOSITORY (scripts/admin-bundle.ts).
    backend: BACKEND,
    // Changes go through pull requests, so the content check and the tests run on each.
    publish_mode: "editorial_workflow",
    ...MEDIA,
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-", lowercase: true },
    collections: [
      ...(Object.keys(KINDS) as KindKey[]).flatMap((key) =>
        key === "meetings" ? meetingCollections() : [folderCollection(key) as FolderCollection],
      ),
      fileCollection(),
    ],
  };
}

/** The configuration file as committed (public/admin/config.yml). */
export function cmsConfigYaml(): string {
  return `# Skriven av npm run cms-config från lib/content/schemas.ts och lib/content/kinds.ts. Ändra inte för hand.\n${stringify(cmsConfig(), { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
