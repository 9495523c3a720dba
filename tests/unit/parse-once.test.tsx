import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { loadContent } from "@/lib/content/reader";
import { markdownToHtml } from "@/lib/markdown/html";
import { collectLinks } from "@/lib/markdown/links";
import { headingIds, markdownParser } from "@/lib/markdown/processor";
import { renderMarkdown } from "@/lib/markdown/render";
import { documentIdPrefix } from "@/lib/routes";
import { SITE_ROOT } from "../helpers/fixtures";

// Issue 27: each text is parsed once. The check reads a text's links and its heading ids, the
// build renders it and the feed writes it as HTML, and all of them share that one parse.
describe("each Markdown text is parsed once", () => {
  it("by the check, and not again by the pages or the feed", () => {
    const parse = vi.spyOn(markdownParser, "parse");
    const { content, problems } = loadContent(SITE_ROOT, { includeDrafts: true });
    expect(problems).toEqual([]);
    if (!content) throw new Error("no content");
    const parsedByCheck = parse.mock.calls.map(([text]) => String(text));
    expect(parsedByCheck.length).toBeGreaterThan(0);
    expect(new Set(parsedByCheck).size).toBe(parsedByCheck.length);

    const texts = [
      ...content.pages.map((item) => ({ markdown: item.markdown, idPrefix: "" })),
      ...content.networks.map((item) => ({ markdown: item.markdown, idPrefix: "" })),
      ...content.meetings.map((item) => ({ markdown: item.markdown, idPrefix: "" })),
      ...content.news.map((item) => ({ markdown: item.markdown, idPrefix: "" })),
      ...content.documents.map((item) => ({
        markdown: item.markdown,
        idPrefix: documentIdPrefix(item.slug),
      })),
    ];
    // Every text a page shows was parsed by the check (its links were checked).
    for (const { markdown } of texts) expect(parsedByCheck).toContain(markdown);

    const pages = texts.map(({ markdown, idPrefix }) =>
      renderToStaticMarkup(<>{renderMarkdown(markdown, { idPrefix })}</>),
    );
    for (const item of content.news) markdownToHtml(item.markdown, "https://example.se");
    for (const { markdown, idPrefix } of texts) {
      headingIds(markdown, { idPrefix });
      collectLinks(markdown);
    }
    expect(parse).toHaveBeenCalledTimes(parsedByCheck.length);

    // The shared trees are never changed by a reader: the same text renders the same again,
    // after the feed rewrote its addresses to absolute ones in its own copy.
    expect(
      texts.map(({ markdown, idPrefix }) =>
        renderToStaticMarkup(<>{renderMarkdown(markdown, { idPrefix })}</>),
      ),
    ).toEqual(pages);
    parse.mockRestore();
  });

  it("the feed's absolute addresses stay in the feed", () => {
    const text = "Läs [om RUN](/om-run) och ![karta](/karta.png).";
    const html = markdownToHtml(text, "https://example.se");
    expect(html).toContain('href="https://example.se/om-run"');
    expect(html).toContain('src="https://example.se/karta.png"');
    const page = renderToStaticMarkup(<>{renderMarkdown(text)}</>);
    expect(page).toContain('href="/om-run"');
    expect(page).toContain('src="/karta.png"');
    expect(markdownToHtml(text, "https://example.se")).toBe(html);
  });
});
