import { compareDesc } from "date-fns";
import { newsHref, ROUTES } from "../routes";
import { previewLabel } from "./publication";
import { getContent, type NewsItem } from "./reader";

export type { NewsItem };

const collator = new Intl.Collator("sv");

/** Every news item, newest first; on one day, by title. */
export function getNews(): NewsItem[] {
  return [...getContent().news].sort(
    (a, b) => compareDesc(a.date, b.date) || collator.compare(a.title, b.title),
  );
}

export function getNewsItem(slug: string): NewsItem | undefined {
  return getContent().news.find((item) => item.slug === slug);
}

/**
 * The items that get a page. A static export refuses a dynamic route without pages, so with no
 * news one placeholder stands in; its page answers "not found" and it is in no list or sitemap.
 */
export function getNewsSlugs(): string[] {
  const slugs = getNews().map((item) => item.slug);
  return slugs.length > 0 ? slugs : [NO_NEWS];
}

/** The placeholder above; not a valid file name, so no news item can have it. */
export const NO_NEWS = "_ingen-nyhet";

/** The newest few, for the start page. */
export function latestNews(count = 3): NewsItem[] {
  return getNews().slice(0, count);
}

/**
 * When an item last changed: its file's last commit, or its date when git has no history. The
 * feed's `updated` and the page's "Senast uppdaterad".
 */
export function newsUpdated(item: NewsItem): Date {
  return item.committedAt ?? item.date;
}

/** The document a news item is about: its title and where to read it (its file, or the list). */
export function newsDocument(item: NewsItem): { title: string; href: string } | null {
  if (item.document === undefined) return null;
  const document = getContent().documents.find((candidate) => candidate.slug === item.document);
  // A draft document is left out of the published site; so is the reference to it.
  if (!document) return null;
  return { title: document.title, href: document.file?.trim() || ROUTES.dokument.path };
}

/** What a list of news shows of each item. */
export interface NewsView {
  slug: string;
  href: string;
  title: string;
  date: Date;
  summary: string;
  /** What marks an item only previews show ("Utkast", "Visas från …"); null on the built site. */
  preview: string | null;
}

export function toNewsView(item: NewsItem): NewsView {
  return {
    slug: item.slug,
    href: newsHref(item.slug),
    title: item.title,
    date: item.date,
    summary: item.summary,
    preview: previewLabel(item),
  };
}
