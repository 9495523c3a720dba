import { TZDate } from "@date-fns/tz";
import { formatDate, parseCalendarDate, stockholmDayStart } from "../dates";
import { TIME_ZONE } from "../site";

/**
 * Publication on a set day, the one rule that the site, the check and the preview share: a file
 * with `publish_from` is shown from the start of that Stockholm day, and one with
 * `publish_until` up to the end of that day. Outside those days the built site leaves it out
 * like a draft; `npm run dev` shows it, marked with the day.
 */

export interface Scheduled {
  /** The start of the first Stockholm day it is shown. */
  publish_from?: Date;
  /** The start of the last Stockholm day it is shown. */
  publish_until?: Date;
}

/** Not yet (before its first day), shown, or no longer (after its last day). */
export type Publication = "before" | "shown" | "after";

/** The start of the Stockholm day after the one that starts at `dayStart`. */
function nextDayStart(dayStart: Date): Date {
  const day = new TZDate(dayStart.getTime(), TIME_ZONE);
  return new Date(
    new TZDate(day.getFullYear(), day.getMonth(), day.getDate() + 1, TIME_ZONE).getTime(),
  );
}

export function publicationAt(item: Scheduled, now: Date): Publication {
  if (item.publish_from && now < item.publish_from) return "before";
  if (item.publish_until && now >= nextDayStart(item.publish_until)) return "after";
  return "shown";
}

/** Whether the built site shows the item at `now`: not a draft, and within its days. */
function isPublished(item: Scheduled & { draft?: boolean }, now: Date): boolean {
  return !item.draft && publicationAt(item, now) === "shown";
}

/**
 * The items the built site shows at `now` (default: the site's day). A production build's
 * content holds only these already; the development preview keeps the rest, marked, and every
 * list that leaves the page (sitemap, feeds, the A–Ö list, contact data) passes through here.
 */
export function published<T extends Scheduled & { draft?: boolean }>(
  items: readonly T[],
  now: Date = siteInstant(),
): T[] {
  return items.filter((item) => isPublished(item, now));
}

/**
 * The instant the site is built for: now, or the start of the Stockholm day in SITE_DATE
 * (ÅÅÅÅ-MM-DD), to see the site as it will be on a coming day (and for tests). An unreadable
 * SITE_DATE stops the build rather than publish the wrong day's site.
 */
export function siteInstant(env: Record<string, string | undefined> = process.env): Date {
  const written = env.SITE_DATE?.trim();
  if (!written) return new Date();
  const date = parseCalendarDate(written);
  if (!date) throw new Error(`SITE_DATE "${written}" är inget datum skrivet ÅÅÅÅ-MM-DD.`);
  return stockholmDayStart(date);
}

/** A file shown only from or until a day, as the check lists it. */
export interface ScheduledFile {
  file: string;
  /** "visas från 1 januari 2027", "visas till och med 31 december 2027", or both. */
  text: string;
  /** Whether the built site shows it today. */
  shownNow: boolean;
}

/** Every file with publication days that are ahead or under way at `now`, for the check. */
export function scheduledFiles(
  items: readonly (Scheduled & { source: string; draft?: boolean })[],
  now: Date,
): ScheduledFile[] {
  return items.flatMap((item) => {
    const publication = publicationAt(item, now);
    if (publication === "after" || (!item.publish_from && !item.publish_until)) return [];
    if (publication === "shown" && !item.publish_until) return [];
    const parts = [
      publication === "before" &&
        item.publish_from &&
        `visas från ${formatDate(item.publish_from)}`,
      item.publish_until && `visas till och med ${formatDate(item.publish_until)}`,
    ].filter((part): part is string => Boolean(part));
    return [{ file: item.source, text: parts.join(", "), shownNow: publication === "shown" }];
  });
}

/**
 * What marks a file that only development previews show: a draft (`draft: true`), or one outside
 * its publication days (`publish_from`, `publish_until`), with the day. Null for a file the
 * built site shows.
 */
export function previewLabel(
  item: Scheduled & { draft?: boolean },
  now: Date = siteInstant(),
): string | null {
  if (item.draft) return "Utkast";
  const publication = publicationAt(item, now);
  if (publication === "before" && item.publish_from)
    return `Visas från ${formatDate(item.publish_from)}`;
  if (publication === "after" && item.publish_until)
    return `Visades till och med ${formatDate(item.publish_until)}`;
  return null;
}
