import { pageFeedbackHref } from "../feedback";
import { ROUTES } from "../routes";
import { siteUrl } from "../site";
import { getDocumentViews, type DocumentView } from "./documents";
import { getContent, type Content } from "./reader";
import { fixedPage } from "./site-pages";

/**
 * The parts of the accessibility statement that are worked out, not written, so they never go
 * stale (DIGG's model statement): the documents that are not accessible (every PDF is read at
 * build time, lib/content/pdf/), how to report a problem (the same e-mail as every page's
 * feedback link), and the dates of the latest review and of the statement.
 */
export interface AccessibilityStatementView {
  /** The documents whose files a screen reader cannot use well, in the register's order. */
  inaccessible: DocumentView[];
  /** Where problems are reported (feedback-recipient.ts). */
  feedbackEmail: string;
  /** The "skriv till oss" e-mail, about the statement's own page. */
  reportHref: string;
  /** When the site's accessibility was last reviewed (`accessibility_reviewed`), if known. */
  reviewed?: Date;
  /** When the statement last changed: its page's "Senast uppdaterad". */
  updated: Date;
}

export function getAccessibilityStatement(
  content: Content = getContent(),
): AccessibilityStatementView {
  return {
    inaccessible: getDocumentViews(content).filter((document) => document.lacks.length > 0),
    feedbackEmail: content.feedbackEmail,
    reportHref: pageFeedbackHref(content.feedbackEmail, {
      title: "Tillgänglighet: brist på webbplatsen",
      url: `${siteUrl}${ROUTES.tillganglighet.path}`,
    }),
    reviewed: content.settings.accessibility_reviewed,
    updated: fixedPage("tillganglighet", content).updated,
  };
}
