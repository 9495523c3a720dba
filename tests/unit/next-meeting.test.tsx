import { readFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NextMeeting } from "@/components/next-meeting";
import type { MeetingView } from "@/lib/schedule";

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
