import { describe, expect, it } from "vitest";
import type { MeetingView } from "@/lib/schedule";
import { upcomingEventsJsonLd } from "@/lib/structured-data";

const base: Omit<MeetingView, "slug" | "startsAt" | "endsAt" | "form" | "place"> = {
  bodyName: "Ledningsgruppen",
  bodyHref: "/om-run/ledningsgrupp",
  dateText: "",
  timeText: "",
  year: 2018,
  href: "/moten/x",
  icsHref: "",
  cancelled: false,
  draft: false,
};

const meetings: MeetingView[] = [
  {
    ...base,
    slug: "a",
    startsAt: "2018-01-26T09:00:00+01:00",
    endsAt: "2018-01-26T12:00:00+01:00",
    form: "bildkonferens",
  },
  {
    ...base,
    slug: "b",
    startsAt: "2018-05-03T10:00:00+02:00",
    endsAt: "2018-05-03T16:00:00+02:00",
    form: "på plats",
    place: "Campus Östersund",
  },
];

describe("Event structured data", () => {
  it("describes only meetings still to come, online or on site", () => {
    const events = upcomingEventsJsonLd(meetings, new Date("2018-02-01T00:00:00Z"));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      "@type": "Event",
      startDate: "2018-05-03T10:00:00+02:00",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", name: "Campus Östersund" },
    });
    const online = upcomingEventsJsonLd(meetings, new Date("2018-01-01T00:00:00Z"))[0];
    expect(online?.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
  });

  it("says when a meeting is cancelled, or moved and from which day", () => {
    const [cancelled, moved] = upcomingEventsJsonLd(
      [
        { ...meetings[0]!, cancelled: true },
        { ...meetings[1]!, movedFrom: { date: "2018-04-26", text: "torsdag 26 april 2018" } },
      ],
      new Date("2018-01-01T00:00:00Z"),
    );
    expect(cancelled?.eventStatus).toBe("https://schema.org/EventCancelled");
    expect(cancelled).not.toHaveProperty("previousStartDate");
    expect(moved).toMatchObject({
      eventStatus: "https://schema.org/EventRescheduled",
      previousStartDate: "2018-04-26",
    });
    const [planned] = upcomingEventsJsonLd([meetings[1]!], new Date("2018-01-01T00:00:00Z"));
    expect(planned?.eventStatus).toBe("https://schema.org/EventScheduled");
  });
});
