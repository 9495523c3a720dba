import { PAGE_IDS } from "@/lib/page-ids";
import type { ReactNode } from "react";
import { FormattedDate } from "@/components/formatted-date";
import { Listen } from "@/components/listen";
import { OtherVersions } from "@/components/other-versions";
import { PageFeedback } from "@/components/page-feedback";
import { ReviewNotice } from "@/components/review-notice";
import type { ReviewNoticeData } from "@/lib/content/review";
import type { SiteFacts } from "@/lib/content/site-facts";
import { editBaseUrl } from "@/lib/site";
import type { Crumb, OtherVersion } from "@/lib/routes";
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
  /** The language of the main content when it is not Swedish (WCAG 3.1.2). */
  lang?: "en";
  /** The same content in lättläst or another language, linked under the heading. */
  versions?: readonly OtherVersion[];
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
  lang,
  versions = [],
  children,
}: PageShellProps) {
  return (
    <>
      <SkipLink />
      <SiteHeader currentPath={currentPath} />
      <div className="page">
        {trail && trail.length > 2 && <Breadcrumbs trail={trail} />}
        {/* Search indexes this and nothing around it (scripts/search-index.mts). */}
        <main id={PAGE_IDS.main} tabIndex={-1} data-pagefind-body="" lang={lang}>
          <h1>{title}</h1>
          {review && <ReviewNotice {...review} lang={lang ? "sv" : undefined} />}
          {versions.length > 0 && <OtherVersions versions={versions} />}
          {lead}
          {/* "Lyssna" reads with a Swedish voice, so a page in another language goes without. */}
          {!lang && <Listen />}
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
