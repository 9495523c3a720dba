import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { edited, problemsAfter } from "../helpers/fixtures";

/**
 * The mistakes real editors make, each refused with a Swedish message that names the file (and
 * line and field where there is one) and says what to do. Each message is pinned; none may be
 * an English stack trace, and none of these may crash the check.
 */

const PAGE = "content/sidor/om-run.md";
const NETWORK = "content/natverk/testnatverk.md";
const PERSON = "content/personer/anna-andersson.md";
const GROUP = "content/ledningsgruppen.md";
const DOCUMENT = "content/dokument/plan.md";
const MEMBER = "content/medlemmar/are.md";

/** The page file with one more paragraph of Markdown, on line 10. */
const pageWith = (markdown: string) =>
  `${fs.readFileSync(path.resolve(__dirname, "../fixtures/valid", PAGE), "utf8").trimEnd()}\n\n${markdown}\n`;

describe("files an editor's computer makes", () => {
  it("a file saved in Latin-1 (Windows) is refused with how to save as UTF-8", () => {
    const latin1 = Buffer.from("---\nname: Anna Sk\xf6ld\n---\n", "latin1");
    expect(problemsAfter({ [PERSON]: latin1 })).toEqual([
      'content/personer/anna-andersson.md:2: är inte sparad som UTF-8, så å, ä och ö skulle visas fel. Spara filen med teckenkodningen "UTF-8" (i Anteckningar: Arkiv → Spara som → Kodning: UTF-8; i VS Code: klicka på kodningen nederst till höger → Save with Encoding → UTF-8) och försök igen.',
    ]);
  });

  it("a file saved as UTF-16 is refused the same way", () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("---\nname: Anna\n---\n", "utf16le"),
    ]);
    expect(problemsAfter({ [PERSON]: utf16 })[0]).toMatch(
      /^content\/personer\/anna-andersson\.md:1: är inte sparad som UTF-8/,
    );
  });

  it("a folder whose name ends in .md is named, not read as a file", () => {
    expect(
      problemsAfter({}, undefined, (root) =>
        fs.mkdirSync(path.join(root, "content/natverk/gammalt.md")),
      ),
    ).toEqual([
      'content/natverk/gammalt.md: är en mapp. I content/natverk/ ska det bara finnas filer som slutar på ".md"; flytta filerna hit och ta bort mappen.',
    ]);
  });

  it("a link (symlink) is never followed, whether it leads nowhere or out of the project", () => {
    const found = problemsAfter({}, undefined, (root) => {
      fs.symlinkSync("/finns/inte.md", path.join(root, "content/natverk/trasig.md"));
      fs.symlinkSync("/etc/passwd", path.join(root, "content/natverk/utanfor.md"));
      fs.symlinkSync("/etc", path.join(root, "content/personer/mapp.md"));
    });
    const message =
      "är en länk (genväg) till en annan fil, och sådana läses inte. Lägg den riktiga filen här i stället.";
    expect(found).toEqual([
      `content/natverk/trasig.md: ${message}`,
      `content/natverk/utanfor.md: ${message}`,
      `content/personer/mapp.md: ${message}`,
    ]);
  });

  it(".MD, .DS_Store and a Word lock file each get advice of their own", () => {
    expect(
      problemsAfter({
        "content/natverk/nytt.MD": "---\ntitle: x\n---\n",
        "content/natverk/.DS_Store": "x",
        "content/dokument/~$plan.docx": "x",
        "content/moten/mote.txt": "x",
      }),
    ).toEqual([
      "content/dokument/~$plan.docx: är en fil som datorn eller ett redigeringsprogram skapar av sig självt och hör inte hit. Ta bort den.",
      'content/moten/mote.txt: läses inte: innehållsfiler ska sluta på ".md". Byt namn på filen (t.ex. "mote.md").',
      "content/natverk/.DS_Store: är en fil som datorn eller ett redigeringsprogram skapar av sig självt och hör inte hit. Ta bort den.",
      'content/natverk/nytt.MD: slutar på ".MD". Byt namn så att filen slutar på ".md" med små bokstäver.',
    ]);
  });
});

