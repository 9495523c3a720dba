import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { VALID_ROOT } from "../helpers/fixtures";

beforeAll(() => {
  process.env.CONTENT_ROOT = VALID_ROOT;
});

async function feed() {
  const { meetingsCalendar } = await import("@/lib/calendar");
  const { getMeetings } = await import("@/lib/content/meetings");
  return meetingsCalendar(getMeetings());
}

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

describe("the calendar feed", () => {
  it("parses in a real iCalendar parser with every event at the right UTC instant", async () => {
    const parsed = events(await feed());
    expect(
      parsed.map((event) => [
        event.uid,
        event.startDate.toJSDate().toISOString(),
        event.endDate.toJSDate().toISOString(),
      ]),
    ).toEqual([
      [
        "2018-01-26-ledningsgruppen@localhost:3000",
        "2018-01-26T08:00:00.000Z",
        "2018-01-26T11:00:00.000Z",
      ],
      [
        "2018-05-03-testnatverk@localhost:3000",
        "2018-05-03T08:00:00.000Z",
        "2018-05-03T14:00:00.000Z",
      ],
      // Across the end of summer time: 01:30 CEST to 04:00 CET is three and a half hours.
      [
        "2018-10-28-run-riksdag@localhost:3000",
        "2018-10-27T23:30:00.000Z",
        "2018-10-28T03:00:00.000Z",
      ],
      ["2019-03-01-utkast@localhost:3000", "2019-03-01T08:00:00.000Z", "2019-03-01T09:00:00.000Z"],
    ]);
  });

  it("has summary, location, description, URL and DTSTAMP on each event", async () => {
    const text = await feed();
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
    for (const component of calendar.getAllSubcomponents("vevent")) {
      for (const property of ["summary", "location", "description", "url", "dtstamp"]) {
        expect(component.getFirstPropertyValue(property), property).toBeTruthy();
      }
    }
    const [first, second, third] = events(text);
    expect(first?.summary).toBe("Ledningsgruppen – RUN");
    expect(first?.location).toBe("Bildkonferens");
    expect(second?.location).toBe("Campus Östersund");
    expect(second?.description).toContain("torsdag 3 maj 2018 kl. 10.00–16.00");
    // Commas, semicolons and quotes survive the RFC's escaping.
    expect(third?.location).toBe('Sundsvall, "Stora salen"; plan 2');
  });

  it("escapes and folds lines as RFC 5545 says", async () => {
    const text = await feed();
    expect(text).toContain('LOCATION:Sundsvall\\, "Stora salen"\\; plan 2');
    const lines = text.split("\r\n");
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("gives the same UIDs on every build", async () => {
    const uids = (text: string) => events(text).map((event) => event.uid);
    expect(uids(await feed())).toEqual(uids(await feed()));
  });
});

describe("a feed per body that meets", () => {
  it("holds only that body's meetings, each at its instant, across the end of summer time", async () => {
    const { GET, generateStaticParams } = await import("@/app/kalender/[file]/route");
    const files = generateStaticParams().map((params) => params.file);
    expect(files).toEqual(
      expect.arrayContaining(["ledningsgruppen.ics", "run-riksdag.ics", "testnatverk.ics"]),
    );
    const feedOf = async (file: string) => {
      const response = await GET(new Request(`http://localhost/kalender/${file}`), {
        params: Promise.resolve({ file }),
      });
      expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      return events(await response.text()).map((event) => [
        event.uid.split("@")[0],
        event.startDate.toJSDate().toISOString(),
      ]);
    };
    expect(await feedOf("run-riksdag.ics")).toEqual([
      ["2018-10-28-run-riksdag", "2018-10-27T23:30:00.000Z"],
    ]);
    expect(await feedOf("testnatverk.ics")).toEqual([
      ["2018-05-03-testnatverk", "2018-05-03T08:00:00.000Z"],
    ]);
    const { getMeetings } = await import("@/lib/content/meetings");
    const group = await feedOf("ledningsgruppen.ics");
    expect(group.map(([uid]) => uid)).toEqual(
      getMeetings()
        .filter((meeting) => meeting.body === "ledningsgruppen")
        .map((meeting) => meeting.slug),
    );
    expect(group[0]).toEqual(["2018-01-26-ledningsgruppen", "2018-01-26T08:00:00.000Z"]);
  });
});
