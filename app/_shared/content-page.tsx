import type { ReactNode } from "react";
import { PageShell } from "@/components/layout/page-shell";
import { Markdown } from "@/components/markdown";
import { getPage } from "@/lib/content/pages";
import { fixedPage } from "@/lib/content/site-pages";
import { getSiteFacts } from "@/lib/content/site-facts";
import { pageMetadata } from "@/lib/metadata";
import type { RouteKey } from "@/lib/routes";

/*
 * What the route files of fixed pages share. It reads content (the page model and the page
 * file), so it lives beside the routes (`_shared` is a private folder: no address), while
 * everything in components/ takes values.
 */

/** The head of a fixed address: its record in the page model (lib/content/site-pages.ts). */
export function contentPageMetadata(route: RouteKey) {
  return pageMetadata(fixedPage(route));
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
  const { markdown } = getPage(route);
  return (
    <PageShell page={fixedPage(route)} facts={getSiteFacts()}>
      {lead ? (
        <div className="lead">
          <Markdown markdown={markdown} />
        </div>
      ) : (
        <Markdown markdown={markdown} />
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
