import os from "node:os";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DocumentList } from "@/components/document-list";
import { PreviewBadge } from "@/components/draft-badge";
import { NetworkDirectory } from "@/components/network-directory";
import { NewsList } from "@/components/news-list";
import { StatementParts } from "@/components/statement-parts";
import type { AccessibilityStatementView } from "@/lib/content/accessibility-statement";
import type { DocumentView } from "@/lib/content/documents";
import { getContent } from "@/lib/content/reader";

/**
 * Components take values (issue 23): each renders what its props say, from views made by hand
 * here, with CONTENT_ROOT pointing at a folder that does not exist, so a component that still
 * read the content would throw. What the views hold is tested where they are made
 * (document-register.test.tsx, publication.test.tsx).
 */

beforeAll(() => {
  vi.stubEnv("CONTENT_ROOT", path.join(os.tmpdir(), `run-inget-innehall-${process.pid}`));
});

afterAll(() => {
  vi.unstubAllEnvs();
});

/** A scanned plan: published, a PDF a screen reader cannot use, past its review date, a draft. */
const SCANNED: DocumentView = {
  slug: "skannad-plan",
  title: "Skannad verksamhetsplan",
  fileHref: "/dokument/skannad-plan.pdf",
  fileText: "PDF, 1 kB",
  kindLabel: "Verksamhetsplan",
  periodLabel: "År",
  periodText: "2018",
  lacks: ["taggar (det är ingen taggad PDF)", "titel"],
  accessibleVersionHref: "mailto:run@example.se?subject=Beg%C3%A4r",
  overdue: {
    date: new Date("2026-03-01T00:00:00+01:00"),
    contact: { name: "Bo Berg", email: "bo.berg@example.se" },
  },
  preview: "Utkast",
  markdown: "## Bakgrund\n\nPlanen skannades 2018.",
  idPrefix: "skannad-plan-",
};

/** An agreement whose file is not published: no link, no file facts, no text. */
const UNPUBLISHED: DocumentView = {
  slug: "avtal",
  title: "Avtal 2017–2019",
  fileHref: null,
  fileText: null,
  kindLabel: "Avtal",
  periodLabel: "Period",
  periodText: "2017–2019",
  lacks: [],
  accessibleVersionHref: null,
  overdue: null,
  preview: null,
  markdown: null,
  idPrefix: "avtal-",
};

const STATEMENT: AccessibilityStatementView = {
  inaccessible: [SCANNED],
  feedbackEmail: "run@example.se",
  reportHref: "mailto:run@example.se?subject=Brist",
  reviewed: new Date("2026-11-23T00:00:00+01:00"),
  updated: new Date("2026-12-01T00:00:00+01:00"),
};

const item = (html: string, title: string) =>
  new RegExp(`<li[^>]*>(?:(?!</li>).)*${title}(?:(?!</li>).)*</li>`, "s").exec(html)?.[0] ?? "";

describe("components render from values alone", () => {
  it("run where no content folder exists", () => {
    expect(() => getContent()).toThrow(/mappen finns inte/);
  });

  it("DocumentList shows each document's view", () => {
    const html = renderToStaticMarkup(<DocumentList documents={[SCANNED, UNPUBLISHED]} />);
    const scanned = item(html, "Skannad verksamhetsplan");
    expect(scanned).toContain(
      '<a href="/dokument/skannad-plan.pdf">Skannad verksamhetsplan<span class="document-file"> (PDF, 1 kB)</span></a> <strong class="draft-badge">Utkast</strong>',
    );
    expect(scanned).toContain("<dt>Typ</dt><dd>Verksamhetsplan</dd>");
    expect(scanned).toContain("<dt>År</dt><dd>2018</dd>");
    expect(scanned).toContain('<a href="mailto:run@example.se?subject=Beg%C3%A4r">');
    expect(scanned).toContain("Begär en tillgänglig version");
    expect(scanned).toMatch(
      /skulle ha setts över senast <time dateTime="2026-03-01">1 mars 2026<\/time>\. Fråga Bo Berg \(<a href="mailto:bo.berg@example.se">/,
    );
    expect(scanned).toMatch(/<h2 id="skannad-plan-bakgrund"[^>]*>Bakgrund/);
    expect(scanned).not.toContain("Finns inte publicerad");

    const unpublished = item(html, "Avtal 2017–2019");
    expect(unpublished).toContain('<h2 class="document-title">Avtal 2017–2019</h2>');
    expect(unpublished).toContain("<dt>Period</dt><dd>2017–2019</dd>");
    expect(unpublished).toContain("Finns inte publicerad här ännu");
    expect(unpublished).not.toMatch(/Tillgänglighet|Aktualitet|draft-badge|<a /);
  });

  it("StatementParts lists the inaccessible documents, the report link and the dates", () => {
    const html = renderToStaticMarkup(<StatementParts statement={STATEMENT} />);
    const section = /<h2 id="inte-tillgangligt">[\s\S]*?<\/section>/.exec(html)![0];
    expect(section).toContain(
      '<a href="/dokument/skannad-plan.pdf">Skannad verksamhetsplan (PDF, 1 kB)</a>: saknar taggar (det är ingen taggad PDF), titel.',
    );
    expect(section).toContain("Begär en tillgänglig version");
    expect(html).toContain(
      '<a href="mailto:run@example.se?subject=Brist">skriv till oss</a> (run@example.se)',
    );
    expect(html).toContain(
      'Webbplatsen granskades senast <time dateTime="2026-11-23">23 november 2026</time>.',
    );
    expect(html).toContain(
      'Redogörelsen uppdaterades senast <time dateTime="2026-12-01">1 december 2026</time>.',
    );
  });

  it("StatementParts says so when no document is known to be inaccessible, or no review", () => {
    const html = renderToStaticMarkup(
      <StatementParts statement={{ ...STATEMENT, inaccessible: [], reviewed: undefined }} />,
    );
    expect(html).toContain("Vi känner inte till några dokument på webbplatsen");
    expect(html).not.toContain("inaccessible-documents");
    expect(html).not.toContain("granskades");
    expect(html).toContain("Redogörelsen uppdaterades senast");
  });

  it("NetworkDirectory and NewsList mark only the items their views give a label", () => {
    const networks = renderToStaticMarkup(
      <NetworkDirectory
        networks={[
          { slug: "a", href: "/natverk/a", title: "Nätverk A", summary: "Om A.", preview: null },
          {
            slug: "b",
            href: "/natverk/b",
            title: "Nätverk B",
            summary: "Om B.",
            preview: "Visas från 1 januari 2027",
          },
        ]}
      />,
    );
    expect(networks).toContain('<a href="/natverk/a">Nätverk A</a></h3>');
    expect(networks).toContain(
      '<a href="/natverk/b">Nätverk B</a> <strong class="draft-badge">Visas från 1 januari 2027</strong>',
    );
    const news = renderToStaticMarkup(
      <NewsList
        items={[
          {
            slug: "n",
            href: "/aktuellt/n",
            title: "Nyhet",
            date: new Date("2026-05-04T00:00:00+02:00"),
            summary: "Kort.",
            preview: "Utkast",
          },
        ]}
      />,
    );
    expect(news).toContain(
      '<a href="/aktuellt/n">Nyhet</a> <strong class="draft-badge">Utkast</strong>',
    );
    expect(news).toContain('<time dateTime="2026-05-04">4 maj 2026</time>');
    expect(renderToStaticMarkup(<PreviewBadge label={null} />)).toBe("");
  });
});
