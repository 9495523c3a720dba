import {
  FILE_ROUTES,
  ITEM_PAGES,
  itemHref,
  languageVersions,
  otherVersions,
  ROUTES,
  trailTo,
  type Crumb,
  type LanguageVersion,
  type OtherVersion,
  type RouteKey,
  type RouteTable,
  type Shows,
} from "../routes";
import {
  bodyCalendar,
  getMeetingDocuments,
  meetingDescription,
  meetingTitle,
  toMeetingView,
} from "./meetings";
import { newsUpdated } from "./news";
import { lastUpdated } from "./pages";
import { previewLabel, published, siteInstant } from "./publication";
import { getContent, type Content, type Source } from "./reader";
import { responsiblePerson } from "./responsible";
import { overdueReview, type Reviewable, type ReviewNoticeData } from "./review";

/**
 * The pages of the site, one record each: every fixed page of the table of addresses
 * (lib/routes.ts) and the page of every file of a kind that has pages (ITEM_PAGES there:
 * networks, meetings, news, and any kind added later). The record is all that is said about a
 * page around its text: the page's frame (PageShell: heading, breadcrumbs, "Senast uppdaterad",
 * the review notice, "Föreslå en ändring"), its head (lib/metadata.ts), the sitemap, the A–Ö list
 * and the search index's addresses. Route files pick a record and render it.
 */
export interface PageRecord {
  /** The address, without a trailing slash. */
  path: string;
  /** The page's heading (h1), and its title in the head unless `headTitle` says more. */
  title: string;
  /** The title in the head and in search results, where it says more than the heading. */
  headTitle?: string;
  /** A sentence about the page: its meta description and its line in the A–Ö list. */
  description: string;
  /** The way from the start page to the page, itself included: breadcrumbs. */
  trail: Crumb[];
  /** "Senast uppdaterad": the last change of any file the page is made from. */
  updated: Date;
  /** Set when the page's review-by date has passed: said under its heading. */
  review: ReviewNoticeData | null;
  /** The content file to suggest changes to. */
  source: string;
  /** What marks a page only previews show ("Utkast", "Visas från …"); null on the built site. */
  preview: string | null;
  /** The page's language versions, itself included: hreflang links and the sitemap. */
  languages: LanguageVersion[];
  /** The language of its text when it is not Swedish. */
  lang?: "en";
  /** Its text in lättläst or another language, linked under its heading. */
  versions: OtherVersion[];
  /** The page retells others in lättläst, and says so under its heading. */
  easyRead: boolean;
  /** The meetings feed the page offers in its head. */
  calendar?: { href: string; title: string };
  /** The start page's title stands alone, without the site's name after it. */
  absoluteTitle: boolean;
}

/** The files behind each kind of content a fixed page can show, for "Senast uppdaterad". */
const SHOWN: Record<Shows, (content: Content) => readonly Source[]> = {
  meetings: (content) => content.meetings,
  "group-meetings": (content) =>
    content.meetings.filter((meeting) => meeting.body === "ledningsgruppen"),
  members: (content) => content.members,
  leadership: (content) => [
    content.leadership,
    ...content.people.filter((person) =>
      content.leadership.members.some((member) => member.person === person.slug),
    ),
  ],
  documents: (content) => content.documents,
  networks: (content) => content.networks,
  news: (content) => content.news,
};

/** The review notice for a page made from `item`, when its review-by date has passed. */
export function reviewNotice(
  item: Reviewable,
  content: Content = getContent(),
  now: Date = siteInstant(),
): ReviewNoticeData | null {
  const review = overdueReview(item, content, now);
  return review ? { date: review.date, contact: responsiblePerson(item, content) } : null;
}

/** The meetings feed a fixed page offers: every meeting's, or one body's. */
function feedOf(feed: string | undefined, content: Content): PageRecord["calendar"] {
  if (feed === undefined) return undefined;
  return feed === "all"
    ? { href: FILE_ROUTES.calendar, title: "RUN: alla möten" }
    : bodyCalendar(feed, content);
}

/** The record of a fixed page: from its entry in the table of addresses and its page file. */
export function fixedPage(
  key: string,
  content: Content = getContent(),
  routes: RouteTable = ROUTES,
): PageRecord {
  const entry = routes[key];
  const page = content.pages.find((candidate) => candidate.slug === entry?.page);
  // The check reports a missing page file or entry, so this cannot happen in a build.
  if (!entry || !page) throw new Error(`routes: "${key}" has no page file in content/sidor/`);
  return {
    path: entry.path,
    title: page.title,
    description: page.description,
    trail: trailTo(key, [], routes),
    updated: lastUpdated(
      page,
      (entry.shows ?? []).flatMap((kind) => SHOWN[kind](content)),
    ),
    review: reviewNotice(page, content),
    source: page.source,
    // A page file is always shown: its address is in the table, not in the file.
    preview: null,
    languages: languageVersions(key, routes),
    lang: entry.lang,
    versions: otherVersions(key, routes),
    easyRead: entry.retells !== undefined,
    calendar: feedOf(entry.feed, content),
    absoluteTitle: entry.parent === null,
  };
}

/** What a kind's page says of one of its files, beyond what every page of a file has. */
type ItemFacts = Pick<PageRecord, "title" | "description" | "updated" | "review"> &
  Partial<Pick<PageRecord, "headTitle" | "calendar">>;

/** Any file with a page: its fields are read by name, so a kind added later needs no entry. */
type ItemFile = Source & Record<string, unknown>;

