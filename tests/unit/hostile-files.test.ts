import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { copyRoot, edited, problemsAfter, VALID_ROOT } from "../helpers/fixtures";
import { OneFile } from "../helpers/read-one";
import { comparisonKey } from "@/lib/content/characters";
import { findFiles } from "@/lib/content/files";
import { fileNameProblem, LIMITS } from "@/lib/content/limits";
import { quotedSuggestion } from "@/lib/content/parse";
import { formatProblem } from "@/lib/content/problems";
import { markdownLimitIssue } from "@/lib/markdown/limits";

/**
 * Hostile and broken files, by class: each is refused in Swedish, naming the file (and line and
 * field where there is one), before any parser can crash or hang on it. Every message is pinned.
 */

const PAGE = "content/sidor/om-run.md";
const NETWORK = "content/natverk/testnatverk.md";
const one = new OneFile();
afterAll(() => one.remove());
afterEach(() => vi.restoreAllMocks());

/** A page with this front matter and text. */
const page = (frontMatter: string, text = "Text.") => `---\n${frontMatter}\n---\n${text}\n`;
const PAGE_FIELDS = "title: Om RUN\ndescription: Om oss.\nupdated: 2024-05-17";
const withText = (text: string) => page(PAGE_FIELDS, text);

describe("YAML that makes much out of little", () => {
  it("an alias bomb is one Swedish message, not a ReferenceError", () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...["b", "c", "d", "e", "f", "g", "h"].map(
        (name, index) => `${name}: &${name} [${Array(9).fill(`*${"abcdefg"[index]}`).join(",")}]`,
      ),
      "title: [*h,*h,*h,*h,*h,*h,*h,*h,*h]",
    ].join("\n");
    expect(one.problems(PAGE, page(bomb))).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:2: fältet "a" använder YAML-ankare och -hänvisningar (&a, &b, *a, &c, *b …), som inte tillåts här: de kan få en fil på några rader att växa till miljontals värden. Skriv ut varje värde för sig, och sätt text som ska börja med & eller * inom citattecken.",
      ]
    `);
  });

  it("an anchor and an alias, and a merge key", () => {
    expect(one.problems(PAGE, page("title: &t Om RUN\ndescription: *t\nupdated: 2024-05-17")))
      .toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:2: fältet "title" använder YAML-ankare och -hänvisningar (&t, *t), som inte tillåts här: de kan få en fil på några rader att växa till miljontals värden. Skriv ut varje värde för sig, och sätt text som ska börja med & eller * inom citattecken.",
      ]
    `);
    expect(
      one.problems(PAGE, page("x: &x {title: Om}\n<<: *x\ndescription: d\nupdated: 2024-05-17")),
    ).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:2: fältet "x" använder YAML-ankare och -hänvisningar (&x, *x), som inte tillåts här: de kan få en fil på några rader att växa till miljontals värden. Skriv ut varje värde för sig, och sätt text som ska börja med & eller * inom citattecken.",
      ]
    `);
  });

  it("tags, known and unknown", () => {
    expect(
      one.problems(
        PAGE,
        page("title: !!binary aGVq\ndescription: !!str Om\nupdated: !!timestamp 2024-05-17"),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:2: fältet "title" har YAML-taggen "!!binary", som inte tillåts här. Ta bort taggen, och sätt text som ska börja med ! inom citattecken.",
        "content/sidor/om-run.md:3: fältet "description" har YAML-taggen "!!str", som inte tillåts här. Ta bort taggen, och sätt text som ska börja med ! inom citattecken.",
        "content/sidor/om-run.md:4: fältet "updated" har YAML-taggen "!!timestamp", som inte tillåts här. Ta bort taggen, och sätt text som ska börja med ! inom citattecken.",
      ]
    `);
    expect(one.problems(PAGE, page("title: !!set {a, b}\ndescription: d\nupdated: 2024-05-17")))
      .toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:2: fältet "title" har YAML-taggen "!!set", som inte tillåts här. Ta bort taggen, och sätt text som ska börja med ! inom citattecken.",
      ]
    `);
  });

  it("a key that is a list", () => {
    expect(one.problems(PAGE, page(`? [a, b]\n: c\n${PAGE_FIELDS}`))).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:2: har ett fältnamn som är en lista, en grupp, en hänvisning eller tomt. Ett fältnamn är ett ord följt av kolon, t.ex. "title: Om RUN".",
      ]
    `);
  });

  it("brackets nested deeper than the limit, closed or not, are refused before parsing", () => {
    const nested = `title: ${"[".repeat(LIMITS.frontMatterNesting + 1)}x${"]".repeat(LIMITS.frontMatterNesting + 1)}`;
    expect(one.problems(PAGE, page(nested))).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:2: har front matter med mer än 10 nivåer av listor och grupper inne i varandra. Skriv ett fält per rad som "namn: värde" och listor som rader som börjar med "- ", och sätt text med ": ", [ eller { inom citattecken.",
      ]
    `);
    // 95,000 unclosed brackets run the yaml package out of memory; here they never reach it.
    const open = Array.from({ length: 19 }, () => "[".repeat(5000)).join("\n");
    expect(one.problems(PAGE, page(`title: ${open}`))).toEqual(
      one.problems(PAGE, page(`title: ${"[".repeat(11)}`)),
    );
    // Brackets inside quotes are text.
    expect(
      one.problems(PAGE, page(`title: "${"[".repeat(50)}"\ndescription: d\nupdated: 2024-05-17`)),
    ).toEqual([]);
  });

  it("collections opened on one line, thousands deep, are refused before parsing", () => {
    // Each of these ran the yaml package out of stack or memory.
    const lines = [": ".repeat(3000), `? x: ${"? ".repeat(3000)}`, "'a': ".repeat(1500)];
    expect(lines.map((line) => one.problems(PAGE, page(`${PAGE_FIELDS}\n${line}`)))).toEqual(
      lines.map(() => [
        expect.stringMatching(
          /^content\/sidor\/om-run\.md:5: har front matter med mer än 10 nivåer/,
        ),
      ]),
    );
  });

  it("fields nested deeper than the limit", () => {
    const deep = Array.from({ length: 12 }, (_, depth) => `${"  ".repeat(depth)}a:`).join("\n");
    expect(one.problems(PAGE, page(`${PAGE_FIELDS}\n${deep} x`))).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:16: fältet "a.a.a.a.a.a.a.a.a.a.a" står mer än 10 nivåer inne i andra listor och grupper. Innehållet behöver högst tre: kontrollera indraget.",
      ]
    `);
  });
});

