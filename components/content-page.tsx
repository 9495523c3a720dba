import type { ReactNode } from "react";
import type { Crumb } from "@/components/layout/breadcrumbs";
import { PageShell } from "@/components/layout/page-shell";
import { Markdown } from "@/components/markdown";
import { routeReview, routeUpdated } from "@/lib/content/addresses";
import { getPage } from "@/lib/content/pages";
import { pageMetadata } from "@/lib/metadata";
import type { PageRoute } from "@/lib/site";

/** Title, description and canonical address of a fixed address, from its page file. */
export function contentPageMetadata(route: PageRoute) {
  const page = getPage(route);
  return pageMetadata({ path: route, title: page.title, description: page.description });
}

/**
 * A fixed address: its page file's heading and text, then whatever the page adds from other
 * content (lists of members, meetings, documents).
 */
export function ContentPage({
  route,
  trail,
  lead = false,
  children,
}: {
  route: PageRoute;
  trail?: readonly Crumb[];
  /** Sets the page file's text as the page's introduction (larger type), as the start page does. */
  lead?: boolean;
  children?: ReactNode;
}) {
  const page = getPage(route);
  return (
    <PageShell
      currentPath={route}
      title={page.title}
      trail={trail}
      updated={routeUpdated(route)}
      source={page.source}
      review={routeReview(route)}
    >
      {lead ? (
        <div className="lead">
          <Markdown source={page.markdown} />
        </div>
      ) : (
        <Markdown source={page.markdown} />
      )}
      {children}
    </PageShell>
  );
}
