import { meetingBody, toMeetingView, type Meeting } from "./content/meetings";
import { writeIcs, type IcsComponent } from "./icalendar";
import { meetingHref, ROUTES } from "./routes";
import { site, siteUrl } from "./site";

/**
 * Meetings as iCalendar (RFC 5545), written by lib/icalendar.ts, which escapes and folds every
 * property, the calendar's name too: a network's title is text, never lines of its own. Times
 * are written in UTC (RFC 5545 §3.3.5, form 2), so they are right on both sides of a
 * daylight-saving change without a VTIMEZONE.
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

/** One meeting as a VEVENT (RFC 5545 §3.6.1). */
function meetingEvent(meeting: Meeting): IcsComponent {
  const page = `${siteUrl}${meetingHref(meeting.slug)}`;
  const where = location(meeting);
  return {
    name: "VEVENT",
    properties: [
      { name: "UID", value: { text: meetingUid(meeting) } },
      // Goes up whenever the schedule changes (lib/content/schedule-history.ts).
      { name: "SEQUENCE", value: { integer: meeting.sequence } },
      // When the meeting's file last changed; without history, when the feed was written.
      { name: "DTSTAMP", value: { dateTime: meeting.committedAt ?? new Date() } },
      { name: "DTSTART", value: { dateTime: meeting.startsAt } },
      { name: "DTEND", value: { dateTime: meeting.endsAt } },
      { name: "SUMMARY", value: { text: summary(meeting) } },
      ...(where ? [{ name: "LOCATION", value: { text: where } }] : []),
      { name: "DESCRIPTION", value: { text: description(meeting, page) } },
      { name: "URL;VALUE=URI", value: { uri: page } },
      {
        name: "STATUS",
        value: { word: meeting.status === "inställt" ? "CANCELLED" : "CONFIRMED" },
      },
      { name: "CLASS", value: { word: "PUBLIC" } },
    ],
  };
}

export function meetingsCalendar(
  meetings: readonly Meeting[],
  { name = `${site.shortName}: möten`, url = `${siteUrl}${ROUTES.moten.path}` } = {},
): string {
  // Clients that honour it refresh a subscription twice a day.
  const refresh = { duration: 12 * 60 * 60 };
  return writeIcs({
    name: "VCALENDAR",
    properties: [
      { name: "VERSION", value: { word: "2.0" } },
      { name: "PRODID", value: { text: `-//${site.shortName}//webbplats//SV` } },
      { name: "URL", value: { uri: url } },
      // NAME is RFC 7986's; X-WR-CALNAME is what Apple and Google Calendar read.
      { name: "NAME", value: { text: name } },
      { name: "X-WR-CALNAME", value: { text: name } },
      { name: "REFRESH-INTERVAL;VALUE=DURATION", value: refresh },
      { name: "X-PUBLISHED-TTL", value: refresh },
    ],
    components: meetings.map(meetingEvent),
  });
}

export function calendarResponse(ics: string, filename?: string): Response {
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      ...(filename ? { "Content-Disposition": `attachment; filename="${filename}"` } : {}),
    },
  });
}
