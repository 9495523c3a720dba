import type { z } from "zod";
import type { Enrichment, KindKey, KINDS, SINGLE_FILES } from "./kinds";
import type { FileFacts } from "./pdf/facts";

/** Where a piece of content came from, and when it last changed. */
export interface Source {
  /** The file name without `.md`: its address and the name other files refer to it by. */
  slug: string;
  /** Path from the project root, e.g. `content/natverk/regionalt-ikt-natverk.md`. */
  source: string;
  /** The Markdown under the front matter. */
  markdown: string;
  /** The last commit that changed the file, when git knows it. */
  committedAt: Date | null;
}

/** A file of a content kind (from the table in kinds.ts): its schema's output and its source. */
export type Entry<S extends z.ZodType> = z.output<S> & Source;

/** What each enrichment step (kinds.ts) adds to a file. */
export interface Enrichments {
  /** The calendar SEQUENCE from the file's history (schedule-history.ts). */
  sequences: { sequence: number };
  /** What the document's file in public/ is: format, size, and for a PDF its tags. */
  fileFacts: { fileFacts: FileFacts | null };
}

type Enriched<K extends KindKey> = (typeof KINDS)[K] extends { enrich: infer E extends Enrichment }
  ? Enrichments[E]
  : unknown;

/** A file of kind `K` as the site has it: its fields, its source and what its kind adds. */
export type Of<K extends KindKey> = Entry<(typeof KINDS)[K]["schema"]> & Enriched<K>;

/** Every kind's files, by the kind's key in the table (kinds.ts). */
export type KindContent = { [K in KindKey]: Of<K>[] };

export type Page = Of<"pages">;
export type Person = Of<"people">;
export type Network = Of<"networks">;
export type Member = Of<"members">;
export type Meeting = Of<"meetings">;
export type ContentDocument = Of<"documents">;
export type NewsItem = Of<"news">;
export type Leadership = Entry<(typeof SINGLE_FILES)["leadership"]["schema"]>;
export type Settings = z.output<(typeof SINGLE_FILES)["settings"]["schema"]>;

export interface Content extends KindContent {
  leadership: Leadership;
  /** Site-wide settings from content/webbplatsen.md, or their defaults when it is absent. */
  settings: Settings;
  /** Where feedback goes (feedback-recipient.ts), worked out once when the content is read. */
  feedbackEmail: string;
  /** Pages past their last day (`publish_until`), which answer 410 (lib/content/moves.ts). */
  ended: string[];
}
