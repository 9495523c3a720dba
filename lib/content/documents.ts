import { getContent, type ContentDocument } from "./reader";
import { overdueReview } from "./review";
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
      b.period.to - a.period.to || b.period.from - a.period.from || a.title.localeCompare(b.title, "sv"),
  );
}

/** "2017–2019", or "2018" for a single year. */
export function formatPeriod(period: { from: number; to: number }): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

/** A document's review-by date when it has passed at build time (see review.ts), else null. */
export function documentOverdue(document: ContentDocument): Date | null {
  return overdueReview(document, getContent(), new Date())?.date ?? null;
}
