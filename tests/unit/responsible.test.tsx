import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReviewNotice } from "@/components/review-notice";
import { formatProblem } from "@/lib/content/problems";
import { loadContent } from "@/lib/content/reader";
import { responsiblePerson, responsibleSlug } from "@/lib/content/responsible";
import { guidelineTitle } from "@/lib/web-guidelines";
import { copyRoot, edited, problemsAfter } from "../helpers/fixtures";

/** The valid fixture with `changes` (file → its new text), loaded at a fixed clock. */
function load(changes: Record<string, string>, now = "2030-01-01T12:00:00+01:00") {
  const root = copyRoot();
  try {
    for (const [file, text] of Object.entries(changes))
      fs.writeFileSync(path.join(root, file), text);
    return loadContent(root, { includeDrafts: true, now: new Date(now) });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const PAGE = "content/sidor/om-run.md";
const NETWORK = "content/natverk/testnatverk.md";

describe("the person responsible (ansvarig)", () => {
  it(guidelineTitle("R21"), () => {
    // Own field → the site's default → the network's contact → the chair.
    const { content } = load({
      [PAGE]: edited(PAGE, "updated:", "ansvarig: bo-berg\nupdated:"),
    });
    const page = content!.pages.find((item) => item.slug === "om-run")!;
    const network = content!.networks.find((item) => item.slug === "testnatverk")!;
    const start = content!.pages.find((item) => item.slug === "start")!;
    expect(responsibleSlug(page, content!)).toBe("bo-berg");
    expect(responsibleSlug(network, content!)).toBe("bo-berg");
    expect(responsibleSlug(start, content!)).toBe("anna-andersson");
    const withDefault = load({ "content/webbplatsen.md": "---\nansvarig: bo-berg\n---\n" });
    const startAgain = withDefault.content!.pages.find((item) => item.slug === "start")!;
    expect(responsiblePerson(startAgain, withDefault.content!)?.name).toBe("Bo Berg");

    // An unknown person is refused, naming the file and the field, in Swedish.
    expect(
      problemsAfter({
        [PAGE]: edited(PAGE, "updated:", "ansvarig: bo-bergh\nupdated:"),
        "content/webbplatsen.md": "---\nansvarig: ana-andersson\n---\n",
        "content/dokument/plan.md": edited(
          "content/dokument/plan.md",
          "kind:",
          "ansvarig: x\nkind:",
        ),
      }),
    ).toEqual([
      'content/sidor/om-run.md:4: fältet "ansvarig" "bo-bergh" finns inte i content/personer/. Menade du "bo-berg"?',
      'content/dokument/plan.md:3: fältet "ansvarig" "x" finns inte i content/personer/.',
      'content/webbplatsen.md:2: fältet "ansvarig" "ana-andersson" finns inte i content/personer/. Menade du "anna-andersson"?',
    ]);
  });

  it(guidelineTitle("R24"), () => {
    // The page says it may be out of date, and whom to ask: the person responsible.
    const html = renderToStaticMarkup(
      <ReviewNotice
        date={new Date("2019-06-30T00:00:00+02:00")}
        contact={{
          slug: "bo-berg",
          name: "Bo Berg",
          email: "bo.berg@example.se",
          source: "content/personer/bo-berg.md",
          markdown: "",
          committedAt: null,
        }}
      />,
    );
    expect(html).toContain("Informationen kan vara inaktuell.");
    expect(html).toContain('<time dateTime="2019-06-30">30 juni 2019</time>');
    expect(html).toContain(
      'Fråga Bo Berg (<a href="mailto:bo.berg@example.se">bo.berg@example.se</a>), som ansvarar för innehållet',
    );
    // The weekly warning names the same person.
    const { warnings } = load({
      [NETWORK]: edited(NETWORK, "contact:", "review_by: 2025-01-14\ncontact:"),
    });
    expect(warnings.map(formatProblem)).toContainEqual(
      expect.stringMatching(/^content\/natverk\/testnatverk\.md:\d+: .* Ansvarig: Bo Berg\.$/),
    );
  });
});
