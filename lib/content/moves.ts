import { ITEM_PAGES, itemHref, REMOVED_PAGES, ROUTES, type ItemPageKind } from "../routes";
import type { FileEvent } from "./git-history";
import { KINDS } from "./kinds";

/**
 * Addresses that are no longer in use and what they answer (Webbriktlinjer R56): a page that
 * moved answers 301 with its new address, one that was taken down 410. Derived from the content
 * files' git history, without a hand-kept list, and from `earlier_addresses` in front matter for
 * what git cannot see. The one place the rule lives: the export's redirect files
 * (scripts/redirects.ts), `next start` (next.config.ts, proxy.ts) and the check read it.
 */

/** The kinds whose files have pages of their own, and the page's address from the file name. */
const PAGE_OF_FILE: Record<string, (slug: string) => string> = Object.fromEntries(
  (Object.keys(ITEM_PAGES) as ItemPageKind[]).map((kind) => [
    KINDS[kind].folder,
    (slug: string) => itemHref(kind, slug),
  ]),
);

/** The page a content file gives the site (`content/natverk/x.md` → `/natverk/x`), if any. */
export function fileAddress(file: string): string | null {
  // Only names that can stand in an address: an old file name in the history may be anything,
  // and the redirects are written into the web server's configuration.
  const match = /^content\/([^/]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/.exec(file);
  const page = match ? PAGE_OF_FILE[match[1]!] : undefined;
  return page ? page(match![2]!) : null;
}

/**
 * The sections whose pages can be taken down, by the first part of their address (`natverk`
 * for `/natverk/x`): each has a page that says so (410), which removedPage() names.
 */
export const REMOVED_SECTIONS = [
  ...new Set(Object.values(ITEM_PAGES).map((under) => ROUTES[under].path.split("/")[1]!)),
];

/**
 * The page a removed address answers with, with status 410: it says the page was taken down
 * and leads to its section (`/natverk/x` → `/borttagen/natverk`). Not a page of the site: no
 * sitemap, search index or A–Ö list holds it, and nginx serves it only in place of a removed one.
 */
export function removedPage(address: string): string {
  return `${REMOVED_PAGES}/${address.split("/")[1] ?? ""}`;
}

export function isRemovedPage(address: string): boolean {
  return address.startsWith(`${REMOVED_PAGES}/`);
}

export interface Redirects {
  /** Old address → the address in use it now answers with (301). */
  moved: { from: string; to: string }[];
  /** Addresses of pages that were taken down (410). */
  gone: string[];
  /** False when the history was cut short (a shallow clone): older moves are not known. */
  complete: boolean;
}

export interface RedirectInput {
  /** Renames and removals of content files, oldest first (git-history.ts). */
  events: readonly FileEvent[];
  complete: boolean;
  /** Every address the site answers with a page or file now. */
  current: ReadonlySet<string>;
  /** Earlier addresses from front matter: each `from` now answers with `to`. */
  earlier: readonly { from: string; to: string }[];
  /** Addresses of files past their last day (`publish_until`): gone, like a removed page. */
  ended: readonly string[];
}

/**
 * Follows the content of each old address through the renames that came after, in the order
 * they were made, to where it is now: an address in use again wins over any redirect (a new
 * file under an old name is shown, not sent on); content that is at an address in use answers
 * there with 301; content that was removed, or is no longer published, answers 410. So no
 * redirect ever leads to an address that does not answer, and none loops.
 */
export function redirects(input: RedirectInput): Redirects {
  // Old address → where its content is now (null: nowhere).
  const now = new Map<string, string | null>();
  const moveContent = (from: string, to: string | null) => {
    for (const [address, at] of now) if (at === from) now.set(address, to);
    now.set(from, to);
  };
  for (const event of input.events) {
    if (event.kind === "removed") {
      const from = fileAddress(event.file);
      if (from) moveContent(from, null);
    } else {
      const from = fileAddress(event.from);
      // A meeting is its day, time and place, which a meeting file's few lines are: only the
      // same text under a new name is that meeting moved; any other is one taken down.
      const meeting = event.from.startsWith(`content/${KINDS.meetings.folder}/`);
      const to = meeting && (event.similarity ?? 100) < 100 ? null : fileAddress(event.to);
      if (from && from !== to) moveContent(from, to);
    }
  }
  for (const { from, to } of input.earlier) if (from !== to) now.set(from, to);
  for (const address of input.ended) moveContent(address, null);

  const moved: Redirects["moved"] = [];
  const gone: string[] = [];
  for (const [from, at] of [...now].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (input.current.has(from)) continue;
    if (at !== null && input.current.has(at)) moved.push({ from, to: at });
    else gone.push(from);
  }
  return { moved, gone, complete: input.complete };
}
