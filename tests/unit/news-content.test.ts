import { describe, expect, it } from "vitest";
import { edited, problemsAfter } from "../helpers/fixtures";

const NEWS = "content/aktuellt/nyhet.md";
const item = (fields: string, text = "Text.") =>
  `---\ntitle: En nyhet\ndate: 2026-11-25\nsummary: Kort om nyheten.\n${fields}---\n${text}\n`;

describe("news items (content/aktuellt/)", () => {
  it("a valid item, and links to and from it, pass the check", () => {
    expect(
      problemsAfter({
        [NEWS]: item(
          "document: plan\n",
          "Se [planen](/om-run/dokument) och [Aktuellt](/aktuellt).",
        ),
        "content/sidor/om-run.md": edited(
          "content/sidor/om-run.md",
          "Se [ledningsgruppen]",
          "Läs [nyheten](/aktuellt/nyhet) och [flödet](/aktuellt/flode.atom). Se [ledningsgruppen]",
        ),
      }),
    ).toEqual([]);
  });

  it("each mistake is named with its file and field, in Swedish", () => {
    expect(
      problemsAfter({
        [NEWS]: `---\ntitle: En nyhet\ndate: 25/11/2026\nsummary: ${"x".repeat(301)}\ndocument: planen\n---\nSe [mötet](/moten/finns-inte).\n`,
      }),
    ).toEqual([
      'content/aktuellt/nyhet.md:3: fältet "date" "25/11/2026" är inte skrivet som ÅÅÅÅ-MM-DD. Skriv "2026-11-25".',
      'content/aktuellt/nyhet.md:4: fältet "summary" är för långt: högst 300 tecken. Skriv resten i texten under front matter.',
    ]);
    expect(
      problemsAfter({ [NEWS]: item("document: planen\n", "Se [mötet](/moten/finns-inte).") }),
    ).toEqual([
      'content/aktuellt/nyhet.md:5: fältet "document" "planen" finns inte i content/dokument/. Menade du "plan"?',
      'content/aktuellt/nyhet.md:7: länkar till "/moten/finns-inte", en adress som inte finns på webbplatsen.',
    ]);
  });
});
