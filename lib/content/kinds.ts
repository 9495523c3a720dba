import type { z } from "zod";
import {
  DocumentSchema,
  LeadershipSchema,
  MeetingSchema,
  MemberSchema,
  NetworkSchema,
  NewsSchema,
  PageSchema,
  PersonSchema,
  SettingsSchema,
} from "./schemas";

/**
 * The table of content kinds: the folder each lives in, its schema, whether the Markdown under
 * its front matter is shown, and what the reader adds to each file. The reader, the type
 * `Content` (types.ts), the check's file count and the editing interface all loop over this
 * table; adding a kind is one entry here plus its schema and the components that show it (and,
 * for a kind whose files have pages, the section they sit in: ITEM_PAGES in lib/routes.ts).
 */

/**
 * What the reader adds to each file of a kind after validating it (reader.ts, ENRICHMENTS):
 * a meeting's calendar SEQUENCE from its file's history, a document's facts about its file.
 */
export type Enrichment = "sequences" | "fileFacts";

export interface KindSpec {
  folder: string;
  /** The kind's name in the editing interface (/admin), in Swedish, plural. */
  label: string;
  /** The field that names one file in lists (the editing interface's list of files). */
  nameField: string;
  schema: z.ZodType;
  /** Whether text under the front matter is shown; if not, such text is an error. */
  hasText: boolean;
  /** The step that adds what a file's fields alone do not say; none for most kinds. */
  enrich?: Enrichment;
}

export const KINDS = {
  pages: { folder: "sidor", label: "Sidor", nameField: "title", schema: PageSchema, hasText: true },
  people: {
    folder: "personer",
    label: "Personer",
    nameField: "name",
    schema: PersonSchema,
    hasText: false,
  },
  networks: {
    folder: "natverk",
    label: "Nätverk",
    nameField: "title",
    schema: NetworkSchema,
    hasText: true,
  },
  members: {
    folder: "medlemmar",
    label: "Medlemmar",
    nameField: "name",
    schema: MemberSchema,
    hasText: false,
  },
  meetings: {
    folder: "moten",
    label: "Möten",
    nameField: "date",
    schema: MeetingSchema,
    hasText: true,
    enrich: "sequences",
  },
  documents: {
    folder: "dokument",
    label: "Dokument",
    nameField: "title",
    schema: DocumentSchema,
    hasText: true,
    enrich: "fileFacts",
  },
  news: {
    folder: "aktuellt",
    label: "Aktuellt",
    nameField: "title",
    schema: NewsSchema,
    hasText: true,
  },
} as const satisfies Record<string, KindSpec>;

export type KindKey = keyof typeof KINDS;

/** Files that hold one thing for the whole site, directly in `content/`. */
export const SINGLE_FILES = {
  leadership: {
    file: "ledningsgruppen.md",
    label: "Ledningsgruppen",
    schema: LeadershipSchema,
    /** What to say when the file is missing; null: it may be left out (defaults apply). */
    missing: "saknas. Ledningsgruppens sida behöver filen med fältet members.",
  },
  settings: {
    file: "webbplatsen.md",
    label: "Webbplatsens inställningar",
    schema: SettingsSchema,
    missing: null,
  },
} as const;

export type SingleKey = keyof typeof SINGLE_FILES;

/** The editor guide, which lives beside the content and is not content itself. */
export const GUIDE_FILE = "README.md";
