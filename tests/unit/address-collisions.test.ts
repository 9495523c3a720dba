import { describe, expect, it } from "vitest";
import { KIND_ADDRESSES } from "@/lib/routes";
import { edited, problemsAfter } from "../helpers/fixtures";

/**
 * A file name that gives an address the site already has would replace what is there. The
 * check refuses it, naming the file and a free name, from the table of addresses.
 */

const MEETING = "content/moten/2018-05-03-testnatverk.md";
const NETWORK = "content/natverk/testnatverk.md";
const network = (title: string) => edited(NETWORK, "title: Testnätverk", `title: ${title}`);

describe("file names that collide with the site's own addresses", () => {
  it("a meeting file named kalender would replace the feed of all meetings", () => {
    expect(
      problemsAfter({
        "content/moten/kalender.md": edited(MEETING, "date: 2018-05-03", "date: 2018-05-04"),
      }),
    ).toEqual([
      "content/moten/kalender.md: har ett filnamn som ger adressen /moten/kalender.ics, som redan är kalendern med alla möten, och den ena skulle ersätta den andra. Byt namn på filen, t.ex. till content/moten/kalender-mote.md.",
    ]);
  });

  it("a network named like a group would take over the group's feed", () => {
    expect(
      problemsAfter({
        "content/natverk/ledningsgruppen.md": network("Ledningsgruppens nätverk"),
        "content/natverk/run-riksdag.md": network("Riksdagsnätverket"),
      }),
    ).toEqual([
      "content/natverk/ledningsgruppen.md: har ett filnamn som ger adressen /kalender/ledningsgruppen.ics, som redan är kalendern för Ledningsgruppen, och den ena skulle ersätta den andra. Byt namn på filen, t.ex. till content/natverk/ledningsgruppen-natverk.md. Ändra då också body: i nätverkets mötesfiler.",
      "content/natverk/run-riksdag.md: har ett filnamn som ger adressen /kalender/run-riksdag.ics, som redan är kalendern för RUN-riksdag, och den ena skulle ersätta den andra. Byt namn på filen, t.ex. till content/natverk/run-riksdag-natverk.md. Ändra då också body: i nätverkets mötesfiler.",
    ]);
  });

  it("the suggested name is free too", () => {
    const found = problemsAfter({
      "content/natverk/ledningsgruppen.md": network("Ledningsgruppens nätverk"),
      "content/natverk/ledningsgruppen-natverk.md": network("Ett annat nätverk"),
    });
    expect(found).toEqual([
      expect.stringContaining(
        "Byt namn på filen, t.ex. till content/natverk/ledningsgruppen-natverk-2.md.",
      ),
    ]);
  });

  it("a file in public/ at a feed's or a page's address must move", () => {
    expect(
      problemsAfter({
        "public/moten/kalender.ics": "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        "public/kalender/testnatverk.ics": "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        "public/sitemap.xml": "<urlset/>",
      }),
    ).toEqual([
      "public/moten/kalender.ics: ger adressen /moten/kalender.ics, som redan är kalendern med alla möten, och den ena skulle ersätta den andra. Flytta filen till en egen mapp, t.ex. public/filer/moten/kalender.ics, och ändra länkarna till den.",
      "public/sitemap.xml: ger adressen /sitemap.xml, som redan är webbplatskartan, och den ena skulle ersätta den andra. Flytta filen till en egen mapp, t.ex. public/filer/sitemap.xml, och ändra länkarna till den.",
      "public/kalender/testnatverk.ics: ger adressen /kalender/testnatverk.ics, som redan är adressen till content/natverk/testnatverk.md, och den ena skulle ersätta den andra. Flytta filen till en egen mapp, t.ex. public/filer/kalender/testnatverk.ics, och ändra länkarna till den.",
    ]);
  });

  it("every address a kind gives comes from the table of addresses", () => {
    expect(KIND_ADDRESSES.networks("x")).toEqual(["/natverk/x", "/kalender/x.ics"]);
    expect(KIND_ADDRESSES.meetings("x")).toEqual([
      "/moten/x",
      "/moten/x.ics",
      "/moten/x/kalender.ics",
    ]);
  });
});
