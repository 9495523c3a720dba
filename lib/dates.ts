import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { sv } from "date-fns/locale";
import { TIME_ZONE } from "./site";

/**
 * Dates and times as RUN's editors write them, turned into instants once, and shown in
 * Swedish. Every wall-clock time is Europe/Stockholm, whatever zone the server runs in.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** `2018-01-26` → its parts, or null when the text is not a real calendar date. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 30 February over into March; a round trip tells real dates from such.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return null;
  }
  return { year, month, day };
}

/** `09:00` → minutes since midnight, or null when it is no time of day. */
export function parseClockTime(text: string): { hours: number; minutes: number } | null {
  const match = TIME_PATTERN.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return { hours, minutes };
}

/**
 * The instant of a Stockholm wall-clock time, or null when that wall-clock time does not exist
 * (the hour skipped when summer time starts).
 */
export function stockholmInstant(date: CalendarDate, hours: number, minutes: number): Date | null {
  const zoned = new TZDate(date.year, date.month - 1, date.day, hours, minutes, TIME_ZONE);
  if (
    zoned.getHours() !== hours ||
    zoned.getMinutes() !== minutes ||
    zoned.getDate() !== date.day
  ) {
    return null;
  }
  return new Date(zoned.getTime());
}

/** Midnight at the start of a Stockholm calendar day. */
export function stockholmDayStart(date: CalendarDate): Date {
  return new Date(new TZDate(date.year, date.month - 1, date.day, TIME_ZONE).getTime());
}

function inStockholm(instant: Date): TZDate {
  return new TZDate(instant.getTime(), TIME_ZONE);
}

/** "fredag 26 januari 2018" */
export function formatWeekdayDate(instant: Date): string {
  return format(inStockholm(instant), "EEEE d MMMM yyyy", { locale: sv });
}

/** "26 januari 2018" */
export function formatDate(instant: Date): string {
  return format(inStockholm(instant), "d MMMM yyyy", { locale: sv });
}

/** "kl. 09.00–12.00", the Swedish style for a span of time (Språkrådet: point between hours). */
export function formatTimeSpan(start: Date, end: Date): string {
  return `kl. ${format(inStockholm(start), "HH.mm")}–${format(inStockholm(end), "HH.mm")}`;
}

/** `2018-01-26`: the Stockholm calendar date, for `<time dateTime>`. */
export function isoDate(instant: Date): string {
  return format(inStockholm(instant), "yyyy-MM-dd");
}

/** `2018-01-26T09:00:00+01:00`: the instant with Stockholm's offset, for `<time dateTime>`. */
export function isoDateTime(instant: Date): string {
  return format(inStockholm(instant), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** The year a meeting belongs to, in Stockholm. */
export function stockholmYear(instant: Date): number {
  return inStockholm(instant).getFullYear();
}
