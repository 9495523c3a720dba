import { FormattedDate } from "@/components/formatted-date";
import { PersonMention } from "@/components/person-mention";
import type { ReviewNoticeData } from "@/lib/content/review";

/**
 * Said in words near the top of a page whose review-by date has passed (Webbriktlinjer R23–R26),
 * so a visitor knows to check before relying on it, and whom to ask: the person responsible for
 * the content (Webbriktlinjer R21). Decided when the site is built; the weekly rebuild keeps it
 * current.
 */
export function ReviewNotice({
  date,
  contact,
  lang,
}: ReviewNoticeData & {
  /** Set on a page in another language: the notice itself is Swedish. */
  lang?: "sv";
}) {
  return (
    <p className="review-notice" data-review-notice="" lang={lang}>
      <strong>Informationen kan vara inaktuell.</strong> Sidan skulle ha setts över senast{" "}
      <FormattedDate date={date} />.
      {contact && (
        <>
          {" "}
          Fråga <PersonMention person={contact} />, som ansvarar för innehållet, om du behöver
          aktuella uppgifter.
        </>
      )}
    </p>
  );
}