describe("characters that are never published", () => {
  it("NUL, typed or escaped, in a value names the field", () => {
    expect(one.problems(PAGE, page("title: Om\0RUN\ndescription: d\nupdated: 2024-05-17")))
      .toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:2: fältet "title" har ett osynligt styrtecken (U+0000) i värdet, vid tecken 3. Sådana tecken kommer ofta från inklistrad text och förstör sidan och kalendrarna: radera ordet där det står och skriv det igen för hand.",
      ]
    `);
    expect(
      one.problems(PAGE, page('title: "Om\\0RUN"\ndescription: d\nupdated: 2024-05-17')),
    ).toEqual(one.problems(PAGE, page("title: Om\0RUN\ndescription: d\nupdated: 2024-05-17")));
  });

  it("a C1 control character and a text-direction override in values", () => {
    expect(
      one.problems(
        NETWORK,
        edited(NETWORK, "title: Testnätverk", "title: Test\u202Enätverk").replace(
          "participants: Alla kommuner.",
          "participants: Alla\u0085kommuner.",
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/natverk/testnatverk.md:2: fältet "title" har ett osynligt tecken som vänder textens läsriktning (U+202E) i värdet, vid tecken 5. Det kan få texten att se ut att säga något annat än den gör: radera ordet där det står och skriv det igen för hand.",
        "content/natverk/testnatverk.md:7: fältet "participants" har ett osynligt styrtecken (U+0085) i värdet, vid tecken 5. Sådana tecken kommer ofta från inklistrad text och förstör sidan och kalendrarna: radera ordet där det står och skriv det igen för hand.",
      ]
    `);
  });

  it("in a field name, and in a list inside a list", () => {
    expect(one.problems(PAGE, page(`ti\u0007tle: x\n${PAGE_FIELDS}`))).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:2: har ett osynligt styrtecken (U+0007) i ett fältnamn, vid tecken 3. Sådana tecken kommer ofta från inklistrad text och förstör sidan och kalendrarna: radera ordet där det står och skriv det igen för hand.",
      ]
    `);
    expect(
      one.problems(
        "content/ledningsgruppen.md",
        "---\nmembers:\n  - person: anna-andersson\n    role: ordförande\n    represents: Lärosätet\u2067\n---\n",
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/ledningsgruppen.md:5: fältet "members[0].represents" har ett osynligt tecken som vänder textens läsriktning (U+2067) i värdet, vid tecken 10. Det kan få texten att se ut att säga något annat än den gör: radera ordet där det står och skriv det igen för hand.",
      ]
    `);
  });

  it("in the text, by line, at most ten lines listed", () => {
    expect(one.problems(PAGE, withText("Hej \u2066x\u2069 och\n\nen klocka \u0007.")))
      .toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:6: har ett osynligt tecken som vänder textens läsriktning (U+2066) i texten, vid tecken 5. Det kan få texten att se ut att säga något annat än den gör: radera ordet där det står och skriv det igen för hand.",
        "content/sidor/om-run.md:8: har ett osynligt styrtecken (U+0007) i texten, vid tecken 11. Sådana tecken kommer ofta från inklistrad text och förstör sidan och kalendrarna: radera ordet där det står och skriv det igen för hand.",
      ]
    `);
    const many = Array.from({ length: 14 }, () => "a\u0001").join("\n\n");
    const problems = one.problems(PAGE, withText(many));
    expect(problems).toHaveLength(11);
    expect(problems.at(-1)).toMatchInlineSnapshot(
      `"content/sidor/om-run.md: har osynliga styrtecken eller tecken som vänder läsriktningen på 4 rader till. Sök efter dem i ett redigeringsprogram som visar osynliga tecken (i VS Code syns de markerade)."`,
    );
  });

  it("tabs and ordinary line breaks are fine, in values and in text", () => {
    expect(
      one.problems(
        PAGE,
        page('title: "Om\\tRUN"\ndescription: d\nupdated: 2024-05-17', "a\tb\n\nc"),
      ),
    ).toEqual([]);
  });
});

describe("text pasted from Word", () => {
  const MEETING = "content/moten/2018-01-26-ledningsgruppen.md";
  const meeting = fs.readFileSync(path.join(VALID_ROOT, MEETING), "utf8");
  const network = fs.readFileSync(path.join(VALID_ROOT, NETWORK), "utf8");

  it("typographic quotes, a no-break space, a soft hyphen, a zero-width space, a dash as a list", () => {
    expect([
      ...one.problems(MEETING, meeting.replace('start: "09:00"', "start: ”09:00”")),
      ...one.problems(MEETING, meeting.replace("date: 2018-01-26", "date: 2018-01-26\u200B")),
      ...one.problems(NETWORK, network.replace("contact: bo-berg", "contact: bo-berg\u00A0")),
      ...one.problems(NETWORK, network.replace("contact: bo-berg", "contact: bo-\u00ADberg")),
      ...one.problems(NETWORK, network.replace("  - att pröva\n  - att lära", "  – att pröva")),
    ]).toMatchInlineSnapshot(`
      [
        "content/moten/2018-01-26-ledningsgruppen.md:4: fältet "start" "”09:00”" är ingen tid. Skriv tiden som TT:MM med 24-timmarsklocka, t.ex. "09:00". Citattecknen är typografiska (” ” eller ‘ ’, ofta från Word): skriv raka citattecken (") i stället.",
        "content/moten/2018-01-26-ledningsgruppen.md:3: fältet "date" "2018-01-26​" är inte skrivet som ÅÅÅÅ-MM-DD. Skriv t.ex. "2018-01-26". Texten innehåller ett osynligt tecken (U+200B), ofta från inklistrad text: radera ordet och skriv det igen för hand.",
        "content/natverk/testnatverk.md:8: fältet "contact" ska vara ett filnamn utan .md, med små bokstäver a–z, siffror och bindestreck. Texten innehåller ett hårt mellanslag (ofta från Word eller en webbsida), som ser ut som ett vanligt men inte är det: radera mellanslagen och skriv dem igen.",
        "content/natverk/testnatverk.md:8: fältet "contact" ska vara ett filnamn utan .md, med små bokstäver a–z, siffror och bindestreck. Texten innehåller ett osynligt tecken (U+00AD), ofta från inklistrad text: radera ordet och skriv det igen för hand.",
        "content/natverk/testnatverk.md:4: fältet "purposes" ska vara en lista (en rad per värde som börjar med "- "), men är texten "– att pröva". Listrader börjar med bindestreck och mellanslag ("- "), inte med tankstreck (–) eller punkt (•). Exempel: purposes: - att erfarenhetsutbyte mellan skolor, kommuner och universitet utvecklas",
      ]
    `);
  });

  it("in titles and text they are kept as typed", () => {
    expect(
      one.problems(
        NETWORK,
        network
          .replace("title: Testnätverk", "title: ”Test\u00A0nätverk” – ett\u00ADnamn")
          .replace("Om testnätverket.", "”Citat” och 10\u00A0000 kr – ‘bra’."),
      ),
    ).toEqual([]);
  });
});

describe("merge-conflict markers", () => {
  it("in the text", () => {
    expect(
      one.problems(PAGE, withText("<<<<<<< HEAD\nVår text.\n=======\nDeras text.\n>>>>>>> main")),
    ).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:6: har rester av en sammanslagning i git som inte gick ihop (raderna "<<<<<<<", "=======" och ">>>>>>>"): två versioner av texten står kvar. Behåll den version som ska gälla, ta bort de tre markeringsraderna och spara.",
      ]
    `);
  });

  it("in front matter, where they would otherwise be a YAML error", () => {
    expect(
      one.problems(
        PAGE,
        page(
          "<<<<<<< HEAD\ntitle: Om RUN\n=======\ntitle: Om oss\n>>>>>>> gren\ndescription: d\nupdated: 2024-05-17",
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:2: har rester av en sammanslagning i git som inte gick ihop (raderna "<<<<<<<", "=======" och ">>>>>>>"): två versioner av texten står kvar. Behåll den version som ska gälla, ta bort de tre markeringsraderna och spara.",
      ]
    `);
  });

  it("a line of = under a heading (Markdown's other heading) is not one", () => {
    expect(one.problems(PAGE, withText("Rubrik\n=======\n\nText."))).toEqual([]);
  });
});

describe("bounded work, checked before parsing", () => {
  it("a file of megabytes is refused by its size, unread", () => {
    expect(one.problems(PAGE, withText("lorem ipsum ".repeat(500_000)))).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md: är 6 001 kB; en innehållsfil får vara högst 100 kB. Dela upp texten på flera filer, eller lägg ett långt dokument som PDF i public/dokument/ och länka till det.",
      ]
    `);
  });

  it("a line longer than the limit", () => {
    expect(one.problems(PAGE, withText("lorem ipsum ".repeat(1000)))).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:6: har en rad på 12 000 tecken; högst 10 000 tecken per rad. Dela raden (en tom rad mellan två rader gör ett nytt stycke), eller korta värdet.",
      ]
    `);
  });

  it("lists and quotes nested too deep, however they are written", () => {
    const indented = Array.from({ length: 40 }, (_, depth) => `${"  ".repeat(depth)}- a`).join(
      "\n",
    );
    expect(one.problems(PAGE, withText(indented))).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:38: har listor eller citat i 33 nivåer inne i varandra (eller lika djupt indrag); högst 32 nivåer. Minska indraget, eller dela upp listan.",
      ]
    `);
    expect(one.problems(PAGE, withText(`${"> ".repeat(40)}a`))).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:6: har listor eller citat i 40 nivåer inne i varandra (eller lika djupt indrag); högst 32 nivåer. Minska indraget, eller dela upp listan.",
      ]
    `);
    expect(one.problems(PAGE, withText(`${"- ".repeat(40)}a`))).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:6: har listor eller citat i 40 nivåer inne i varandra (eller lika djupt indrag); högst 32 nivåer. Minska indraget, eller dela upp listan.",
      ]
    `);
  });

  it("a paragraph with too many unclosed brackets or emphasis marks", () => {
    expect(one.problems(PAGE, withText("[a](".repeat(600)))).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:6: har fler än 500 tecken "[" i samma stycke, som börjar här; så många går inte att läsa som Markdown. Dela stycket med tomma rader, eller skriv \\[ för ett tecken som ska synas som det är.",
      ]
    `);
    expect(one.problems(PAGE, withText("x\n" + "]\n".repeat(600)))).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:6: har fler än 500 tecken "]" i samma stycke, som börjar här; så många går inte att läsa som Markdown. Dela stycket med tomma rader, eller skriv \\] för ett tecken som ska synas som det är.",
      ]
    `);
    expect(one.problems(PAGE, withText("*a ".repeat(300) + "_b ".repeat(600))))
      .toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:6: har fler än 500 tecken "_" i samma stycke, som börjar här; så många går inte att läsa som Markdown. Dela stycket med tomma rader, eller skriv \\_ för ett tecken som ska synas som det är.",
      ]
    `);
  });

  it("the same marks spread over paragraphs and list items, escaped, or as rules, are fine", () => {
    const text = [
      Array.from({ length: 400 }, () => "[a](/om-run)").join("\n\n"),
      Array.from({ length: 400 }, () => "- *a* [b](/om-run)").join("\n"),
      "\\[".repeat(600),
      "_".repeat(600),
      "```\n" + `${" ".repeat(200)}kod [[[\n`.repeat(3) + "```",
    ].join("\n\n");
    expect(one.problems(PAGE, withText(text))).toEqual([]);
  });

  it("the hint to add quotes reads a long line in one pass", () => {
    // The old regular expression backtracked quadratically on this line (minutes); the test's
    // timeout is the bound.
    expect(quotedSuggestion(`title: ${" ".repeat(200_000)}x`)).toBeNull();
    expect(quotedSuggestion(`- title : RUN: en introduktion  `)).toBe(
      'title: "RUN: en introduktion"',
    );
  });

  it("the Markdown limits read a text in one pass, whatever it holds", () => {
    for (const text of [
      "[".repeat(100_000),
      " ".repeat(100_000),
      "> ".repeat(50_000),
      "1. ".repeat(30_000),
      "```\n".repeat(50_000),
      "\\".repeat(100_000),
    ])
      expect(markdownLimitIssue(text)?.kind ?? "none").toMatch(/^(none|nesting|delimiters)$/);
  });
});

