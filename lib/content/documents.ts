import { documentRequestHref } from "../feedback";
import { siteUrl } from "../site";
import { describeFile } from "./pdf/facts";
import { getContent, type ContentDocument } from "./reader";
import { feedbackEmail } from "./site-facts";
import { reviewNotice } from "./addresses";
import type { ReviewNoticeData } from "./review";
import type { DocumentKind } from "./schemas";

export type { ContentDocument };

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  avtal: "Avtal",
  kallelse: "Kallelse och dagordning",
  verksamhetsplan: "Verksamhetsplan",
  handlingsplan: "Handlingsplan",
  verksamhetsrapport: "Verksamhetsrapport",
  protokoll: "Protokoll",
  övrigt: "Övrigt",
};

/** Newest period first; within a period, by title. */
export function getDocuments(): ContentDocument[] {
  return [...getContent().documents].sort(
    (a, b) =>
      b.period.to - a.period.to ||
      b.period.from - a.period.from ||
      a.title.localeCompare(b.title, "sv"),
  );
}

/** "2017–2019", or "2018" for a single year. */
export function formatPeriod(period: { from: number; to: number }): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

/**
 * A document's review-by date when it has passed at build time (see review.ts), and whom to
 * ask, else null.
 */
export function documentOverdue(document: ContentDocument): ReviewNoticeData | null {
  return reviewNotice(document);
}

/** "PDF, 240 kB" for a document with a file in public/, else null. */
export function documentFileText(document: ContentDocument): string | null {
  return document.fileFacts ? describeFile(document.fileFacts) : null;
}

/**
 * The "Begär en tillgänglig version" e-mail for a document whose file a screen reader cannot
 * use well (lib/content/pdf/facts.ts), else null.
 */
export function accessibleVersionHref(document: ContentDocument): string | null {
  if (!document.fileFacts || document.fileFacts.lacks.length === 0) return null;
  return documentRequestHref(feedbackEmail(), {
    title: document.title,
    url: `${siteUrl}${document.file?.trim()}`,
  });
}

/** Documents whose files are not accessible: listed in the accessibility statement. */
export function getInaccessibleDocuments(): ContentDocument[] {
  return getDocuments().filter((document) => (document.fileFacts?.lacks.length ?? 0) > 0);
}
