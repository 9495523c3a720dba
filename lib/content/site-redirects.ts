import { filesWithPages } from "./files-of";
import { fileAddress, redirects, type Redirects } from "./moves";
import { fileEvents } from "./git-history";
import { sitePages } from "./site-pages";
import type { Content } from "./types";

/**
 * The site's redirects (lib/content/moves.ts): from the history of `root`'s content, and the
 * pages of the content as built (the page model, lib/content/site-pages.ts).
 */
export function siteRedirects(root: string, content: Content): Redirects {
  const history = fileEvents(root);
  const current = new Set(sitePages(content).map((page) => page.path));
  const earlier = filesWithPages(content).flatMap((item) => {
    const to = fileAddress(item.source);
    return to ? (item.earlier_addresses ?? []).map((from) => ({ from, to })) : [];
  });
  return redirects({
    events: history?.events ?? [],
    complete: history?.complete ?? false,
    current,
    earlier,
    ended: content.ended,
  });
}
