import { formatDate, isoDate } from "@/lib/dates";

/** A date in Swedish ("22 november 2026") with its machine-readable form for assistive tech. */
export function FormattedDate({ date }: { date: Date }) {
  return <time dateTime={isoDate(date)}>{formatDate(date)}</time>;
}
