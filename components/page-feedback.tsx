import type { SiteFacts } from "@/lib/content/site-facts";
import { pageFeedbackHref, PRIVACY_NOTE } from "@/lib/feedback";
import { PAGE_IDS } from "@/lib/page-ids";
import { siteUrl } from "@/lib/site";

/**
 * "Hjälpte informationen dig?" on every page: a link that opens the visitor's e-mail with the
 * recipient, the page's name and its address filled in (lib/feedback.ts). No form, no service.
 */
export function PageFeedback({
  feedback,
  title,
  path,
}: {
  feedback: SiteFacts["feedback"];
  title: string;
  /** The page's address; null on the 404 page, which has none of its own. */
  path: string | null;
}) {
  const href = pageFeedbackHref(feedback.email, {
    title,
    url: path === null ? "(sidan som inte fanns)" : `${siteUrl}${path}`,
  });
  return (
    <section aria-labelledby={PAGE_IDS.feedback} className="page-feedback">
      <h2 id={PAGE_IDS.feedback}>{feedback.question}</h2>
      <p>
        Är något fel eller oklart på sidan? <a href={href}>{feedback.link}</a>. Länken öppnar din
        e-post med sidans namn och adress ifyllda, till {feedback.email}.
      </p>
      <p className="page-feedback-note">{PRIVACY_NOTE}</p>
    </section>
  );
}
