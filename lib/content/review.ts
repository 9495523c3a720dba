import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, isBefore } from "date-fns";
import { formatDate } from "../dates";
import { TIME_ZONE } from "../site";
import type { Problem } from "./problems";
import type { Content, Person, Source } from "./types";
import { personLine, responsiblePerson, type Responsible } from "./responsible";
import { publicationAt, type Scheduled } from "./publication";

/**
 * Review-by dates (Webbriktlinjer R23–R26: say how current information is, and keep it so). A
 * page, network or document is looked over by its own `review_by` date or, without one, a set
 * number of months (content/webbplatsen.md) after its file last changed. The page itself says
 * when that date has passed, and `npm run check` lists it, by the same rule, so the two agree.
 */

/** What the rule needs of a file: its own date if any, and when it last changed. */
export interface Reviewable extends Pick<Source, "source" | "committedAt">, Responsible, Scheduled {
  review_by?: Date;
  /** The front matter's `updated` date, for files without git history. */
  updated?: Date;
}

/** What a page says when its review-by date has passed. */
export interface ReviewNoticeData {
  /** The review-by date that has passed. */
  date: Date;
  /** Whom to ask: the person responsible for it (responsible.ts). */
  contact?: Person;
}

export interface ReviewDate {
  /** The last day on which the content counts as looked over in time (Stockholm midnight). */
  date: Date;
  /** True when the file's own `review_by` gave it, false when the site's interval did. */
  explicit: boolean;
}

/** When a file must be looked over, or null when nothing tells (no date and no history). */
export function reviewDate(item: Reviewable, intervalMonths: number): ReviewDate | null {
  if (item.review_by) return { date: item.review_by, explicit: true };
  const changed = item.committedAt ?? item.updated;
  if (!changed) return null;
  // Months are counted on Stockholm's calendar, whatever zone the build runs in.
  const date = addMonths(new TZDate(changed.getTime(), TIME_ZONE), intervalMonths);
  return { date: new Date(date.getTime()), explicit: false };
}

/** Past its date: the whole review-by day has gone by. */
export function isOverdue(review: ReviewDate | null, now: Date): review is ReviewDate {
  return (
    review !== null &&
    !isBefore(now, addDays(new TZDate(review.date.getTime(), TIME_ZONE), 1).getTime())
  );
}

/** The review date of a file that is overdue at `now`, or null. */
export function overdueReview(
  item: Reviewable,
  content: Pick<Content, "settings">,
  now: Date,
): ReviewDate | null {
  const review = reviewDate(item, content.settings.review_interval_months);
  return isOverdue(review, now) ? review : null;
}

/**
 * Every page, network and document whose review date has passed, as warnings for the check
 * (which still passes: out-of-date text is for the editors to act on, not a broken site).
 */
export function overdueWarnings(
  content: Content,
  now: Date,
  lineOf: (file: string, field: string) => number | undefined = () => undefined,
): Problem[] {
  const items: Reviewable[] = [...content.pages, ...content.networks, ...content.documents];
  const warnings: Problem[] = [];
  for (const item of items) {
    // A file past its last day is no longer shown: there is nothing on the site to look over.
    if (publicationAt(item, now) === "after") continue;
    const review = overdueReview(item, content, now);
    if (!review) continue;
    const when = formatDate(review.date);
    const person = responsiblePerson(item, content);
    const who = person ? ` Ansvarig: ${personLine(person)}.` : "";
    warnings.push(
      review.explicit
        ? {
            file: item.source,
            line: lineOf(item.source, "review_by"),
            field: "review_by",
            message: `är ${when}, och den dagen har passerat. Se över innehållet och skriv ett nytt datum; sidan visar under tiden att informationen kan vara inaktuell.${who}`,
          }
        : {
            file: item.source,
            message: `skulle ha setts över senast ${when} (${content.settings.review_interval_months} månader efter senaste ändringen). Se över innehållet och spara en ändring, eller skriv ett datum i review_by; sidan visar under tiden att informationen kan vara inaktuell.${who}`,
          },
    );
  }
  return warnings.sort((a, b) => a.file.localeCompare(b.file));
}
