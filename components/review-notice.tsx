import { FormattedDate } from "@/components/formatted-date";
import type { ReviewNoticeData } from "@/lib/content/review";

/**
 * Said in words near the top of a page whose review-by date has passed (Webbriktlinjer R23–R26),
 * so a visitor knows to check before relying on it, and whom to ask. Decided when the site is
 * built; the weekly rebuild keeps it current.
 */
export function ReviewNotice({ date, contact }: ReviewNoticeData) {
  return (
    <p className="review-notice" data-review-notice="">
      <strong>Informationen kan vara inaktuell.</strong> Sidan skulle ha setts över senast{" "}
      <FormattedDate date={date} />.
      {contact && (
        <>
          {" "}
          Fråga {contact.name}
          {contact.email && (
            <>
              {" "}
              (<a href={`mailto:${contact.email}`}>{contact.email}</a>)
            </>
          )}{" "}
          om du behöver aktuella uppgifter.
        </>
      )}
    </p>
  );
}
