import {
  languageVersions,
  meetingHref,
  networkHref,
  newsHref,
  ROUTES,
  type LanguageVersion,
  type RouteEntry,
  type RouteKey,
  type RouteTable,
  type Shows,
} from "../routes";
import { getLeadership, getLeadershipMembers } from "./leadership";
import {
  getMeeting,
  getMeetingDocuments,
  getMeetings,
  meetingDescription,
  meetingTitle,
  toMeetingView,
} from "./meetings";
import { getNetwork, getNetworks } from "./networks";
import { getNews, newsUpdated } from "./news";
import { getPage, getPageFile, lastUpdated } from "./pages";
import { getPerson } from "./people";
import { getContent, type Source } from "./reader";
import { responsiblePerson } from "./responsible";
import { overdueReview, type Reviewable, type ReviewNoticeData } from "./review";
import { published } from "./publication";

/**
 * Every address of the site and the content files it is made from, in one place: the sitemap,
 * "Senast uppdaterad" and the review notices read from here, and the table of addresses
 * (lib/routes.ts) says what each fixed page shows.
 */

/** The files behind each kind of content a page can show. */
const SHOWN: Record<Shows, () => readonly Source[]> = {
  meetings: () => getMeetings(),
  "group-meetings": () => getMeetings().filter((meeting) => meeting.body === "ledningsgruppen"),
  members: () => getContent().members,
  leadership: () => [getLeadership(), ...getLeadershipMembers().map((member) => member.person)],
  documents: () => getContent().documents,
  networks: () => getNetworks(),
  news: () => getContent().news,
};

/** "Senast uppdaterad" for a fixed address: its page file and everything else it shows. */
function entryUpdated(entry: RouteEntry): Date {
  return lastUpdated(
    getPageFile(entry.page),
    (entry.shows ?? []).flatMap((kind) => SHOWN[kind]()),
  );
}

export function routeUpdated(route: RouteKey): Date {
  return entryUpdated(ROUTES[route]);
}

/** "Senast uppdaterad" for a network's page: its file and its contact person's. */
export function networkUpdated(slug: string): Date {
  const network = getNetwork(slug);
  if (!network) throw new Error(`content/natverk/${slug}.md saknas`);
  return lastUpdated(network, [getPerson(network.contact)]);
}

/**
 * "Senast uppdaterad" for a meeting's page: the last commit of its file or its documents. A
 * meeting file has no `updated` field, so without history it is the meetings page's date.
 */
export function meetingUpdated(slug: string): Date {
  const meeting = getMeeting(slug);
  if (!meeting) throw new Error(`content/moten/${slug}.md saknas`);
  const times = [meeting, ...getMeetingDocuments(meeting).map((entry) => entry.document)]
    .map((source) => source.committedAt?.getTime())
    .filter((time): time is number => time !== undefined);
  return times.length > 0 ? new Date(Math.max(...times)) : routeUpdated("moten");
}

/**
 * The review notice for a page made from `item` when its review-by date has passed at build
 * time, else null. Whom to ask: the person responsible for it (responsible.ts).
 */
export function reviewNotice(item: Reviewable): ReviewNoticeData | null {
  const content = getContent();
  const review = overdueReview(item, content, new Date());
  return review ? { date: review.date, contact: responsiblePerson(item, content) } : null;
}

export function routeReview(route: RouteKey): ReviewNoticeData | null {
  return reviewNotice(getPage(route));
}

export function networkReview(slug: string): ReviewNoticeData | null {
  const network = getNetwork(slug);
  return network ? reviewNotice(network) : null;
}

export interface SiteAddress {
  path: string;
  lastModified: Date;
  /** The page's language versions, itself included (lib/routes.ts); empty for most. */
  languages: LanguageVersion[];
}

/** Every page address (not files such as the calendar feed), for the sitemap. */
export function getSiteAddresses(table: RouteTable = ROUTES): SiteAddress[] {
  const fixed = Object.entries(table).map(([key, entry]) => ({
    path: entry.path,
    lastModified: entryUpdated(entry),
    languages: languageVersions(key, table),
  }));
  const networks = published(getNetworks()).map((network) => ({
    path: networkHref(network.slug),
    lastModified: networkUpdated(network.slug),
    languages: [],
  }));
  const meetings = published(getMeetings()).map((meeting) => ({
    path: meetingHref(meeting.slug),
    lastModified: meetingUpdated(meeting.slug),
    languages: [],
  }));
  const news = published(getNews()).map((item) => ({
    path: newsHref(item.slug),
    lastModified: newsUpdated(item),
    languages: [],
  }));
  return [...fixed, ...networks, ...meetings, ...news];
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
export function getPageDirectory(): DirectoryEntry[] {
  const fixed = Object.values(ROUTES).map((entry) => {
    const page = getPageFile(entry.page);
    return { path: entry.path, title: page.title, description: page.description };
  });
  const networks = published(getNetworks()).map((network) => ({
    path: networkHref(network.slug),
    title: network.title,
    description: network.summary,
  }));
  const meetings = published(getMeetings()).map((meeting) => {
    const view = toMeetingView(meeting);
    return {
      path: view.href,
      title: meetingTitle(view),
      description: meetingDescription(view),
    };
  });
  const news = published(getNews()).map((item) => ({
    path: newsHref(item.slug),
    title: item.title,
    description: item.summary,
  }));
  const collator = new Intl.Collator("sv");
  return [...fixed, ...networks, ...meetings, ...news].sort((a, b) =>
    collator.compare(a.title, b.title),
  );
}
