import { networkHref, pageRoutes, type PageRoute } from "../site";
import { getChair, getLeadership, getLeadershipMembers } from "./leadership";
import { getMeetings } from "./meetings";
import { getNetwork, getNetworks } from "./networks";
import { getPage, lastUpdated } from "./pages";
import { getPerson } from "./people";
import { getContent, type Source } from "./reader";
import { overdueReview, type Reviewable, type ReviewNoticeData } from "./review";

/**
 * Every address of the site and the content files it is made from, in one place: the sitemap,
 * "Senast uppdaterad" and the edit links all read from here.
 */

/** The files besides its page file that a fixed address shows. */
function routeExtraSources(route: PageRoute): Source[] {
  const content = getContent();
  switch (route) {
    case "/":
      return getMeetings();
    case "/om-run/medlemmar":
      return content.members;
    case "/om-run/ledningsgrupp":
      return [
        getLeadership(),
        ...getLeadershipMembers().map((member) => member.person),
        ...getMeetings().filter((meeting) => meeting.body === "ledningsgruppen"),
      ];
    case "/om-run/dokument":
      return content.documents;
    case "/natverk":
      return getNetworks();
    case "/moten":
      return getMeetings();
    default:
      return [];
  }
}

/** "Senast uppdaterad" for a fixed address. */
export function routeUpdated(route: PageRoute): Date {
  return lastUpdated(getPage(route), routeExtraSources(route));
}

/** "Senast uppdaterad" for a network's page: its file and its contact person's. */
export function networkUpdated(slug: string): Date {
  const network = getNetwork(slug);
  if (!network) throw new Error(`content/natverk/${slug}.md saknas`);
  return lastUpdated(network, [getPerson(network.contact)]);
}

/**
 * The review notice for a page made from `item` when its review-by date has passed at build
 * time, else null. Whom to ask: `contact`, or the site's contact (the chair).
 */
function reviewNotice(item: Reviewable, contact = getChair()?.person): ReviewNoticeData | null {
  const review = overdueReview(item, getContent(), new Date());
  return review ? { date: review.date, contact } : null;
}

export function routeReview(route: PageRoute): ReviewNoticeData | null {
  return reviewNotice(getPage(route));
}

export function networkReview(slug: string): ReviewNoticeData | null {
  const network = getNetwork(slug);
  return network ? reviewNotice(network, getPerson(network.contact)) : null;
}

export interface SiteAddress {
  path: string;
  lastModified: Date;
}

/** Every page address (not files such as the calendar feed), for the sitemap. */
export function getSiteAddresses(): SiteAddress[] {
  const fixed = (Object.keys(pageRoutes) as PageRoute[]).map((route) => ({
    path: route,
    lastModified: routeUpdated(route),
  }));
  const networks = getNetworks()
    .filter((network) => !network.draft)
    .map((network) => ({ path: networkHref(network.slug), lastModified: networkUpdated(network.slug) }));
  return [...fixed, ...networks];
}
