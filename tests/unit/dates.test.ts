import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatTimeSpan,
  formatWeekdayDate,
  isoDate,
  isoDateTime,
  parseCalendarDate,
  parseClockTime,
  stockholmInstant,
} from "@/lib/dates";

describe("calendar dates", () => {
  it("accepts real dates, including a leap day", () => {
    expect(parseCalendarDate("2018-01-26")).toEqual({ year: 2018, month: 1, day: 26 });
    expect(parseCalendarDate("2020-02-29")).toEqual({ year: 2020, month: 2, day: 29 });
  });

  it("refuses dates that do not exist or are written another way", () => {
    for (const text of [
      "2018-02-30",
      "2019-02-29",
      "2018-13-01",
      "2018-00-10",
      "26/1",
      "2018-1-26",
      "",
    ]) {
      expect(parseCalendarDate(text), text).toBeNull();
    }
  });

  it("reads clock times on the 24-hour clock", () => {
    expect(parseClockTime("09:00")).toEqual({ hours: 9, minutes: 0 });
    expect(parseClockTime("23:59")).toEqual({ hours: 23, minutes: 59 });
    for (const text of ["24:00", "9:00", "12:60", "09.00", "kl 9"])
      expect(parseClockTime(text), text).toBeNull();
  });
});

describe("Stockholm wall-clock time, whatever the server's zone", () => {
  it("runs these tests outside Stockholm's zone", () => {
    expect(process.env.TZ).toBe("Pacific/Auckland");
  });

  it("is UTC+1 in winter and UTC+2 in summer", () => {
    expect(stockholmInstant({ year: 2018, month: 1, day: 26 }, 9, 0)?.toISOString()).toBe(
      "2018-01-26T08:00:00.000Z",
    );
    expect(stockholmInstant({ year: 2018, month: 5, day: 3 }, 10, 0)?.toISOString()).toBe(
      "2018-05-03T08:00:00.000Z",
    );
  });

  it("has no 02:30 on the night summer time starts", () => {
    expect(stockholmInstant({ year: 2018, month: 3, day: 25 }, 2, 30)).toBeNull();
    expect(stockholmInstant({ year: 2018, month: 3, day: 25 }, 3, 0)?.toISOString()).toBe(
      "2018-03-25T01:00:00.000Z",
    );
  });

  it("counts the hour that repeats when summer time ends", () => {
    const start = stockholmInstant({ year: 2018, month: 10, day: 28 }, 1, 30)!;
    const end = stockholmInstant({ year: 2018, month: 10, day: 28 }, 4, 0)!;
    expect(start.toISOString()).toBe("2018-10-27T23:30:00.000Z");
    expect(end.toISOString()).toBe("2018-10-28T03:00:00.000Z");
  });
});

describe("Swedish formatting", () => {
  const start = new Date("2018-01-26T08:00:00Z");
  const end = new Date("2018-01-26T11:00:00Z");

  it("writes weekday and date in Swedish", () => {
    expect(formatWeekdayDate(start)).toBe("fredag 26 januari 2018");
    expect(formatDate(new Date("2026-11-22T12:00:00Z"))).toBe("22 november 2026");
  });

  it("writes a time span the Swedish way", () => {
    expect(formatTimeSpan(start, end)).toBe("kl. 09.00–12.00");
  });

  it("uses Stockholm's date near midnight", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    const instant = new Date("2018-12-31T23:30:00Z");
    expect(isoDate(instant)).toBe("2019-01-01");
    expect(formatDate(instant)).toBe("1 januari 2019");
  });

  it("gives machine-readable forms with Stockholm's offset", () => {
    expect(isoDate(start)).toBe("2018-01-26");
    expect(isoDateTime(start)).toBe("2018-01-26T09:00:00+01:00");
    expect(isoDateTime(new Date("2018-05-03T08:00:00Z"))).toBe("2018-05-03T10:00:00+02:00");
  });
});