describe("YAML an editor writes, in Swedish with the fix", () => {
  const yaml = (frontMatter: string) =>
    problemsAfter({ [PAGE]: `---\n${frontMatter}\n---\nText.\n` });
  const TAIL =
    'Skriv varje fält som "namn: värde" på en egen rad, och listor som rader som börjar med "- ".';

  it("a value with ': ' says to add quotes, and shows the line quoted", () => {
    expect(yaml("title: RUN: en introduktion\ndescription: x\nupdated: 2024-05-17")).toEqual([
      `content/sidor/om-run.md:2: YAML-fel: raden kan inte läsas: ett värde innehåller kolon och mellanslag, eller raden är indragen fel. Text som innehåller ": " eller börjar med [ { @ \` % & * ! | > skrivs inom citattecken: title: "RUN: en introduktion". Rad 2: «title: RUN: en introduktion», rad 3: «description: x». ${TAIL}`,
    ]);
  });

  for (const [start, value] of [
    ["[", "[utkast] Om RUN"],
    ["@", "@RUN"],
    ["{", "{Om RUN"],
    ["%", "%Om RUN"],
    ["`", "`Om` RUN"],
    ["!", "!viktigt Om RUN"],
  ] as const) {
    it(`a value starting with ${start} says to add quotes`, () => {
      const [problem] = yaml(`title: ${value}\ndescription: x\nupdated: 2024-05-17`);
      // A flow collection ({, [) is read on to the next line, which is then the one named.
      expect(problem).toMatch(/^content\/sidor\/om-run\.md:[23]: YAML-fel: /);
      expect(problem).toContain(`skrivs inom citattecken: title: "${value}".`);
      expect(problem).not.toMatch(/[A-Z][a-z]+ (cannot|must|are|is) /);
    });
  }

  it("a tab used for indentation", () => {
    expect(
      yaml("title: Om RUN\ndescription: x\nupdated: 2024-05-17\nreview_by:\n\t2030-01-01")[0],
    ).toContain(
      "content/sidor/om-run.md:6: YAML-fel: raden är indragen med tabbtecken. Använd mellanslag.",
    );
  });

  it("a no-break space pasted from Word is blamed on its own line, and named", () => {
    expect(yaml("title:\u00a0Om RUN\ndescription: x\nupdated: 2024-05-17")).toEqual([
      `content/sidor/om-run.md:2: YAML-fel: raden kan inte läsas: saknas ett kolon efter fältnamnet, eller är raden indragen fel? Raden har ett hårt mellanslag (ofta från Word eller en webbsida), som ser ut som ett vanligt men inte är det. Radera mellanslagen på raden och skriv dem igen. Rad 2: «title:\u00a0Om RUN», rad 3: «description: x». ${TAIL}`,
    ]);
  });

  it("a field written twice", () => {
    expect(yaml("title: Om RUN\ntitle: Om oss\ndescription: x\nupdated: 2024-05-17")[0]).toContain(
      "content/sidor/om-run.md:3: YAML-fel: samma fält står två gånger. Ta bort den ena raden.",
    );
  });
});

