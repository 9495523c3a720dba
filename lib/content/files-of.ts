import { ITEM_PAGES } from "../routes";
import { KINDS, type KindKey } from "./kinds";
import type { Scheduled } from "./publication";
import type { KindContent, Source } from "./types";

/**
 * The files of the content by what holds for them, whatever their kind: the lists that rules,
 * the check and the reader go through, from the table of kinds (kinds.ts) and the kinds with
 * pages (ITEM_PAGES in lib/routes.ts), so a kind added to the tables is in them too.
 */

/** A file as these lists see it: the fields a kind may have, all optional. */
export type AnyFile = Source &
  Scheduled & {
    draft?: boolean;
    earlier_addresses?: readonly string[];
  };

const filesOfKind = (content: Partial<KindContent>, kind: string): AnyFile[] =>
  (content as Record<string, AnyFile[] | undefined>)[kind] ?? [];

/** Every file of every kind (publication days, drafts). */
export function everyFile(content: Partial<KindContent>): AnyFile[] {
  return (Object.keys(KINDS) as KindKey[]).flatMap((kind) => filesOfKind(content, kind));
}

/** The files that have a page of their own (earlier addresses, pages taken down). */
export function filesWithPages(
  content: Partial<KindContent>,
  pages: Readonly<Record<string, string>> = ITEM_PAGES,
): AnyFile[] {
  return Object.keys(pages).flatMap((kind) => filesOfKind(content, kind));
}
