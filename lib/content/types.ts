import type { z } from "zod";
import type { KINDS, SINGLE_FILES } from "./kinds";
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
type Of<K extends keyof typeof KINDS> = Entry<(typeof KINDS)[K]["schema"]>;

export type Page = Of<"pages">;
export type Person = Of<"people">;
export type Network = Of<"networks">;
export type Member = Of<"members">;
/** A meeting, with its calendar SEQUENCE from the file's history (schedule-history.ts). */
export type Meeting = Of<"meetings"> & { sequence: number };
/** A document, with what its file in public/ is (format, size, and for a PDF its tags). */
export type ContentDocument = Of<"documents"> & { fileFacts: FileFacts | null };
export type NewsItem = Of<"news">;
export type Leadership = Entry<(typeof SINGLE_FILES)["leadership"]["schema"]>;
export type Settings = z.output<(typeof SINGLE_FILES)["settings"]["schema"]>;

export interface Content {
  pages: Page[];
  people: Person[];
  networks: Network[];
  members: Member[];
  leadership: Leadership;
  meetings: Meeting[];
  documents: ContentDocument[];
  news: NewsItem[];
  /** Site-wide settings from content/webbplatsen.md, or their defaults when it is absent. */
  settings: Settings;
  /** Where feedback goes (feedback-recipient.ts), worked out once when the content is read. */
  feedbackEmail: string;
  /** Pages past their last day (`publish_until`), which answer 410 (lib/content/moves.ts). */
  ended: string[];
}
