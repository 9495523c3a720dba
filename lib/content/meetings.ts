import { compareAsc } from "date-fns";
import {
  formatTimeSpan,
  formatWeekdayDate,
  isoDate,
  isoDateTime,
  stockholmDayStart,
  stockholmYear,
} from "../dates";
import type { MeetingView } from "../schedule";
import { bodyCalendarHref, meetingHref, meetingIcsHref, networkHref, ROUTES } from "../routes";
import { fixedBodies } from "../site";
import { getContent, type Content, type ContentDocument, type Meeting } from "./reader";

export type { Meeting };

/** Every meeting, earliest first. */
export function getMeetings(): Meeting[] {
  return [...getContent().meetings].sort((a, b) => compareAsc(a.startsAt, b.startsAt));
}

export function getMeeting(slug: string): Meeting | undefined {
  return getContent().meetings.find((meeting) => meeting.slug === slug);
}

/** Who meets, and where on the site they are described. */
export function meetingBody(
  meeting: Meeting,
  content: Pick<Content, "networks"> = getContent(),
): { name: string; href: string } {
  if (meeting.body in fixedBodies) return fixedBodies[meeting.body as keyof typeof fixedBodies];
  // Validation guarantees any other body is a network; a draft network left out of a
  // production build still names the meeting.
  const network = content.networks.find((candidate) => candidate.slug === meeting.body);
  return {
    name: network?.title ?? meeting.body,
    href: network ? networkHref(network.slug) : ROUTES.natverk.path,
  };
}

export function toMeetingView(
  meeting: Meeting,
  content: Pick<Content, "networks"> = getContent(),
): MeetingView {
  const body = meetingBody(meeting, content);
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
    href: meetingHref(meeting.slug),
    icsHref: meetingIcsHref(meeting.slug),
    cancelled: meeting.status === "inställt",
    ...(meeting.moved_from
      ? {
          movedFrom: {
            date: isoDate(stockholmDayStart(meeting.moved_from)),
            text: formatWeekdayDate(stockholmDayStart(meeting.moved_from)),
          },
        }
      : {}),
    draft: meeting.draft,
  };
}

/** A meeting page's title: "Ledningsgruppen, fredag 26 januari 2018". */
export function meetingTitle(view: Pick<MeetingView, "bodyName" | "dateText">): string {
  return `${view.bodyName}, ${view.dateText}`;
}

/** A meeting in one sentence, for its page's description and the A–Ö list. */
export function meetingDescription(view: MeetingView): string {
  const how = view.form === "bildkonferens" ? "bildkonferens" : `på plats, ${view.place ?? ""}`;
  return `${view.cancelled ? "Inställt möte" : "Möte"}: ${view.bodyName} ${view.dateText} ${view.timeText}, ${how}.`;
}

/** Who holds meetings: the fixed bodies and every network, each with its own feed. */
export function getBodies(
  { networks }: Pick<Content, "networks"> = getContent(),
): { slug: string; name: string; href: string }[] {
  return [
    ...Object.entries(fixedBodies).map(([slug, body]) => ({ slug, ...body })),
    ...networks.map((network) => ({
      slug: network.slug,
      name: network.title,
      href: networkHref(network.slug),
    })),
  ];
}

/** Meetings ready for a page, optionally only one body's. */
export function getMeetingViews(body?: string): MeetingView[] {
  return getMeetings()
    .filter((meeting) => body === undefined || meeting.body === body)
    .map((meeting) => toMeetingView(meeting));
}

/** A body's feed, as a page announces it in its head and offers it. */
export function bodyCalendar(
  slug: string,
  content: Pick<Content, "networks"> = getContent(),
): { href: string; title: string } {
  const name = getBodies(content).find((body) => body.slug === slug)?.name ?? slug;
  return { href: bodyCalendarHref(slug), title: `${name}: möten` };
}

/** A meeting's agenda and minutes, in that order, where its file names them. */
export function getMeetingDocuments(
  meeting: Meeting,
  { documents }: Pick<Content, "documents"> = getContent(),
): { role: string; document: ContentDocument }[] {
  return [
    { role: "Kallelse och dagordning", slug: meeting.agenda },
    { role: "Protokoll", slug: meeting.minutes },
  ].flatMap(({ role, slug }) => {
    // A draft document is left out of a production build; the check has made sure it exists.
    const document = documents.find((candidate) => candidate.slug === slug);
    return document ? [{ role, document }] : [];
  });
}
