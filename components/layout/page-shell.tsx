import { PAGE_IDS } from "@/lib/page-ids";
import type { ReactNode } from "react";
import { FormattedDate } from "@/components/formatted-date";
import { Listen } from "@/components/listen";
import { PageFeedback } from "@/components/page-feedback";
import { ReviewNotice } from "@/components/review-notice";
import type { ReviewNoticeData } from "@/lib/content/review";
import type { SiteFacts } from "@/lib/content/site-facts";
import { editBaseUrl } from "@/lib/site";
import type { Crumb } from "@/lib/routes";
import { Breadcrumbs } from "./breadcrumbs";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";

interface PageShellProps {
  /** The page's address, to mark the current navigation item; null on the 404 page. */
  currentPath: string | null;
  title: string;
  /** The way from the start page to this page; shown as breadcrumbs below the top level. */
  trail?: readonly Crumb[];
  updated?: Date;
  /** The content file to suggest changes to, e.g. `content/sidor/om-run.md`. */
  source?: string;
  /** Shown between the heading and the text, e.g. a draft marker. */
  lead?: ReactNode;
  /** What the footer says about RUN (lib/content/site-facts.ts). */
  facts: SiteFacts;
  /** Set when the page's review-by date has passed: said under the heading. */
  review?: ReviewNoticeData | null;
  children: ReactNode;
}

/** The chrome every page shares: skip link, header, breadcrumbs, one h1, footer. */
export function PageShell({
  currentPath,
  title,
  trail,
  updated,
  source,
  lead,
  review,
  facts,
  children,
}: PageShellProps) {
  return (
    <>
      <SkipLink />
      <SiteHeader currentPath={currentPath} />
      <div className="page">
        {trail && trail.length > 2 && <Breadcrumbs trail={trail} />}
        {/* Search indexes this and nothing around it (scripts/search-index.ts). */}
        <main id={PAGE_IDS.main} tabIndex={-1} data-pagefind-body="">
          <h1>{title}</h1>
          {review && <ReviewNotice {...review} />}
          {lead}
          <Listen />
          {children}
        </main>
        {(updated || (editBaseUrl && source)) && (
          <div className="page-meta">
            {updated && (
              <p>
                Senast uppdaterad <FormattedDate date={updated} />
              </p>
            )}
            {editBaseUrl && source && (
              <p>
                <a href={`${editBaseUrl}/${source}`}>Föreslå en ändring</a>
              </p>
            )}
          </div>
        )}
        <PageFeedback feedback={facts.feedback} title={title} path={currentPath} />
      </div>
      <SiteFooter facts={facts} />
    </>
  );
}