describe("files that are not text", () => {
  it("a picture, a PDF, a Word file, UTF-16 without a byte-order mark, zeros", () => {
    const text = withText("Hej");
    expect(
      [
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
        Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1"),
        Buffer.from("PK\x03\x04\x14\x00\x06\x00", "latin1"),
        Buffer.from(text, "utf16le"),
        Buffer.alloc(64),
      ].map((bytes) => one.problems(PAGE, bytes)),
    ).toMatchInlineSnapshot(`
      [
        [
          "content/sidor/om-run.md: är ingen textfil: den innehåller data som en bild, en PDF eller ett Word-dokument. En innehållsfil är text (Markdown). Lägg andra filer i public/ och länka till dem, eller klistra in texten i en ny .md-fil.",
        ],
        [
          "content/sidor/om-run.md: är ingen textfil: den innehåller data som en bild, en PDF eller ett Word-dokument. En innehållsfil är text (Markdown). Lägg andra filer i public/ och länka till dem, eller klistra in texten i en ny .md-fil.",
        ],
        [
          "content/sidor/om-run.md:1: är inte sparad som UTF-8, så å, ä och ö skulle visas fel. Spara filen med teckenkodningen "UTF-8" (i Anteckningar: Arkiv → Spara som → Kodning: UTF-8; i VS Code: klicka på kodningen nederst till höger → Save with Encoding → UTF-8) och försök igen.",
        ],
        [
          "content/sidor/om-run.md:1: är inte sparad som UTF-8, så å, ä och ö skulle visas fel. Spara filen med teckenkodningen "UTF-8" (i Anteckningar: Arkiv → Spara som → Kodning: UTF-8; i VS Code: klicka på kodningen nederst till höger → Save with Encoding → UTF-8) och försök igen.",
        ],
        [
          "content/sidor/om-run.md: är ingen textfil: den innehåller data som en bild, en PDF eller ett Word-dokument. En innehållsfil är text (Markdown). Lägg andra filer i public/ och länka till dem, eller klistra in texten i en ny .md-fil.",
        ],
      ]
    `);
  });
});

