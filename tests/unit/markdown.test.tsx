import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { collectLinks, internalPath } from "@/lib/markdown/links";
import { headingIds } from "@/lib/markdown/processor";
import { renderMarkdown } from "@/lib/markdown/render";

const html = (markdown: string) => renderToStaticMarkup(<>{renderMarkdown(markdown)}</>);

describe("rendering Markdown", () => {
  it("renders GitHub-flavoured Markdown with heading ids usable as anchors", () => {
    const out = html(
      "## Ledningsgruppen i RUN\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] klart\n\nwww.miun.se",
    );
    expect(out).toContain('<h2 id="ledningsgruppen-i-run">Ledningsgruppen i RUN</h2>');
    expect(out).toContain("<table>");
    expect(out).toContain('<a href="http://www.miun.se">www.miun.se</a>');
  });

  it("keeps the page title the only h1: a text that uses # moves its headings down a level", () => {
    expect(html("# Bakgrund\n\n## Mål\n\n###### Fotnot")).toBe(
      '<h2 id="bakgrund">Bakgrund</h2>\n<h3 id="mål">Mål</h3>\n<h6 id="fotnot">Fotnot</h6>',
    );
    expect(html("## Bakgrund\n\n### Mål")).toBe(
      '<h2 id="bakgrund">Bakgrund</h2>\n<h3 id="mål">Mål</h3>',
    );
  });

  it("keeps ordinary links, mail links and in-page anchors", () => {
    const out = html(
      "[Om](/om-run) [mejl](mailto:a@b.se) [ner](#uppdrag) [ut](https://www.digg.se/)",
    );
    expect(out).toContain('href="/om-run"');
    expect(out).toContain('href="mailto:a@b.se"');
    expect(out).toContain('href="#uppdrag"');
    expect(out).toContain('href="https://www.digg.se/"');
  });

  it("drops raw HTML, event handlers and script URLs", () => {
    const out = html(
      [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        "[klick](javascript:alert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD4=)",
        "![bild](javascript:alert(1))",
        '<a href="javascript:alert(1)">a</a>',
        "<iframe src='https://evil.example'></iframe>",
      ].join("\n\n"),
    );
    expect(out).not.toMatch(/<script|onerror|javascript:|data:text|<iframe/i);
    expect(out).toContain("klick");
  });
});

describe("tables", () => {
  it("sit in a named, focusable box that scrolls sideways (WCAG 1.4.10)", () => {
    expect(html("| a | b |\n|---|---|\n| 1 | 2 |\n\n| c |\n|---|\n| 3 |")).toBe(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Tabell 1, rulla i sidled"><table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></div>\n' +
        '<div class="table-scroll" role="region" tabindex="0" aria-label="Tabell 2, rulla i sidled"><table><thead><tr><th>c</th></tr></thead><tbody><tr><td>3</td></tr></tbody></table></div>',
    );
  });
});

describe("heading ids", () => {
  it("never equal an id the page uses itself: such a heading gets a number", () => {
    // "kontakt" is the id of a network page's own heading (lib/page-ids.ts); "nästa-möte"
    // is not "nasta-mote". The second "Kontakt" is kontakt-1 already, so the first takes -2.
    expect(html("## Kontakt\n\n## Nästa möte\n\n## Kontakt")).toBe(
      '<h2 id="kontakt-2">Kontakt</h2>\n<h2 id="nästa-möte">Nästa möte</h2>\n<h2 id="kontakt-1">Kontakt</h2>',
    );
    expect(headingIds("## Kontakt\n\n## Innehall")).toEqual(new Set(["kontakt-1", "innehall-1"]));
  });

  it("take a prefix where several texts share a page", () => {
    expect(headingIds("## Sammanfattning", { idPrefix: "plan-2018-" })).toEqual(
      new Set(["plan-2018-sammanfattning"]),
    );
  });
});

describe("links in Markdown", () => {
  it("collects links and definitions with their lines", () => {
    expect(collectLinks("Text\n\n[a](/om-run)\n\n[b]: /natverk\n")).toEqual([
      { url: "/om-run", line: 3, image: false },
      { url: "/natverk", line: 5, image: false },
    ]);
  });

  it("knows which links point inside the site", () => {
    expect(internalPath("/om-run#uppdrag")).toBe("/om-run");
    expect(internalPath("/natverk/")).toBe("/natverk");
    expect(internalPath("/")).toBe("/");
    expect(internalPath("/moten?x=1")).toBe("/moten");
    for (const url of ["https://x.se/a", "//x.se/a", "mailto:a@b.se", "#uppdrag"]) {
      expect(internalPath(url), url).toBeNull();
    }
  });
});
