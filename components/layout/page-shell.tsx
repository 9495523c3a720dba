import { PAGE_IDS } from "@/lib/page-ids";
import type { ReactNode } from "react";
import { FormattedDate } from "@/components/formatted-date";
import { Listen } from "@/components/listen";
import { OtherVersions } from "@/components/other-versions";
import { PageFeedback } from "@/components/page-feedback";
import { ReviewNotice } from "@/components/review-notice";
import type { PageRecord } from "@/lib/content/site-pages";
import type { SiteFacts } from "@/lib/content/site-facts";
import { editBaseUrl } from "@/lib/site";
import { Breadcrumbs } from "./breadcrumbs";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";

/**
 * What the frame says about the page: its record from the page model (lib/content/site-pages.ts),
 * or, for a page that is none of the site's (404, a removed page), its address and heading.
 */
export type PageFrame = Pick<PageRecord, "title"> &
  Partial<
    Pick<PageRecord, "trail" | "updated" | "source" | "review" | "lang" | "versions" | "easyRead">
  > & {
    /** The page's address, to mark the current navigation item; null on the 404 page. */
    path: string | null;
  };

interface PageShellProps {
  page: PageFrame;
  /** Shown between the heading and the text, e.g. a draft marker. */
  lead?: ReactNode;
  /** What the footer says about RUN (lib/content/site-facts.ts). */
  facts: SiteFacts;
  children: ReactNode;
}

/** The chrome every page shares: skip link, header, breadcrumbs, one h1, footer. */
export function PageShell({ page, lead, facts, children }: PageShellProps) {
  const { path: currentPath, title, trail, updated, source, review, lang, versions = [] } = page;
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
          {/* A page in lättläst says so under its heading, as Swedish public sites mark them (R12). */}
          {page.easyRead && <p className="easy-read-mark">Lättläst</p>}
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
