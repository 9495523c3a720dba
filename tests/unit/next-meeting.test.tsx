// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { MeetingSchedule } from "@/components/meeting-schedule";
import { MeetingsByYear } from "@/components/meetings-by-year";
import { NextMeeting } from "@/components/next-meeting";
import { run } from "@/lib/clock/browser";
import type { MeetingView } from "@/lib/schedule";
import { SITE_ROOT } from "../helpers/fixtures";

// The visitor's clock as the React components see it: null, as on the server and in hydration,
// unless a test sets an instant (then the render is what `next start` shows once hydrated).
const visitor = vi.hoisted(() => ({ now: null as Date | null }));
vi.mock("@/components/use-now", () => ({ useNow: () => visitor.now }));

const meeting: MeetingView = {
  slug: "2018-01-26-ledningsgruppen",
  bodyName: "Ledningsgruppen",
  bodyHref: "/om-run/ledningsgrupp",
  startsAt: "2018-01-26T09:00:00+01:00",
  endsAt: "2018-01-26T12:00:00+01:00",
  year: 2018,
  dateText: "fredag 26 januari 2018",
  timeText: "kl. 09.00–12.00",
  form: "bildkonferens",
  href: "/moten/2018-01-26-ledningsgruppen",
  icsHref: "/moten/2018-01-26-ledningsgruppen.ics",
  cancelled: false,
  draft: false,
};

/** What the server sends (and hydration keeps) before the visitor's clock runs. */
const serverHtml = (builtAt: string) =>
  renderToStaticMarkup(<NextMeeting meetings={[meeting]} allHref="/moten" builtAt={builtAt} />);

describe("Nästa möte before the visitor's clock runs", () => {
  it("says at once that nothing is planned when nothing lay ahead at build time", () => {
    const html = serverHtml("2018-02-01T00:00:00.000Z");
    expect(html).toContain("Inga planerade möten just nu");
    expect(html).not.toContain("data-reserve");
  });

  it("points to all meetings and keeps room for one when the build knew of one ahead", () => {
    const html = serverHtml("2018-01-01T00:00:00.000Z");
    expect(html).toContain("alla möten med datum och tid");
    expect(html).toContain('data-reserve=""');
    // …and the stylesheet gives that box its room only when scripts run.
    const css = readFileSync("app/globals.css", "utf8");
    expect(css).toMatch(
      /@media \(scripting: enabled\) \{\s*\.next-meeting\[data-reserve\] \{\s*min-height: \d+rem;/,
    );
  });

  it("counts a cancelled meeting ahead as nothing planned", () => {
    const html = renderToStaticMarkup(
      <NextMeeting
        meetings={[{ ...meeting, cancelled: true }]}
        allHref="/moten"
        builtAt="2018-01-01T00:00:00.000Z"
      />,
    );
    expect(html).toContain("Inga planerade möten just nu");
    expect(html).not.toContain("data-reserve");
  });
});

/** Markup as the DOM holds it, each element's attributes in name order (their order is no difference). */
function canonical(html: string): string {
  const root = document.createElement("div");
  root.innerHTML = html;
  for (const element of root.querySelectorAll("*")) {
    const attributes = [...element.attributes].map(({ name, value }) => [name, value] as const);
    for (const [name] of attributes) element.removeAttribute(name);
    for (const [name, value] of attributes.sort(([a], [b]) => a.localeCompare(b)))
      element.setAttribute(name, value);
  }
  return root.innerHTML;
}

/** The page after the clock ran is the React components' page at that instant. */
function expectSameMarkup(clockMade: string, react: string, message: string): void {
  const root = document.createElement("div");
  root.innerHTML = react;
  // Parsing is slow here: sort the attributes only when the markup differs as it is.
  if (clockMade !== root.innerHTML) expect(canonical(clockMade), message).toBe(canonical(react));
}

/** What the React components render at an instant of the visitor's clock (null: the server's). */
function renderedAt(page: ReactElement, now: Date | null): string {
  visitor.now = now;
  try {
    return renderToStaticMarkup(page);
  } finally {
    visitor.now = null;
  }
}

describe("the export's meeting clock ends with the React components' markup", () => {
  let pages: Record<string, ReactElement>;
  let instants: Date[];

  beforeAll(async () => {
    // The fixture site's meetings, through the real schemas: two years, one cancelled, one moved.
    process.env.CONTENT_ROOT = SITE_ROOT;
    const { getMeetingViews } = await import("@/lib/content/meetings");
    const all = getMeetingViews();
    const leadership = getMeetingViews("ledningsgruppen");
    const network = getMeetingViews("regionalt-ikt-natverk");
    expect(all.some((view) => view.cancelled) && all.some((view) => view.movedFrom)).toBe(true);
    const built = (at: string) => ({ allHref: "/moten", builtAt: at });
    pages = {
      "/ built before every meeting": <NextMeeting meetings={all} {...built("2017-06-01")} />,
      "/ built after every meeting": <NextMeeting meetings={all} {...built("2026-06-01")} />,
      "/moten": <MeetingSchedule meetings={all} />,
      "a network's page": <MeetingSchedule meetings={network} showBody={false} />,
      "/om-run/ledningsgrupp": (
        <>
          <NextMeeting meetings={leadership} {...built("2018-01-01")} />
          <MeetingsByYear meetings={leadership} headingLevel={3} showBody={false} />
        </>
      ),
    };
    // A meeting moves from coming to past when it ends (lib/schedule.ts): the minute before and
    // the minute of every end, and long before and after them all.
    const MINUTE = 60_000;
    instants = [
      Date.parse("2000-01-01T00:00:00Z"),
      ...all.flatMap((view) => [Date.parse(view.endsAt) - MINUTE, Date.parse(view.endsAt)]),
      Date.parse("2030-01-01T00:00:00Z"),
    ]
      .sort((a, b) => a - b)
      .map((time) => new Date(time));
  });

  it("on the server's HTML, at every instant where the groups change", () => {
    for (const [name, page] of Object.entries(pages))
      for (const now of instants) {
        document.body.innerHTML = renderedAt(page, null);
        run(now);
        expectSameMarkup(
          document.body.innerHTML,
          renderedAt(page, now),
          `${name} at ${now.toISOString()}`,
        );
      }
  });

  it("and again each minute, from what it made the minute before", () => {
    for (const [name, page] of Object.entries(pages)) {
      document.body.innerHTML = renderedAt(page, null);
      // Forward as the minutes pass, then back, as when a visitor sets the clock back.
      for (const now of [...instants, ...instants.toReversed()]) {
        run(now);
        expectSameMarkup(
          document.body.innerHTML,
          renderedAt(page, now),
          `${name} at ${now.toISOString()}`,
        );
      }
    }
  });
});
