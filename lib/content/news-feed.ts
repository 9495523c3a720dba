import { atomXml, escapeXml, type AtomEntry } from "../feeds/atom";
import { markdownToHtml } from "../markdown/html";
import { FILE_ROUTES, newsHref, ROUTES } from "../routes";
import { site, siteUrl } from "../site";
import { routeUpdated } from "./site-pages";
import { getNews, newsDocument, newsUpdated, type NewsItem } from "./news";
import { getPage } from "./pages";
import { published } from "./publication";

/**
 * The news feed at /aktuellt/flode.atom (Webbriktlinjer R87). Each entry's id is its page's
 * absolute address, which stays the same from build to build as long as the file keeps its
 * name; `updated` is the file's last commit (git-dates.ts), so a rebuild does not make an old
 * item look new.
 */
function toEntry(item: NewsItem): AtomEntry {
  const url = `${siteUrl}${newsHref(item.slug)}`;
  const document = newsDocument(item);
  const documentHtml = document
    ? `<p>Dokument: <a href="${escapeXml(`${siteUrl}${document.href}`)}">${escapeXml(document.title)}</a></p>`
    : "";
  return {
    id: url,
    title: item.title,
    url,
    published: item.date,
    updated: newsUpdated(item),
    summary: item.summary,
    html: `${markdownToHtml(item.markdown, siteUrl)}${documentHtml}`,
  };
}

export function newsFeedXml(): string {
  return atomXml({
    id: `${siteUrl}${ROUTES.aktuellt.path}`,
    title: `${site.shortName}: ${getPage("aktuellt").title}`,
    pageUrl: `${siteUrl}${ROUTES.aktuellt.path}`,
    selfUrl: `${siteUrl}${FILE_ROUTES.newsFeed}`,
    author: site.name,
    lang: "sv",
    updatedWithoutEntries: routeUpdated("aktuellt"),
    // Drafts, and files outside their publication days, show in the development preview,
    // marked; a feed reader could not mark them.
    entries: published(getNews()).map(toEntry),
  });
}
