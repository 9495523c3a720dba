import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccessibilityStatementView } from "@/lib/content/accessibility-statement";
import type { DocumentView } from "@/lib/content/documents";
import { loadContent } from "@/lib/content/reader";
import { describeFile, formatSize } from "@/lib/content/pdf/facts";
import { copyRoot, PROJECT_ROOT, VALID_ROOT } from "../helpers/fixtures";
import { makePdf } from "../helpers/pdfs";

/**
 * The document register (DOS-lagen): PDFs made here, one tagged with language and title and one
 * bare, are read at build time; the bare one is warned about, offered in an accessible version
 * and listed in the accessibility statement, the tagged one is not; both show format and size.
 */

let root: string;
const BARE = "content/dokument/skannad-plan.md";

beforeAll(async () => {
  root = copyRoot(VALID_ROOT);
  fs.writeFileSync(
    path.join(root, "public/dokument/avtal.pdf"),
    await makePdf({ accessible: true }),
  );
  fs.writeFileSync(
    path.join(root, "public/dokument/skannad-plan.pdf"),
    await makePdf({ accessible: false }),
  );
  fs.writeFileSync(
    path.join(root, BARE),
    "---\ntitle: Skannad verksamhetsplan\nkind: verksamhetsplan\nperiod: 2018\nfile: /dokument/skannad-plan.pdf\n---\n",
  );
  process.env.CONTENT_ROOT = root;
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe("npm run check on PDFs", () => {
  it("warns about the bare PDF only, naming the file and what it lacks", () => {
    const { problems, warnings } = loadContent(root, { includeDrafts: true });
    expect(problems).toEqual([]);
    const about = warnings.filter((warning) => warning.field === "file");
    expect(about).toHaveLength(1);
    expect(about[0]).toMatchObject({ file: BARE, line: 5 });
    expect(about[0]!.message).toMatch(
      /^"public\/dokument\/skannad-plan\.pdf" saknar taggar \(det är ingen taggad PDF\), dokumentspråk, titel\./,
    );
  });

  it("exits 0 with the warning on its file", () => {
    const output = execFileSync(
      process.execPath,
      [path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/check-content.ts", root],
      { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "" } },
    );
    expect(output).toContain("skannad-plan.md:5");
    expect(output).toContain("saknar taggar");
    expect(output).not.toContain("avtal.md:");
  });

  it("says so plainly when a file is no PDF at all", () => {
    fs.writeFileSync(path.join(root, "public/dokument/trasig.pdf"), "%PDF-1.4 inte mer än så");
    fs.writeFileSync(
      path.join(root, "content/dokument/trasig.md"),
      "---\ntitle: Trasig\nkind: övrigt\nperiod: 2018\nfile: /dokument/trasig.pdf\n---\n",
    );
    try {
      const { warnings } = loadContent(root, { includeDrafts: true });
      expect(
        warnings.find((warning) => warning.file === "content/dokument/trasig.md")?.message,
      ).toMatch(/kan inte läsas som PDF/);
    } finally {
      fs.rmSync(path.join(root, "public/dokument/trasig.pdf"));
      fs.rmSync(path.join(root, "content/dokument/trasig.md"));
    }
  });
});

describe("the register and the statement", () => {
  let views: DocumentView[];
  let statementView: AccessibilityStatementView;
  let list: string;
  let statement: string;
  beforeAll(async () => {
    const { DocumentList } = await import("@/components/document-list");
    const { StatementParts } = await import("@/components/statement-parts");
    const { getDocumentViews } = await import("@/lib/content/documents");
    const { getAccessibilityStatement } = await import("@/lib/content/accessibility-statement");
    views = getDocumentViews();
    statementView = getAccessibilityStatement();
    list = renderToStaticMarkup(<DocumentList documents={views} />);
    statement = renderToStaticMarkup(<StatementParts statement={statementView} />);
  });

  it("are worked out where the content is read: file text, what it lacks, the request", () => {
    const bare = views.find((view) => view.title === "Skannad verksamhetsplan")!;
    const tagged = views.find((view) => view.title === "Avtal för perioden 2017-2019")!;
    expect(bare).toMatchObject({
      fileHref: "/dokument/skannad-plan.pdf",
      fileText: "PDF, 1 kB",
      kindLabel: "Verksamhetsplan",
      periodLabel: "År",
      periodText: "2018",
      lacks: ["taggar (det är ingen taggad PDF)", "dokumentspråk", "titel"],
      preview: null,
      markdown: null,
    });
    expect(bare.accessibleVersionHref).toMatch(/^mailto:anna\.andersson@example\.se\?/);
    expect(tagged).toMatchObject({ fileText: "PDF, 1 kB", lacks: [], accessibleVersionHref: null });
    expect(statementView.inaccessible.map((view) => view.title)).toEqual([
      "Skannad verksamhetsplan",
    ]);
    expect(statementView.feedbackEmail).toBe("anna.andersson@example.se");
    expect(statementView.reportHref).toMatch(/^mailto:anna\.andersson@example\.se\?/);
    expect(statementView.updated).toBeInstanceOf(Date);
  });

  const item = (html: string, title: string) =>
    new RegExp(`<li[^>]*>(?:(?!</li>).)*${title}(?:(?!</li>).)*</li>`, "s").exec(html)?.[0] ?? "";

  it("shows format and size beside both, and offers an accessible version of the bare one only", () => {
    const bare = item(list, "Skannad verksamhetsplan");
    const tagged = item(list, "Avtal för perioden 2017-2019");
    expect(bare).toContain("(PDF, 1 kB)");
    expect(tagged).toContain("(PDF, 1 kB)");
    expect(bare).toContain("Begär en tillgänglig version");
    expect(tagged).not.toContain("Begär en tillgänglig version");
    const href = /href="(mailto:[^"]+)"/
      .exec(bare.slice(bare.indexOf("Tillgänglighet")))![1]!
      .replace(/&amp;/g, "&");
    const url = new URL(href);
    expect(decodeURIComponent(url.pathname)).toBe("anna.andersson@example.se");
    expect(url.searchParams.get("subject")).toBe(
      "Begär en tillgänglig version: Skannad verksamhetsplan",
    );
    expect(url.searchParams.get("body")).toContain("/dokument/skannad-plan.pdf");
  });

  it("lists the bare one under Innehåll som inte är tillgängligt, and not the tagged one", () => {
    const section = /<h2 id="inte-tillgangligt">[\s\S]*?<\/section>/.exec(statement)![0];
    expect(section).toContain("Skannad verksamhetsplan");
    expect(section).toContain("saknar taggar (det är ingen taggad PDF), dokumentspråk, titel");
    expect(section).not.toContain("Avtal för perioden");
    expect(statement).toMatch(/Webbplatsen granskades senast|Redogörelsen uppdaterades senast/);
  });
});

describe("format and size", () => {
  it("are written as a Swedish reader expects", () => {
    expect(formatSize(240_000)).toBe("240 kB");
    expect(formatSize(12)).toBe("1 kB");
    expect(formatSize(1_240_000)).toBe("1,2 MB");
    expect(formatSize(24_500_000)).toBe("25 MB");
    expect(describeFile({ format: "Word", bytes: 48_000 })).toBe("Word, 48 kB");
  });
});
