import type { ReactNode } from "react";
import { PageShell } from "@/components/layout/page-shell";
import { Markdown } from "@/components/markdown";
import { routeReview, routeUpdated } from "@/lib/content/addresses";
import { getPage } from "@/lib/content/pages";
import { getSiteFacts } from "@/lib/content/site-facts";
import { pageMetadata } from "@/lib/metadata";
import {
  languageVersions,
  otherVersions,
  ROUTES,
  trailTo,
  type RouteEntry,
  type RouteKey,
} from "@/lib/routes";

/** Title, description and canonical address of a fixed address, from its page file. */
export function contentPageMetadata(route: RouteKey, calendar?: { href: string; title: string }) {
  const page = getPage(route);
  const entry: RouteEntry = ROUTES[route];
  return pageMetadata({
    path: entry.path,
    title: page.title,
    description: page.description,
    calendar,
    languages: languageVersions(route),
    lang: entry.lang,
  });
}

/**
 * A fixed address: its page file's heading and text, then whatever the page adds from other
 * content (lists of members, meetings, documents).
 */
export function ContentPage({
  route,
  lead = false,
  children,
}: {
  route: RouteKey;
  /** Sets the page file's text as the page's introduction (larger type), as the start page does. */
  lead?: boolean;
  children?: ReactNode;
}) {
  const page = getPage(route);
  const entry: RouteEntry = ROUTES[route];
  return (
    <PageShell
      currentPath={entry.path}
      lang={entry.lang}
      versions={otherVersions(route)}
      // A page in lättläst says so under its heading, as Swedish public sites mark them (R12).
      lead={entry.retells ? <p className="easy-read-mark">Lättläst</p> : undefined}
      title={page.title}
      trail={trailTo(route)}
      updated={routeUpdated(route)}
      source={page.source}
      review={routeReview(route)}
      facts={getSiteFacts()}
    >
      {lead ? (
        <div className="lead">
          <Markdown markdown={page.markdown} />
        </div>
      ) : (
        <Markdown markdown={page.markdown} />
      )}
      {children}
    </PageShell>
  );
}

/**
 * A route file for a fixed address: its metadata and its page, with what the page adds below
 * the page file's text. `app/natverk/page.tsx` is then two exports.
 */
export function contentRoute(route: RouteKey, Extra?: () => ReactNode) {
  return {
    generateMetadata: () => contentPageMetadata(route),
    Page: function FixedPage() {
      return <ContentPage route={route}>{Extra && <Extra />}</ContentPage>;
    },
  };
}
