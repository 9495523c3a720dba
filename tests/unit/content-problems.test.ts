import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edited, invalidRoot, problemsAfter, VALID_ROOT } from "../helpers/fixtures";
import { loadContent } from "@/lib/content/reader";
import { ContentError, formatProblem } from "@/lib/content/problems";

const MEETING = "content/moten/2018-01-26-ledningsgruppen.md";
const NETWORK = "content/natverk/testnatverk.md";
const PERSON = "content/personer/anna-andersson.md";
const PAGE = "content/sidor/om-run.md";

describe("valid content", () => {
  it("has no problems", () => {
    expect(loadContent(VALID_ROOT, { includeDrafts: true }).problems).toEqual([]);
  });

  it("leaves drafts out of production", () => {
    const { content } = loadContent(VALID_ROOT, { includeDrafts: false });
    expect(content?.networks.map((network) => network.slug)).toEqual(["testnatverk"]);
    expect(content?.meetings.some((meeting) => meeting.draft)).toBe(false);
  });
});

describe("every problem is named, in Swedish, with file, line and field", () => {
  it("YAML syntax errors give the line and the text on it", () => {
    expect(problemsAfter({ [PERSON]: "---\nname: Anna\ntitle Rektor\nemail: a@b.se\n---\n" }))
      .toMatchInlineSnapshot(`
        [
          "content/personer/anna-andersson.md:3: YAML-fel: raden kan inte läsas: saknas ett kolon efter fältnamnet, eller är raden indragen fel? Rad 2: «name: Anna», rad 3: «title Rektor», rad 4: «email: a@b.se». Skriv varje fält som "namn: värde" på en egen rad, och listor som rader som börjar med "- ".",
        ]
      `);
  });

  it("a misspelt key suggests the key that was meant", () => {
    expect(problemsAfter({ [PAGE]: edited(PAGE, "title:", "titel:") })).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:2: fältet "titel" är okänt — menade du "title"?",
      ]
    `);
  });

  it("an unknown key with no near match lists the allowed keys", () => {
    expect(problemsAfter({ [PERSON]: edited(PERSON, "name:", "skostorlek: 42\nname:") }))
      .toMatchInlineSnapshot(`
      [
        "content/personer/anna-andersson.md:2: fältet "skostorlek" är okänt — tillåtna fält här: "name", "title", "organisation", "email".",
      ]
    `);
  });

  it("a missing required field is named with an example", () => {
    expect(problemsAfter({ [NETWORK]: edited(NETWORK, "participants: Alla kommuner.\n", "") }))
      .toMatchInlineSnapshot(`
      [
        "content/natverk/testnatverk.md: fältet "participants" saknas. Lägg till det. Exempel: participants: Samtliga 19 kommuner i regionen erbjuds att delta.",
      ]
    `);
  });

  it("a wrong type says what was expected", () => {
    expect(
      problemsAfter({
        [NETWORK]: edited(NETWORK, "purposes:\n  - att pröva\n  - att lära", "purposes: att pröva"),
      }),
    ).toMatchInlineSnapshot(`
        [
          "content/natverk/testnatverk.md:4: fältet "purposes" ska vara en lista (en rad per värde som börjar med "- "), men är texten "att pröva". Exempel: purposes: - att erfarenhetsutbyte mellan skolor, kommuner och universitet utvecklas",
        ]
      `);
  });

  it("an impossible date is refused", () => {
    expect(problemsAfter({ [MEETING]: edited(MEETING, "2018-01-26", "2018-02-30") }))
      .toMatchInlineSnapshot(`
      [
        "content/moten/2018-01-26-ledningsgruppen.md:3: fältet "date" "2018-02-30" är inget datum som finns. Kontrollera dag och månad.",
      ]
    `);
  });

  it("a date in another format shows the format to use", () => {
    expect(problemsAfter({ [MEETING]: edited(MEETING, "2018-01-26", "26/1/2018") }))
      .toMatchInlineSnapshot(`
      [
        "content/moten/2018-01-26-ledningsgruppen.md:3: fältet "date" "26/1/2018" är inte skrivet som ÅÅÅÅ-MM-DD. Skriv "2018-01-26".",
      ]
    `);
  });

  it("an impossible time is refused", () => {
    expect(problemsAfter({ [MEETING]: edited(MEETING, '"09:00"', '"25:00"') }))
      .toMatchInlineSnapshot(`
      [
        "content/moten/2018-01-26-ledningsgruppen.md:4: fältet "start" "25:00" är ingen tid. Skriv tiden som TT:MM med 24-timmarsklocka, t.ex. "09:00".",
      ]
    `);
  });

  it("a time skipped by summer time is refused", () => {
    expect(
      problemsAfter({
        [MEETING]: edited(
          MEETING,
          'date: 2018-01-26\nstart: "09:00"',
          'date: 2018-03-25\nstart: "02:30"',
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/moten/2018-01-26-ledningsgruppen.md:4: fältet "start" "02:30" finns inte den dagen: klockan ställs fram till sommartid. Välj en annan tid.",
      ]
    `);
  });

  it("an end before the start is refused", () => {
    expect(problemsAfter({ [MEETING]: edited(MEETING, '"12:00"', '"08:00"') }))
      .toMatchInlineSnapshot(`
      [
        "content/moten/2018-01-26-ledningsgruppen.md:5: fältet "end" "08:00" är inte efter starttiden "09:00". Sluttiden måste vara senare än starttiden.",
      ]
    `);
  });

  it("a meeting on site needs a place", () => {
    expect(problemsAfter({ [MEETING]: edited(MEETING, "bildkonferens", "på plats") }))
      .toMatchInlineSnapshot(`
      [
        "content/moten/2018-01-26-ledningsgruppen.md: fältet "place" saknas. Ett möte "på plats" behöver en plats, t.ex. "place: Campus Sundsvall".",
      ]
    `);
  });

  it("an unknown county or role suggests the nearest allowed value", () => {
    expect(
      problemsAfter({
        "content/medlemmar/sundsvall.md": edited(
          "content/medlemmar/sundsvall.md",
          "Västernorrland",
          "Västernorland",
        ),
        "content/ledningsgruppen.md": edited(
          "content/ledningsgruppen.md",
          "role: ledamot",
          "role: ledarmot",
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/ledningsgruppen.md:7: fältet "members[1].role" har värdet "ledarmot", som inte är tillåtet. Menade du "ledamot"? Skriv ett av: "ordförande", "vice ordförande", "ledamot", "adjungerad".",
        "content/medlemmar/sundsvall.md:4: fältet "county" har värdet "Västernorland", som inte är tillåtet. Menade du "Västernorrland"? Skriv ett av: "Västernorrland", "Jämtland Härjedalen", "Gävleborg".",
      ]
    `);
  });

  it("a municipality needs a county", () => {
    expect(
      problemsAfter({
        "content/medlemmar/are.md": edited(
          "content/medlemmar/are.md",
          "county: Jämtland Härjedalen\n",
          "",
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/medlemmar/are.md: fältet "county" saknas. En kommun ska ha ett län: Västernorrland, Jämtland Härjedalen, Gävleborg.",
      ]
    `);
  });

  it("a reference to a person who does not exist suggests the nearest", () => {
    expect(
      problemsAfter({
        [NETWORK]: edited(NETWORK, "contact: bo-berg", "contact: bo-bergh"),
        "content/ledningsgruppen.md": edited(
          "content/ledningsgruppen.md",
          "person: anna-andersson",
          "person: okand",
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/natverk/testnatverk.md:8: fältet "contact" "bo-bergh" finns inte i content/personer/. Menade du "bo-berg"?",
        "content/ledningsgruppen.md:3: fältet "members[0].person" "okand" finns inte i content/personer/.",
      ]
    `);
  });

  it("a meeting of a body that does not exist is refused", () => {
    expect(
      problemsAfter({
        [MEETING]: edited(MEETING, "body: ledningsgruppen", "body: ledningsgrupen"),
      }),
    ).toMatchInlineSnapshot(`
        [
          "content/moten/2018-01-26-ledningsgruppen.md:2: fältet "body" "ledningsgrupen" finns inte i listan över dem som möts (ledningsgruppen, run-riksdag, testnatverk, utkastnatverk). Menade du "ledningsgruppen"?",
        ]
      `);
  });

  it("a meeting status it does not know is refused, with the nearest allowed one", () => {
    expect(
      problemsAfter({
        [MEETING]: edited(MEETING, "form: bildkonferens", "form: bildkonferens\nstatus: installt"),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/moten/2018-01-26-ledningsgruppen.md:7: fältet "status" har värdet "installt", som inte är tillåtet. Menade du "inställt"? Skriv ett av: "planerat", "inställt".",
      ]
    `);
  });

  it("a moved-from date equal to the meeting's date is refused", () => {
    expect(
      problemsAfter({
        [MEETING]: edited(MEETING, "date: 2018-01-26", "date: 2018-01-26\nmoved_from: 2018-01-26"),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/moten/2018-01-26-ledningsgruppen.md:4: fältet "moved_from" "2018-01-26" är samma dag som date. Ett flyttat möte har den nya dagen i date och den gamla här; ta bort raden om mötet inte har flyttats.",
      ]
    `);
  });

  it("an agenda or minutes that names no document is refused", () => {
    expect(
      problemsAfter({
        [MEETING]: edited(
          MEETING,
          "form: bildkonferens",
          "form: bildkonferens\nagenda: plann\nminutes: protokoll-saknas",
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/moten/2018-01-26-ledningsgruppen.md:7: fältet "agenda" "plann" finns inte i content/dokument/. Menade du "plan"?",
        "content/moten/2018-01-26-ledningsgruppen.md:8: fältet "minutes" "protokoll-saknas" finns inte i content/dokument/.",
      ]
    `);
    expect(
      problemsAfter({
        [MEETING]: edited(
          MEETING,
          "form: bildkonferens",
          "form: bildkonferens\nagenda: plan\nminutes: avtal",
        ),
      }),
    ).toEqual([]);
  });

  it("duplicates are refused", () => {
    expect(
      problemsAfter({
        "content/medlemmar/sundsvall-2.md":
          '---\nname: Sundsvall\nkind: kommun\ncounty: Västernorrland\nkommunkod: "2281"\n---\n',
        "content/moten/2018-01-26-kopia.md": edited(
          MEETING,
          "form: bildkonferens",
          "form: bildkonferens",
        ),
        "content/ledningsgruppen.md": edited(
          "content/ledningsgruppen.md",
          "person: bo-berg",
          "person: anna-andersson",
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/medlemmar/sundsvall.md: Medlemmen "Sundsvall" finns redan i content/medlemmar/sundsvall-2.md. Ta bort en av filerna.",
        "content/moten/2018-01-26-ledningsgruppen.md: Ett möte för ledningsgruppen med samma dag och starttid finns redan i content/moten/2018-01-26-kopia.md. Ta bort en av filerna.",
        "content/ledningsgruppen.md:6: fältet "members[1].person" "anna-andersson" står redan tidigare i listan. Ta bort dubbletten.",
      ]
    `);
  });

  it("a document file that is not in public/ is refused", () => {
    expect(problemsAfter({ "public/dokument/avtal.pdf": null })).toMatchInlineSnapshot(`
      [
        "content/dokument/avtal.md:5: fältet "file" "/dokument/avtal.pdf" finns inte i public/. Lägg filen i public/dokument/avtal.pdf eller ta bort raden.",
      ]
    `);
  });

  it("a Markdown link to an address that does not exist is refused", () => {
    expect(
      problemsAfter({
        [PAGE]: edited(PAGE, "(/om-run/ledningsgrupp)", "(/om-run/ledningsgruppen)"),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:8: länkar till "/om-run/ledningsgruppen", en adress som inte finns på webbplatsen. Menade du "/om-run/ledningsgrupp"?",
      ]
    `);
  });

  it("a file name that cannot be an address is refused", () => {
    expect(
      problemsAfter({ "content/natverk/Nytt nätverk.md": edited(NETWORK, "Testnätverk", "Nytt") }),
    ).toMatchInlineSnapshot(`
      [
        "content/natverk/Nytt nätverk.md: har ett filnamn som inte kan bli en adress. Använd små bokstäver a–z utan å, ä, ö, siffror och bindestreck, t.ex. "regionalt-ikt-natverk.md".",
      ]
    `);
  });

  it("files that nothing reads are named", () => {
    expect(
      problemsAfter({
        "content/natverk/bild.png": "x",
        "content/moten.md": "---\n---\n",
        "content/motet/a.md": "---\n---\n",
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/moten.md: läses inte. Lägg filen i en av mapparna: sidor, personer, natverk, medlemmar, moten, dokument, aktuellt.",
        "content/motet: är ingen känd mapp. Innehållsmapparna är: sidor, personer, natverk, medlemmar, moten, dokument, aktuellt.",
        "content/natverk/bild.png: läses inte: bara Markdown-filer (".md") hör hemma här. Lägg PDF:er och bilder i public/.",
      ]
    `);
  });

  it("a missing page file is named with its address", () => {
    expect(problemsAfter({ "content/sidor/moten.md": null })).toMatchInlineSnapshot(`
      [
        "content/sidor/moten.md: saknas. Adressen /moten hämtar sin rubrik, beskrivning och text härifrån.",
      ]
    `);
  });

  it("front matter in another language than YAML is never run", () => {
    const planted = "---js\n{ title: (() => { globalThis.PWNED = true; return 'x'; })() }\n---\n";
    expect(problemsAfter({ [PAGE]: planted })).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:1: börjar med "---js". Front matter skrivs bara i YAML: första raden ska vara enbart "---".",
      ]
    `);
    expect((globalThis as { PWNED?: boolean }).PWNED).toBeUndefined();
  });

  it("a person's text under the front matter, which is never shown, is refused", () => {
    expect(problemsAfter({ [PERSON]: `${edited(PERSON, "", "")}Anna är rektor.\n` }))
      .toMatchInlineSnapshot(`
      [
        "content/personer/anna-andersson.md:7: har text under front matter, men den här sortens fil visar ingen sådan text. Flytta texten till ett fält eller ta bort den.",
      ]
    `);
  });
});

describe("all problems at once", () => {
  let root = "";
  beforeAll(() => {
    root = invalidRoot();
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("reports every problem in the invalid fixture, one line each", () => {
    const { content, problems } = loadContent(root, { includeDrafts: true });
    expect(content).toBeNull();
    expect(problems.map(formatProblem)).toMatchSnapshot();
  });

  it("the error that stops a build lists them all", () => {
    const { problems } = loadContent(root, { includeDrafts: true });
    const error = new ContentError(problems);
    expect(error.message.split("\n")[0]).toBe(`Innehållet har ${problems.length} problem:`);
    expect(error.message.split("\n")).toHaveLength(problems.length + 1);
  });
});
