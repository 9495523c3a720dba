import { documentRequestHref } from "../feedback";
import { documentIdPrefix } from "../routes";
import { siteUrl } from "../site";
import { describeFile } from "./pdf/facts";
import { previewLabel } from "./publication";
import { getContent, type Content, type ContentDocument, type Person } from "./reader";
import { reviewNotice } from "./site-pages";
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
export function getDocuments(
  content: Pick<Content, "documents"> = getContent(),
): ContentDocument[] {
  return [...content.documents].sort(
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

/** What the document register (DocumentList) and the accessibility statement show of a document. */
export interface DocumentView {
  slug: string;
  title: string;
  /** The file's address in public/, where it is published; null for a document without one. */
  fileHref: string | null;
  /** "PDF, 240 kB", beside the link; null without a file in public/. */
  fileText: string | null;
  /** "Kallelse och dagordning". */
  kindLabel: string;
  /** "År" for a single year, else "Period". */
  periodLabel: "År" | "Period";
  /** "2017–2019", or "2018". */
  periodText: string;
  /** What a screen reader would miss in its file (lib/content/pdf/facts.ts); empty when nothing. */
  lacks: readonly string[];
  /** The "Begär en tillgänglig version" e-mail, where `lacks` is not empty; else null. */
  accessibleVersionHref: string | null;
  /** Set when its review-by date has passed at build time (review.ts): the date, whom to ask. */
  overdue: { date: Date; contact?: Pick<Person, "name" | "email"> } | null;
  /** What marks a document only previews show ("Utkast", "Visas från …"); null on the built site. */
  preview: string | null;
  /** Its text, or null when it has none. */
  markdown: string | null;
  /** What its text's heading ids start with: several texts share one page. */
  idPrefix: string;
}

export function toDocumentView(
  document: ContentDocument,
  content: Content = getContent(),
): DocumentView {
  const lacks = document.fileFacts?.lacks ?? [];
  return {
    slug: document.slug,
    title: document.title,
    fileHref: document.file || null,
    fileText: document.fileFacts ? describeFile(document.fileFacts) : null,
    kindLabel: DOCUMENT_KIND_LABELS[document.kind],
    periodLabel: document.period.from === document.period.to ? "År" : "Period",
    periodText: formatPeriod(document.period),
    lacks,
    accessibleVersionHref:
      lacks.length > 0
        ? documentRequestHref(content.feedbackEmail, {
            title: document.title,
            url: `${siteUrl}${document.file?.trim()}`,
          })
        : null,
    overdue: reviewNotice(document, content),
    preview: previewLabel(document),
    markdown: document.markdown.trim() ? document.markdown : null,
    idPrefix: documentIdPrefix(document.slug),
  };
}

/** Every document as the register shows it, in the order of getDocuments. */
export function getDocumentViews(content: Content = getContent()): DocumentView[] {
  return getDocuments(content).map((document) => toDocumentView(document, content));
}
