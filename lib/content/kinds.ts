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
 * The table of content kinds: the folder each lives in, its schema, and whether the Markdown
 * under its front matter is shown. The reader loops over this table; adding a kind is one
 * entry here plus its schema.
 */
export interface KindSpec {
  folder: string;
  schema: z.ZodType;
  /** Whether text under the front matter is shown; if not, such text is an error. */
  hasText: boolean;
}

export const KINDS = {
  pages: { folder: "sidor", schema: PageSchema, hasText: true },
  people: { folder: "personer", schema: PersonSchema, hasText: false },
  networks: { folder: "natverk", schema: NetworkSchema, hasText: true },
  members: { folder: "medlemmar", schema: MemberSchema, hasText: false },
  meetings: { folder: "moten", schema: MeetingSchema, hasText: true },
  documents: { folder: "dokument", schema: DocumentSchema, hasText: true },
  news: { folder: "aktuellt", schema: NewsSchema, hasText: true },
} as const satisfies Record<string, KindSpec>;

export type KindKey = keyof typeof KINDS;

/** Files that hold one thing for the whole site, directly in `content/`. */
export const SINGLE_FILES = {
  leadership: {
    file: "ledningsgruppen.md",
    schema: LeadershipSchema,
    /** What to say when the file is missing; null: it may be left out (defaults apply). */
    missing: "saknas. Ledningsgruppens sida behöver filen med fältet members.",
  },
  settings: { file: "webbplatsen.md", schema: SettingsSchema, missing: null },
} as const;

export type SingleKey = keyof typeof SINGLE_FILES;

/** The editor guide, which lives beside the content and is not content itself. */
export const GUIDE_FILE = "README.md";