describe("values an editor types", () => {
  it("an invisible character: the suggestion says what is there, not a look-alike", () => {
    expect(problemsAfter({ [PAGE]: edited(PAGE, "title:", "ti\u200btle:") })).toEqual([
      'content/sidor/om-run.md:2: fältet "ti\u200btle" är okänt — Texten innehåller ett osynligt tecken (U+200B), ofta från inklistrad text: radera ordet och skriv det igen för hand.',
    ]);
    expect(
      problemsAfter({ [NETWORK]: edited(NETWORK, "contact: bo-berg", "contact: bo-\u200bberg") }),
    ).toEqual([
      'content/natverk/testnatverk.md:8: fältet "contact" ska vara ett filnamn utan .md, med små bokstäver a–z, siffror och bindestreck. Texten innehåller ett osynligt tecken (U+200B), ofta från inklistrad text: radera ordet och skriv det igen för hand.',
    ]);
  });

  it("the same municipality twice is refused when the names differ only in Unicode form", () => {
    expect(
      problemsAfter({
        "content/medlemmar/are-2.md":
          '---\nname: A\u030are\nkind: kommun\ncounty: Jämtland Härjedalen\nkommunkod: "2321"\n---\n',
      }),
    ).toEqual([
      'content/medlemmar/are.md: Medlemmen "Åre" finns redan i content/medlemmar/are-2.md. Ta bort en av filerna.',
    ]);
  });

  it("a county typed in decomposed form (NFD) is accepted", () => {
    expect(
      problemsAfter({
        [MEMBER]: edited(
          MEMBER,
          "county: Jämtland Härjedalen",
          "county: Ja\u0308mtland Ha\u0308rjedalen",
        ),
      }),
    ).toEqual([]);
  });

  it("a space in a document's file name says so, with a name to use", () => {
    expect(
      problemsAfter({
        [DOCUMENT]: edited(
          DOCUMENT,
          "period: 2018",
          "period: 2018\nfile: /dokument/handlings plan.pdf",
        ),
      }),
    ).toEqual([
      'content/dokument/plan.md:5: fältet "file" "/dokument/handlings plan.pdf" har mellanslag. Byt namn på filen i public/ så att namnet saknar mellanslag (skriv bindestreck i stället, t.ex. "/dokument/handlings-plan.pdf") och skriv samma namn här.',
    ]);
  });

  it("a document file that is a folder", () => {
    expect(
      problemsAfter(
        { [DOCUMENT]: edited(DOCUMENT, "period: 2018", "period: 2018\nfile: /dokument") },
        undefined,
        (root) => fs.mkdirSync(path.join(root, "public/dokument"), { recursive: true }),
      ),
    ).toEqual([
      'content/dokument/plan.md:5: fältet "file" "/dokument" är en mapp i public/, inte en fil. Skriv hela sökvägen till filen, t.ex. "/dokument/dokument.pdf".',
    ]);
  });

  it("an e-mail address error gives an example", () => {
    expect(
      problemsAfter({ [PERSON]: "---\nname: Anna\nemail: anna.andersson(at)kommun.se\n---\n" }),
    ).toEqual([
      'content/personer/anna-andersson.md:3: fältet "email" "anna.andersson(at)kommun.se" är ingen giltig e-postadress. Skriv hela adressen utan mellanslag, t.ex. "fornamn.efternamn@kommun.se".',
    ]);
  });
});

describe("the leadership group", () => {
  it("its file removed is named; the site settings file may be left out", () => {
    expect(problemsAfter({ [GROUP]: null })).toEqual([
      "content/ledningsgruppen.md: saknas. Ledningsgruppens sida behöver filen med fältet members.",
    ]);
    expect(
      problemsAfter({ "content/webbplatsen.md": null }, undefined, (root) =>
        fs.writeFileSync(path.join(root, "content/webbplatsen.md"), "---\n---\n"),
      ),
    ).toEqual([]);
  });

  it("without a chair is refused: the site's contact would vanish", () => {
    expect(problemsAfter({ [GROUP]: edited(GROUP, "role: ordförande", "role: ledamot") })).toEqual([
      'content/ledningsgruppen.md:2: fältet "members" har ingen med rollen "ordförande". Gruppen ska ha en: skriv "role: ordförande" på den personens post. Ordföranden är RUN:s kontakt längst ned på varje sida.',
    ]);
  });

  it("with two chairs is refused", () => {
    expect(problemsAfter({ [GROUP]: edited(GROUP, "role: ledamot", "role: ordförande") })).toEqual([
      'content/ledningsgruppen.md:2: fältet "members" har 2 med rollen "ordförande"; en grupp har bara en. Ändra de andra till "ledamot".',
    ]);
  });
});

