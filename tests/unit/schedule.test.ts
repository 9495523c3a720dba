import { describe, expect, it } from "vitest";
import { groupMeetings, hasEnded, meetingsByYear } from "@/lib/schedule";

/** Meetings as the browser receives them: instants with Stockholm's offset. */
function meeting(slug: string, startsAt: string, endsAt: string, cancelled = false) {
  return { slug, startsAt, endsAt, year: Number(startsAt.slice(0, 4)), cancelled };
}

const meetings = [
  meeting("jan", "2018-01-26T09:00:00+01:00", "2018-01-26T12:00:00+01:00"),
  meeting("mar", "2018-03-27T09:00:00+02:00", "2018-03-27T12:00:00+02:00"),
  meeting("maj", "2018-05-03T10:00:00+02:00", "2018-05-03T16:00:00+02:00"),
  meeting("nov", "2018-11-22T09:00:00+01:00", "2018-11-22T12:00:00+01:00"),
  meeting("dec2017", "2017-12-01T09:00:00+01:00", "2017-12-01T10:00:00+01:00"),
];

const slugs = (items: { slug: string }[]) => items.map((item) => item.slug);

describe("grouping meetings at an instant", () => {
  it("before any meeting: all upcoming, the first is next", () => {
    const schedule = groupMeetings(meetings, new Date("2017-06-01T12:00:00Z"));
    expect(schedule.next?.slug).toBe("dec2017");
    expect(slugs(schedule.upcoming)).toEqual(["jan", "mar", "maj", "nov"]);
    expect(schedule.past).toEqual([]);
  });

  it("in the middle of 2018: past by year newest first, upcoming in date order", () => {
    const schedule = groupMeetings(meetings, new Date("2018-04-01T12:00:00Z"));
    expect(schedule.next?.slug).toBe("maj");
    expect(slugs(schedule.upcoming)).toEqual(["nov"]);
    expect(schedule.past.map((group) => group.year)).toEqual([2018, 2017]);
    expect(slugs(schedule.past[0]!.meetings)).toEqual(["mar", "jan"]);
  });

  it("a cancelled meeting is never next: the next one held is, and the cancelled one stays listed", () => {
    const withCancelled = [
      ...meetings.filter((item) => item.slug !== "mar"),
      meeting("mar", "2018-03-27T09:00:00+02:00", "2018-03-27T12:00:00+02:00", true),
    ];
    const schedule = groupMeetings(withCancelled, new Date("2018-03-01T12:00:00Z"));
    expect(schedule.next?.slug).toBe("maj");
    expect(slugs(schedule.upcoming)).toEqual(["mar", "nov"]);
    const allCancelled = withCancelled.map((item) => ({ ...item, cancelled: true }));
    const none = groupMeetings(allCancelled, new Date("2018-03-01T12:00:00Z"));
    expect(none.next).toBeNull();
    expect(slugs(none.upcoming)).toEqual(["mar", "maj", "nov"]);
  });

  it("a meeting under way is still next", () => {
    const schedule = groupMeetings(meetings, new Date("2018-05-03T13:00:00+02:00"));
    expect(schedule.next?.slug).toBe("maj");
  });

  it("at the exact end of a meeting it is past", () => {
    const end = new Date("2018-01-26T12:00:00+01:00");
    expect(hasEnded(meetings[0]!, end)).toBe(true);
    expect(hasEnded(meetings[0]!, new Date(end.getTime() - 1))).toBe(false);
    expect(groupMeetings(meetings, end).next?.slug).toBe("mar");
  });

  it("a meeting that ended an hour ago is no longer next", () => {
    const schedule = groupMeetings(meetings, new Date("2018-11-22T13:00:00+01:00"));
    expect(schedule.next).toBeNull();
    expect(schedule.upcoming).toEqual([]);
  });

  it("around the switch to summer time, judges by instants not wall clocks", () => {
    // 27 March 09:00 CEST is 07:00 UTC; at 07:30 UTC the meeting is under way.
    expect(groupMeetings(meetings, new Date("2018-03-27T07:30:00Z")).next?.slug).toBe("mar");
    // At 10:00 UTC (12:00 CEST) it has ended.
    expect(groupMeetings(meetings, new Date("2018-03-27T10:00:00Z")).next?.slug).toBe("maj");
  });

  it("lists every meeting by year without a clock", () => {
    const years = meetingsByYear(meetings);
    expect(years.map((group) => group.year)).toEqual([2018, 2017]);
    expect(slugs(years[0]!.meetings)).toEqual(["jan", "mar", "maj", "nov"]);
  });
});