/** A date field of a file, if it has one by that name. */
const dateField = (item: ItemFile, field: string) =>
  item[field] instanceof Date ? (item[field] as Date) : undefined;

/** "Senast uppdaterad" of a fixed page, for what else says it (the statement, the feed). */
export function routeUpdated(route: RouteKey): Date {
  return fixedPage(route).updated;
}

/**
 * The facts of each kind's pages. A kind without an entry (one added later) gets the default:
 * its `title`, its `summary` (or `description`), and its last commit or its `updated` or `date`.
 */
const ITEM_FACTS: Record<string, (item: ItemFile, content: Content) => ItemFacts> = {
  networks: (item, content) => {
    const network = content.networks.find((candidate) => candidate.source === item.source)!;
    const contact = content.people.filter((person) => person.slug === network.contact);
    return {
      title: network.title,
      description: network.summary,
      updated: lastUpdated(network, contact),
      review: reviewNotice(network, content),
      calendar: bodyCalendar(network.slug, content),
    };
  },
  meetings: (item, content) => {
    const meeting = content.meetings.find((candidate) => candidate.source === item.source)!;
    const view = toMeetingView(meeting, content);
    const title = meetingTitle(view);
    const times = [meeting, ...getMeetingDocuments(meeting, content).map((entry) => entry.document)]
      .map((source) => source.committedAt?.getTime())
      .filter((time): time is number => time !== undefined);
    return {
      title,
      headTitle: view.cancelled ? `Inställt: ${title}` : undefined,
      description: meetingDescription(view),
      // A meeting file has no `updated` field: without history, the meetings page's date.
      updated:
        times.length > 0
          ? new Date(Math.max(...times))
          : fixedPage(ITEM_PAGES.meetings, content).updated,
      review: null,
      calendar: { href: view.icsHref, title: `${title} (kalenderfil)` },
    };
  },
  news: (item, content) => {
    const news = content.news.find((candidate) => candidate.source === item.source)!;
    return {
      title: news.title,
      description: news.summary,
      updated: newsUpdated(news),
      review: null,
    };
  },
};

function defaultFacts(
  item: ItemFile,
  under: string,
  content: Content,
  routes: RouteTable,
): ItemFacts {
  const text = (field: string) =>
    typeof item[field] === "string" ? (item[field] as string) : undefined;
  return {
    title: text("title") ?? item.slug,
    description: text("summary") ?? text("description") ?? "",
    updated:
      item.committedAt ??
      dateField(item, "updated") ??
      dateField(item, "date") ??
      fixedPage(under, content, routes).updated,
    review: null,
  };
}

/** The record of the page of one file of `kind`. */
function itemRecord(
  kind: string,
  item: ItemFile,
  content: Content,
  pages: Readonly<Record<string, string>>,
  routes: RouteTable,
): PageRecord {
  const under = pages[kind]!;
  const facts = ITEM_FACTS[kind]?.(item, content) ?? defaultFacts(item, under, content, routes);
  const path = itemHref(kind, item.slug, pages, routes);
  return {
    ...facts,
    path,
    trail: trailTo(under, [{ href: path, label: facts.title }], routes),
    source: item.source,
    preview: previewLabel(item as Parameters<typeof previewLabel>[0]),
    languages: [],
    versions: [],
    easyRead: false,
    absoluteTitle: false,
  };
}

/** The files of a kind with pages, as the content holds them (drafts too, in a preview). */
function filesOf(kind: string, content: Content): ItemFile[] {
  return (content as unknown as Record<string, ItemFile[] | undefined>)[kind] ?? [];
}

/** The page of one file of `kind` by its name, or null when it has none (or is not shown). */
export function itemPage(
  kind: keyof typeof ITEM_PAGES,
  slug: string,
  content: Content = getContent(),
): PageRecord | null {
  const item = filesOf(kind, content).find((candidate) => candidate.slug === slug);
  return item ? itemRecord(kind, item, content, ITEM_PAGES, ROUTES) : null;
}

/**
 * Every page the built site has on its day, fixed pages first in table order, then each kind's
 * pages: the sitemap, the A–Ö list, the search index and the redirects' current addresses.
 * Drafts and files outside their publication days, which a preview shows, are not in it.
 */
export function sitePages(
  content: Content = getContent(),
  routes: RouteTable = ROUTES,
  pages: Readonly<Record<string, string>> = ITEM_PAGES,
): PageRecord[] {
  const fixed = Object.keys(routes).map((key) => fixedPage(key, content, routes));
  const items = Object.keys(pages).flatMap((kind) =>
    published(filesOf(kind, content) as (ItemFile & { draft?: boolean })[]).map((item) =>
      itemRecord(kind, item, content, pages, routes),
    ),
  );
  return [...fixed, ...items];
}

/** The pages the search finds: every page but the search page itself (scripts/search-index.mts). */
export function searchedPages(pages: readonly PageRecord[] = sitePages()): PageRecord[] {
  return pages.filter((page) => page.path !== ROUTES.sok.path);
}

export interface DirectoryEntry {
  path: string;
  title: string;
  description: string;
}

/**
 * Every page with its title and a sentence about it, in Swedish alphabetical order: the search
 * page's A–Ö list, which works without JavaScript.
 */
export function pageDirectory(pages: readonly PageRecord[] = sitePages()): DirectoryEntry[] {
  const collator = new Intl.Collator("sv");
  return pages
    .map(({ path, title, description }) => ({ path, title, description }))
    .sort((a, b) => collator.compare(a.title, b.title));
}
