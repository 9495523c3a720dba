import ical, { ICalEventClass } from "ical-generator";
import { formatTimeSpan, formatWeekdayDate } from "./dates";
import { meetingBody, type Meeting } from "./content/meetings";
import { site, siteUrl } from "./site";

/**
 * Meetings as iCalendar (RFC 5545), written by ical-generator, which folds lines and escapes
 * text as the RFC says. Times are written in UTC (RFC 5545 §3.3.5, form 2), so they are right
 * on both sides of a daylight-saving change without a VTIMEZONE.
 */

/** Stable across rebuilds: the meeting's file name at the site's host (RFC 5545 §3.8.4.7). */
export function meetingUid(meeting: Meeting): string {
  return `${meeting.slug}@${new URL(siteUrl).host}`;
}

function summary(meeting: Meeting): string {
  return `${meetingBody(meeting).name} – RUN`;
}

function location(meeting: Meeting): string {
  if (meeting.form === "bildkonferens")
    return meeting.place ? `Bildkonferens, ${meeting.place}` : "Bildkonferens";
  return meeting.place ?? "";
}

export function meetingsCalendar(
  meetings: readonly Meeting[],
  name = `${site.shortName}: möten`,
): string {
  const calendar = ical({
    name,
    prodId: { company: site.shortName, product: "webbplats", language: "SV" },
    url: `${siteUrl}/moten`,
    // Clients that honour it refresh a subscription twice a day.
    ttl: 12 * 60 * 60,
  });
  for (const meeting of meetings) {
    const body = meetingBody(meeting);
    calendar.createEvent({
      id: meetingUid(meeting),
      start: meeting.startsAt,
      end: meeting.endsAt,
      // When the meeting's file last changed; without history, when the feed was written.
      stamp: meeting.committedAt ?? new Date(),
      summary: summary(meeting),
      location: location(meeting),
      description: `${body.name}, ${formatWeekdayDate(meeting.startsAt)} ${formatTimeSpan(meeting.startsAt, meeting.endsAt)}. ${
        meeting.form === "bildkonferens"
          ? "Mötet hålls som bildkonferens."
          : `Plats: ${meeting.place}.`
      } Mer om mötet: ${siteUrl}/moten`,
      url: `${siteUrl}/moten`,
      class: ICalEventClass.PUBLIC,
    });
  }
  // Every content line ends in CRLF, the last one too (RFC 5545 §3.1).
  return `${calendar.toString().replace(/\r?\n$/, "")}\r\n`;
}

export function calendarResponse(ics: string, filename?: string): Response {
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      ...(filename ? { "Content-Disposition": `attachment; filename="${filename}"` } : {}),
    },
  });
}
