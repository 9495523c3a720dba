import { compareAsc, compareDesc, isAfter } from "date-fns";

/**
 * Which meetings are next, upcoming and past at a given instant. Pure and free of server
 * code, so the browser runs the same logic with the visitor's clock (pages are built once and
 * may be served for weeks; the build's clock says nothing about the visitor's day).
 */

/** What a page needs to show one meeting; plain data, so it can be passed to the browser. */
export interface MeetingView {
  slug: string;
  bodyName: string;
  bodyHref: string;
  /** Instants as ISO strings with Stockholm's offset, e.g. `2018-01-26T09:00:00+01:00`. */
  startsAt: string;
  endsAt: string;
  /** "fredag 26 januari 2018" */
  dateText: string;
  /** "kl. 09.00–12.00" */
  timeText: string;
  /** The Stockholm year, for grouping past meetings. */
  year: number;
  form: "bildkonferens" | "på plats";
  place?: string;
  /** The meeting's own page. */
  href: string;
  /** The single-meeting calendar file. */
  icsHref: string;
  /** Cancelled meetings stay listed, marked, and are never "Nästa möte". */
  cancelled: boolean;
  /** The day a moved meeting was first planned for: `2027-02-05`, "fredag 5 februari 2027". */
  movedFrom?: { date: string; text: string };
  draft: boolean;
}

export interface Schedule<T> {
  /** The meeting under way or the next to start, never a cancelled one; null when none is planned. */
  next: T | null;
  /** Meetings still to come besides the next (cancelled ones included), earliest first. */
  upcoming: T[];
  /** Ended meetings by year, newest year first, each year's newest meeting first. */
  past: { year: number; meetings: T[] }[];
}

type Timed = Pick<MeetingView, "startsAt" | "endsAt" | "year" | "cancelled">;

/**
 * What the meeting clock of the static export reads of each meeting (in `data-meetings`): enough
 * to group them, and the slug that names the meeting's server-rendered `<article data-meeting>`.
 */
export type ClockMeeting = Timed & Pick<MeetingView, "slug">;

export const clockMeetings = (meetings: readonly MeetingView[]): ClockMeeting[] =>
  meetings.map(({ slug, startsAt, endsAt, year, cancelled }) => ({
    slug,
    startsAt,
    endsAt,
    year,
    cancelled,
  }));

/** A meeting has ended once its end time is reached: at 12:00 a 09–12 meeting is past. */
export function hasEnded(meeting: Timed, now: Date): boolean {
  return !isAfter(new Date(meeting.endsAt), now);
}

export function groupMeetings<T extends Timed>(meetings: readonly T[], now: Date): Schedule<T> {
  const byStart = [...meetings].sort((a, b) =>
    compareAsc(new Date(a.startsAt), new Date(b.startsAt)),
  );
  const coming = byStart.filter((meeting) => !hasEnded(meeting, now));
  const ended = byStart
    .filter((meeting) => hasEnded(meeting, now))
    .sort((a, b) => compareDesc(new Date(a.startsAt), new Date(b.startsAt)));
  const past: Schedule<T>["past"] = [];
  for (const meeting of ended) {
    const group = past.find((candidate) => candidate.year === meeting.year);
    if (group) group.meetings.push(meeting);
    else past.push({ year: meeting.year, meetings: [meeting] });
  }
  // A cancelled meeting is listed among the coming ones, but the next meeting is one held.
  const next = coming.find((meeting) => !meeting.cancelled) ?? null;
  return { next, upcoming: coming.filter((meeting) => meeting !== next), past };
}

/** Every meeting by year, newest year first and each year in date order: the no-clock view. */
export function meetingsByYear<T extends Timed>(
  meetings: readonly T[],
): { year: number; meetings: T[] }[] {
  const byStart = [...meetings].sort((a, b) =>
    compareAsc(new Date(a.startsAt), new Date(b.startsAt)),
  );
  const years = [...new Set(byStart.map((meeting) => meeting.year))].sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    meetings: byStart.filter((meeting) => meeting.year === year),
  }));
}
