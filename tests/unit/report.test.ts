import { describe, expect, it } from "vitest";
import {
  escapeCommandData,
  escapeCommandProperty,
  findings,
  findingsJson,
  summaryMarkdown,
  workflowCommand,
} from "@/lib/content/report";

/**
 * GitHub reads a workflow command up to the end of its line, its properties up to `,` or `::`,
 * and turns `%xx` back into characters: a message or path must not end the command early.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
describe("workflow commands for GitHub Actions", () => {
  it("escapes %, CR and LF in messages, and also : and , in properties", () => {
    expect(escapeCommandData("100 % klart\r\nnästa: rad, till")).toBe(
      "100 %25 klart%0D%0Anästa: rad, till",
    );
    expect(escapeCommandProperty("a:b,c%d\ne")).toBe("a%3Ab%2Cc%25d%0Ae");
    // % first, so the escapes themselves are not escaped again.
    expect(escapeCommandData("%0A")).toBe("%250A");
  });

  it("writes one line per finding with file, line and a title", () => {
    const [error, warning] = findings(
      [
        {
          file: "content/natverk/a,b:c.md",
          line: 3,
          field: "title",
          message: "får inte vara tomt.\nSkriv 50 % av: namnet",
        },
      ],
      [{ file: "content/sidor/om-run.md", message: "skulle ha setts över senast 1 juni 2019." }],
    );
    expect(workflowCommand(error!)).toBe(
      '::error file=content/natverk/a%2Cb%3Ac.md,line=3,title=Fel i innehållet::fältet "title" får inte vara tomt.%0ASkriv 50 %25 av: namnet',
    );
    // No line: the note goes on the file.
    expect(workflowCommand(warning!)).toBe(
      "::warning file=content/sidor/om-run.md,title=Innehåll att se över::skulle ha setts över senast 1 juni 2019.",
    );
    for (const command of [workflowCommand(error!), workflowCommand(warning!)])
      expect(command).not.toMatch(/[\r\n]/);
  });

  it("writes JSON with every key present", () => {
    const json = JSON.parse(findingsJson(findings([{ file: "content/x.md", message: "m" }], [])));
    expect(json).toEqual([
      { severity: "error", file: "content/x.md", line: null, field: null, message: "m" },
    ]);
  });
});

describe("the summary of a CI run", () => {
  it("lists errors, then pages to look over", () => {
    const all = findings(
      [{ file: "content/moten/a.md", line: 3, field: "date", message: "är fel." }],
      [{ file: "content/sidor/om-run.md", line: 5, field: "review_by", message: "har passerat." }],
    );
    expect(summaryMarkdown(all)).toBe(
      [
        "## Innehållskontroll",
        "",
        "### 1 fel som stoppar publiceringen",
        "",
        '- `content/moten/a.md:3`: fältet "date" är fel.',
        "",
        "### 1 att se över (stoppar inte publiceringen)",
        "",
        '- `content/sidor/om-run.md:5`: fältet "review_by" har passerat.',
        "",
      ].join("\n"),
    );
    expect(summaryMarkdown([])).toBe("## Innehållskontroll\n\nInnehållet är giltigt.\n");
  });
});