describe("links and images in Markdown", () => {
  const linking = (markdown: string, setup?: (root: string) => void) =>
    problemsAfter({ [PAGE]: pageWith(markdown) }, undefined, setup);

  it("a link to an anchor that does not exist, on another page or the same one", () => {
    expect(linking("[a](/natverk/testnatverk#syften) och [b](#uppdraget)")).toEqual([
      'content/sidor/om-run.md:10: länkar till "/natverk/testnatverk#syften", men sidan /natverk/testnatverk har ingen rubrik med id "syften". Menade du "#syfte"? Ett id är rubrikens text med små bokstäver och bindestreck, t.ex. "## Vårt uppdrag" → #vårt-uppdrag.',
      'content/sidor/om-run.md:10: länkar till "#uppdraget", men den här sidan har ingen rubrik med id "uppdraget". Menade du "#uppdrag"? Ett id är rubrikens text med små bokstäver och bindestreck, t.ex. "## Vårt uppdrag" → #vårt-uppdrag.',
    ]);
    expect(linking("[a](#uppdrag) och [b](/om-run/ledningsgrupp#innehall)")).toEqual([]);
  });

  it("javascript:, www. without a scheme, localhost and an e-mail address without mailto:", () => {
    expect(
      linking(
        "[a](javascript:alert(1)) [b](www.miun.se) [c](http://localhost:3000/om-run) [d](anna@kommun.se)",
      ),
    ).toEqual([
      'content/sidor/om-run.md:10: länkar till "javascript:alert(1)", som tas bort när sidan visas: bara adresser som börjar med https://, http://, mailto:, tel: eller / fungerar.',
      'content/sidor/om-run.md:10: länkar till "www.miun.se", som saknar "https://" först och då blir en adress på den här webbplatsen. Skriv "https://www.miun.se".',
      'content/sidor/om-run.md:10: länkar till "http://localhost:3000/om-run", som leder till den egna datorn (localhost) och inte når besökare. Skriv adressen som den ser ut på webben, eller som /adress för en sida här.',
      'content/sidor/om-run.md:10: länkar till "anna@kommun.se", en e-postadress utan "mailto:" först. Skriv [anna@kommun.se](mailto:anna@kommun.se).',
    ]);
  });

  it("a broken % escape is explained, not crashed on", () => {
    expect(linking("[a](/om-run%ZZ)")).toEqual([
      'content/sidor/om-run.md:10: länkar till "/om-run%ZZ", där ett %-tecken inte följs av två tecken 0–9 eller A–F. Skriv %25 för ett procenttecken, eller ta bort det.',
    ]);
  });

  it("a folder of public/, a way out of it, and a missing image", () => {
    const found = linking(
      "[a](/dokument) [b](/../package.json) ![Karta](/bilder/karta.png)",
      (root) => fs.mkdirSync(path.join(root, "public/dokument"), { recursive: true }),
    );
    expect(found).toEqual([
      'content/sidor/om-run.md:10: länkar till "/dokument", som är en mapp i public/ och inte en fil. Skriv hela sökvägen till filen.',
      'content/sidor/om-run.md:10: länkar till "/../package.json", som pekar utanför webbplatsen. Skriv hela adressen från / .',
      'content/sidor/om-run.md:10: visar bilden "/bilder/karta.png", som inte finns i public/. Lägg bilden i public/bilder/karta.png eller rätta sökvägen.',
    ]);
  });

  it("files that are there are fine", () => {
    expect(
      linking("[a](/dokument/plan.pdf) ![b](/bilder/karta.png)", (root) => {
        fs.mkdirSync(path.join(root, "public/dokument"), { recursive: true });
        fs.mkdirSync(path.join(root, "public/bilder"), { recursive: true });
        fs.writeFileSync(path.join(root, "public/dokument/plan.pdf"), "%PDF-1.4");
        fs.writeFileSync(path.join(root, "public/bilder/karta.png"), "png");
      }),
    ).toEqual([]);
  });
});