describe("the file system", () => {
  it("a named pipe (FIFO) is named, not opened (opening it would wait for ever)", () => {
    const root = copyRoot();
    try {
      execFileSync("mkfifo", [path.join(root, "content/natverk/ror.md")]);
      execFileSync("mkfifo", [path.join(root, "content/webbplatsen.md")]);
      expect(findFiles(root)?.problems.map(formatProblem)).toMatchInlineSnapshot(`
        [
          "content/natverk/ror.md: är ingen vanlig fil utan en särskild fil (till exempel en namngiven pipe, en socket eller en enhet), och sådana läses inte. Ta bort den och lägg en vanlig textfil här i stället.",
          "content/webbplatsen.md: är ingen vanlig fil utan en särskild fil (till exempel en namngiven pipe, en socket eller en enhet), och sådana läses inte. Ta bort den och lägg en vanlig textfil här i stället.",
        ]
      `);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("a file or folder that cannot be read, or whose name cannot", () => {
    const root = copyRoot();
    try {
      fs.writeFileSync(Buffer.from(path.join(root, "content/natverk/n\xe4t.md"), "latin1"), "x");
      const readdir = fs.readdirSync;
      vi.spyOn(fs, "readdirSync").mockImplementation(((folder: fs.PathLike, options?: unknown) => {
        if (String(folder).endsWith("personer"))
          throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
        return (readdir as (p: fs.PathLike, o?: unknown) => string[])(folder, options);
      }) as typeof fs.readdirSync);
      expect(findFiles(root)?.problems.map(formatProblem)).toMatchInlineSnapshot(`
        [
          "content/natverk/n�t.md: har ett namn med tecken som datorn inte kan läsa. Byt namn till små bokstäver a–z, siffror och bindestreck.",
          "content/personer: kan inte läsas: datorn nekar åtkomst till den. Ge alla läsrätt (på Mac och Linux: chmod a+r för en fil, chmod a+rx för en mapp), eller spara innehållet i en ny fil.",
        ]
      `);
    } finally {
      vi.restoreAllMocks();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("EACCES, EISDIR, ENAMETOOLONG and an unknown error while reading a file", () => {
    const open = fs.openSync;
    let code = "";
    vi.spyOn(fs, "openSync").mockImplementation(((file: fs.PathLike, ...rest: unknown[]) => {
      if (String(file).endsWith("om-run.md"))
        throw Object.assign(new Error(`${code}: fel`), { code });
      return (open as (f: fs.PathLike, ...r: unknown[]) => number)(file, ...rest);
    }) as typeof fs.openSync);
    const messages = ["EACCES", "EISDIR", "ENAMETOOLONG", "EWHATEVER"].map((next) => {
      code = next;
      return one.problems(PAGE, withText("x"));
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        [
          "content/sidor/om-run.md: kan inte läsas: datorn nekar åtkomst till den. Ge alla läsrätt (på Mac och Linux: chmod a+r för en fil, chmod a+rx för en mapp), eller spara innehållet i en ny fil.",
        ],
        [
          "content/sidor/om-run.md: är en mapp, inte en fil. Ta bort mappen eller ge den ett namn utan .md.",
        ],
        [
          "content/sidor/om-run.md: har ett för långt namn för datorn. Korta namnet.",
        ],
        [
          "content/sidor/om-run.md: kunde inte läsas (felkod EWHATEVER). Kontrollera att filen går att öppna, eller spara innehållet i en ny fil, och kör kontrollen igen.",
        ],
      ]
    `);
  });

  it("a file name too long for a folder and an address, and one with other characters", () => {
    expect(fileNameProblem("a".repeat(LIMITS.fileNameCharacters))).toBeNull();
    expect([
      fileNameProblem("a".repeat(LIMITS.fileNameCharacters + 1)),
      fileNameProblem("Möte 14 mars"),
    ]).toMatchInlineSnapshot(`
      [
        "har ett filnamn på 101 tecken; högst 100 tecken före ".md" går att använda som adress. Korta namnet.",
        "har ett filnamn som inte kan bli en adress. Använd små bokstäver a–z utan å, ä, ö, siffror och bindestreck, t.ex. "regionalt-ikt-natverk.md".",
      ]
    `);
    const long = `content/moten/2018-01-26-${"ledningsgruppen-".repeat(7)}.md`;
    expect(
      problemsAfter({
        [long]: fs.readFileSync(
          path.join(VALID_ROOT, "content/moten/2018-01-26-ledningsgruppen.md"),
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/moten/2018-01-26-ledningsgruppen-ledningsgruppen-ledningsgruppen-ledningsgruppen-ledningsgruppen-ledningsgruppen-ledningsgruppen-.md: har ett filnamn på 123 tecken; högst 100 tecken före ".md" går att använda som adress. Korta namnet.",
      ]
    `);
  });
});

describe("a %-code for a control character in a link", () => {
  it("is named, not looked up on disk (Node refuses a path with NUL)", () => {
    expect(
      problemsAfter({
        [PAGE]: edited(
          PAGE,
          "## Uppdrag",
          "## Uppdrag\n\n[a](/om%00run) ![b](/bild%00.png) [c](#x%1B)",
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/sidor/om-run.md:8: länkar till "/om%00run", där en %-kod blir ett osynligt styrtecken (U+0000). Ta bort %-koden.",
        "content/sidor/om-run.md:8: visar bilden "/bild%00.png", där en %-kod blir ett osynligt styrtecken (U+0000). Ta bort %-koden.",
        "content/sidor/om-run.md:8: länkar till "#x%1B", där en %-kod blir ett osynligt styrtecken (U+001B). Ta bort %-koden.",
      ]
    `);
  });
});

describe("a %-code for a NUL in a document's file", () => {
  it("is a file that does not exist, not a crash of the file system", () => {
    const DOC = "content/dokument/avtal.md";
    const problems = problemsAfter({
      [DOC]: edited(DOC, "file: /dokument/avtal.pdf", "file: /dokument/avtal%00.pdf"),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/dokument\/avtal\.md:5: .*avtal%00\.pdf/);
  });
});

describe("the editor guide states the limits", () => {
  it("with the numbers the check uses", () => {
    const guide = fs.readFileSync(path.resolve(__dirname, "../../content/README.md"), "utf8");
    const number = (value: number) => String(value).replace(/\B(?=(\d{3})+$)/g, " ");
    for (const stated of [
      `${LIMITS.fileBytes / 1000} kB`,
      `${number(LIMITS.lineCharacters)} tecken`,
      `${LIMITS.nesting} nivåer`,
      `| ${LIMITS.delimitersPerParagraph} (`,
      `${LIMITS.frontMatterNesting} nivåer`,
      `${LIMITS.fileNameCharacters} tecken, bara a–z`,
    ])
      expect(guide).toContain(stated);
  });
});

describe("names that look the same are the same", () => {
  it("Latin, Cyrillic and Greek look-alikes, invisible characters, full-width letters", () => {
    expect(comparisonKey("Sundsv\u0430ll")).toBe(comparisonKey("Sundsvall"));
    expect(comparisonKey("R\u0435gionalt IKT-nätverk")).toBe(
      comparisonKey("regionalt ikt-nätverk"),
    );
    expect(comparisonKey("\u0391re")).not.toBe(comparisonKey("Åre"));
    expect(comparisonKey("\u0410\u030Are")).toBe(comparisonKey("Åre"));
    expect(comparisonKey("Sunds\u200Bvall\u00A0 kommun")).toBe(comparisonKey("sundsvall kommun"));
    expect(comparisonKey("ＲＵＮ")).toBe("run");
    expect(comparisonKey("Örnsköldsvik")).not.toBe(comparisonKey("Ornskoldsvik"));
  });

  it("a second network and member whose names only look the same, and a name with another's code", () => {
    expect(
      problemsAfter({
        "content/natverk/andra.md": edited(
          NETWORK,
          "title: Testnätverk",
          "title: T\u0435stnätverk",
        ),
        "content/medlemmar/sundsvall-2.md":
          '---\nname: Sunds\u200Bvall\nkind: kommun\ncounty: Västernorrland\nkommunkod: "2281"\n---\n',
        "content/medlemmar/ljusdal.md": edited(
          "content/medlemmar/ljusdal.md",
          "name: Ljusdal",
          "name: Ånge",
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/medlemmar/sundsvall.md: Medlemmen "Sundsvall" finns redan i content/medlemmar/sundsvall-2.md. Ta bort en av filerna. Namnen ser likadana ut men skrivs med olika tecken (till exempel en kyrillisk eller grekisk bokstav, eller ett osynligt tecken från inklistrad text): skriv namnet för hand om det är en annan.",
        "content/natverk/testnatverk.md: Ett nätverk med namnet "Testnätverk" finns redan i content/natverk/andra.md. Ta bort en av filerna. Namnen ser likadana ut men skrivs med olika tecken (till exempel en kyrillisk eller grekisk bokstav, eller ett osynligt tecken från inklistrad text): skriv namnet för hand om det är en annan.",
        "content/medlemmar/ljusdal.md:2: fältet "name" "Ånge" stämmer inte med kommunkoden 2161, som är Ljusdal. Ånge har koden "2260". Rätta namnet eller koden.",
        "content/medlemmar/sundsvall-2.md:2: fältet "name" "Sunds​vall" stämmer inte med kommunkoden 2281, som är Sundsvall. Namnet ser ut som "Sundsvall" men skrivs med ett tecken från ett annat alfabet (till exempel en kyrillisk bokstav) eller ett osynligt tecken: skriv namnet för hand. Rätta namnet eller koden.",
      ]
    `);
  });
});
