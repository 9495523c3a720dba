import { ROUTES, type RouteKey } from "../routes";
import { getContent, type Page, type Source } from "./reader";

export type { Page };

/** The page file that holds a fixed address's title, description and text. */
export function getPage(route: RouteKey): Page {
  return getPageFile(ROUTES[route].page);
}

/** A page file in `content/sidor/` by name. */
export function getPageFile(slug: string): Page {
  const page = getContent().pages.find((candidate) => candidate.slug === slug);
  // The reader reports a missing page file as a content problem, so this cannot happen.
  if (!page) throw new Error(`content/sidor/${slug}.md saknas`);
  return page;
}

/**
 * "Senast uppdaterad": the last commit that changed any of the files a page is made from,
 * or the page file's own `updated` date when git has no history for them.
 */
export function lastUpdated(
  primary: Source & { updated: Date },
  others: readonly Source[] = [],
): Date {
  const committed = [primary, ...others]
    .map((source) => source.committedAt)
    .filter((date): date is Date => date !== null);
  if (committed.length === 0) return primary.updated;
  return new Date(Math.max(...committed.map((date) => date.getTime())));
}
