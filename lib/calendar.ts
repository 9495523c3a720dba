import ical, { ICalEventClass, ICalEventStatus } from "ical-generator";
import { meetingBody, toMeetingView, type Meeting } from "./content/meetings";
import { meetingHref, ROUTES } from "./routes";
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

/** Calendar apps that ignore STATUS still show the word: "INSTÄLLT: Ledningsgruppen – RUN". */
function summary(meeting: Meeting): string {
  const title = `${meetingBody(meeting).name} – RUN`;
  return meeting.status === "inställt" ? `INSTÄLLT: ${title}` : title;
}

function description(meeting: Meeting, page: string): string {
  const view = toMeetingView(meeting);
  const what = `${view.bodyName}, ${view.dateText} ${view.timeText}.`;
  return [
    view.cancelled ? `Mötet är inställt. ${what}` : what,
    view.movedFrom ? `Flyttat från ${view.movedFrom.text}.` : "",
    view.form === "bildkonferens" ? "Mötet hålls som bildkonferens." : `Plats: ${view.place}.`,
    `Mer om mötet: ${page}`,
  ]
    .filter(Boolean)
    .join(" ");
}

function location(meeting: Meeting): string {
  if (meeting.form === "bildkonferens")
    return meeting.place ? `Bildkonferens, ${meeting.place}` : "Bildkonferens";
  return meeting.place ?? "";
}

export function meetingsCalendar(
  meetings: readonly Meeting[],
  { name = `${site.shortName}: möten`, url = `${siteUrl}${ROUTES.moten.path}` } = {},
): string {
  const calendar = ical({
    name,
    prodId: { company: site.shortName, product: "webbplats", language: "SV" },
    url,
    // Clients that honour it refresh a subscription twice a day.
    ttl: 12 * 60 * 60,
  });
  for (const meeting of meetings) {
    const page = `${siteUrl}${meetingHref(meeting.slug)}`;
    calendar.createEvent({
      id: meetingUid(meeting),
      // Goes up whenever the schedule changes (lib/content/schedule-history.ts).
      sequence: meeting.sequence,
      status: meeting.status === "inställt" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      start: meeting.startsAt,
      end: meeting.endsAt,
      // When the meeting's file last changed; without history, when the feed was written.
      stamp: meeting.committedAt ?? new Date(),
      summary: summary(meeting),
      location: location(meeting),
      description: description(meeting, page),
      url: page,
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
