import type { RouteTable } from "../../routes";
import type { Problem } from "../problems";
import type { Content } from "../types";

/**
 * What every cross-file rule sees: all the files that could be read and validated (drafts
 * included), and how to point at a line. Each rule is a small named function in this folder
 * that returns problems and is unit-tested alone.
 */
export interface RuleInput {
  /** The project root (with `content/` and `public/`). */
  root: string;
  /**
   * The valid files, by kind; the group is null when its file could not be read, the settings
   * when webbplatsen.md is absent or could not be read.
   */
  content: Omit<Content, "leadership" | "settings" | "feedbackEmail" | "ended"> & {
    leadership: Content["leadership"] | null;
    settings: Content["settings"] | null;
  };
  /** Files that exist but could not be read (`natverk/x`): references to them are not reported again. */
  broken: ReadonlySet<string>;
  /** The file line of a field (`["members", 2, "person"]`) in a file. */
  lineOf(file: string, fieldPath: readonly PropertyKey[]): number | undefined;
  /** The file line that a file's Markdown starts on. */
  markdownLine(file: string): number;
  /** The table of addresses. */
  routes: RouteTable;
  /** The kinds whose files have pages, and the fixed page each sits below (ITEM_PAGES). */
  pages: Readonly<Record<string, string>>;
}

export type Rule = (input: RuleInput) => Problem[];
