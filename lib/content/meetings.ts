import { compareAsc } from "date-fns";
import { formatTimeSpan, formatWeekdayDate, isoDateTime, stockholmYear } from "../dates";
import type { MeetingView } from "../schedule";
import { meetingIcsHref, networkHref, ROUTES } from "../routes";
import { fixedBodies } from "../site";
import { getContent, type Meeting } from "./reader";

export type { Meeting };

/** Every meeting, earliest first. */
export function getMeetings(): Meeting[] {
  return [...getContent().meetings].sort((a, b) => compareAsc(a.startsAt, b.startsAt));
}

export function getMeeting(slug: string): Meeting | undefined {
  return getContent().meetings.find((meeting) => meeting.slug === slug);
}

/** Who meets, and where on the site they are described. */
export function meetingBody(meeting: Meeting): { name: string; href: string } {
  if (meeting.body in fixedBodies) return fixedBodies[meeting.body as keyof typeof fixedBodies];
  // Validation guarantees any other body is a network; a draft network left out of a
  // production build still names the meeting.
  const network = getContent().networks.find((candidate) => candidate.slug === meeting.body);
  return { name: network?.title ?? meeting.body, href: network ? networkHref(network.slug) : ROUTES.natverk.path };
}

export function toMeetingView(meeting: Meeting): MeetingView {
  const body = meetingBody(meeting);
  return {
    slug: meeting.slug,
    bodyName: body.name,
    bodyHref: body.href,
    startsAt: isoDateTime(meeting.startsAt),
    endsAt: isoDateTime(meeting.endsAt),
    dateText: formatWeekdayDate(meeting.startsAt),
    timeText: formatTimeSpan(meeting.startsAt, meeting.endsAt),
    year: stockholmYear(meeting.startsAt),
    form: meeting.form,
    place: meeting.place,
    icsHref: meetingIcsHref(meeting.slug),
    draft: meeting.draft,
  };
}

/** Meetings ready for a page, optionally only one body's. */
export function getMeetingViews(body?: string): MeetingView[] {
  return getMeetings()
    .filter((meeting) => body === undefined || meeting.body === body)
    .map(toMeetingView);
}
