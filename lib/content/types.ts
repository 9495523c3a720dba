import type { z } from "zod";
import type {
  DocumentSchema,
  LeadershipSchema,
  MeetingSchema,
  MemberSchema,
  NetworkSchema,
  PageSchema,
  PersonSchema,
  Settings,
} from "./schemas";

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

export type Entry<S extends z.ZodType> = z.output<S> & Source;

export type Page = Entry<typeof PageSchema>;
export type Person = Entry<typeof PersonSchema>;
export type Network = Entry<typeof NetworkSchema>;
export type Member = Entry<typeof MemberSchema>;
export type Leadership = Entry<typeof LeadershipSchema>;
export type Meeting = Entry<typeof MeetingSchema>;
export type ContentDocument = Entry<typeof DocumentSchema>;

export interface Content {
  pages: Page[];
  people: Person[];
  networks: Network[];
  members: Member[];
  leadership: Leadership;
  meetings: Meeting[];
  documents: ContentDocument[];
  /** Site-wide settings from content/webbplatsen.md, or their defaults when it is absent. */
  settings: Settings;
}
