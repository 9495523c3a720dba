import { getMembers } from "./content/members";
import { getChair } from "./content/leadership";
import { hasEnded, type MeetingView } from "./schedule";
import { site, siteUrl } from "./site";

/** schema.org data for RUN itself (https://schema.org/Organization). */
export function organizationJsonLd() {
  const contact = getChair()?.person;
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: site.name,
    alternateName: site.shortName,
    url: `${siteUrl}/`,
    areaServed: "Mittsverige",
    member: getMembers().map((member) => ({
      "@type": member.kind === "kommun" ? "AdministrativeArea" : "CollegeOrUniversity",
      name: member.name,
    })),
    ...(contact?.email
      ? {
          contactPoint: {
            "@type": "ContactPoint",
            name: contact.name,
            email: contact.email,
            contactType: "ordförande",
          },
        }
      : {}),
  };
}

/** schema.org Event data for meetings (https://schema.org/Event). */
export function eventsJsonLd(meetings: readonly MeetingView[]) {
  return meetings.map((meeting) => ({
    "@context": "https://schema.org",
    "@type": "Event",
    name: `${meeting.bodyName}: möte`,
    startDate: meeting.startsAt,
    endDate: meeting.endsAt,
    eventStatus: meeting.cancelled
      ? "https://schema.org/EventCancelled"
      : meeting.movedFrom
        ? "https://schema.org/EventRescheduled"
        : "https://schema.org/EventScheduled",
    ...(meeting.movedFrom ? { previousStartDate: meeting.movedFrom.date } : {}),
    eventAttendanceMode:
      meeting.form === "bildkonferens"
        ? "https://schema.org/OnlineEventAttendanceMode"
        : "https://schema.org/OfflineEventAttendanceMode",
    location:
      meeting.form === "bildkonferens"
        ? { "@type": "VirtualLocation", url: `${siteUrl}${meeting.href}` }
        : { "@type": "Place", name: meeting.place, address: meeting.place },
    organizer: { "@type": "Organization", name: site.name, url: `${siteUrl}/` },
    url: `${siteUrl}${meeting.href}`,
  }));
}

/**
 * Events for the meetings still to come when the page is built. Search engines read this;
 * a meeting that has since ended is an event in the past, which is still true of it.
 */
export function upcomingEventsJsonLd(meetings: readonly MeetingView[], now: Date = new Date()) {
  return eventsJsonLd(meetings.filter((meeting) => !hasEnded(meeting, now)));
}
