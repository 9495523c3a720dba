import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { knownKeys } from "@/lib/content/problems";
import { guideTableNames, withGuideTables } from "@/lib/content/field-docs";
import { KINDS, SINGLE_FILES } from "@/lib/content/kinds";
import { loadContent } from "@/lib/content/reader";
import { LeadershipSchema } from "@/lib/content/schemas";
import { ROUTES } from "@/lib/routes";
import { copyRoot, PROJECT_ROOT, SITE_ROOT } from "../helpers/fixtures";

const guide = fs.readFileSync(path.join(PROJECT_ROOT, "content/README.md"), "utf8");

/** The guide stays true: every folder and every field an editor can write is in it. */
describe("the editor guide", () => {
  it("has a section for every content folder", () => {
    for (const { folder } of Object.values(KINDS))
      expect(guide, folder).toContain(`(\`${folder}/\`)`);
    for (const { file } of Object.values(SINGLE_FILES))
      expect(guide, file).toContain(`(\`${file}\`)`);
  });

  it("shows every field of every schema, in tables written from the schemas (npm run guide)", () => {
    // One source: a field's description and example live in schemas.ts.
    expect(withGuideTables(guide), "content/README.md is stale: run npm run guide").toBe(guide);
    expect(guideTableNames(guide).sort()).toEqual(
      [...Object.keys(KINDS), ...Object.keys(SINGLE_FILES)].sort(),
    );
    const schemas = [
      ...Object.values(KINDS).map((kind) => kind.schema),
      ...Object.values(SINGLE_FILES).map((single) => single.schema),
    ];
    const fields = schemas.flatMap((schema) => knownKeys(schema, []));
    fields.push(...knownKeys(LeadershipSchema, ["members", 0]));
    expect(fields.length).toBeGreaterThan(20);
    for (const field of new Set(fields))
      expect(guide, field).toMatch(new RegExp(`\\| \`${field}\` \\|`));
  });

  it("a table goes stale when a field's help changes", () => {
    const stale = guide.replace("| Nätverkets namn. |", "| Nätverkets gamla namn. |");
    expect(stale).not.toBe(guide);
    expect(withGuideTables(stale)).toBe(guide);
  });

  it("names every page file", () => {
    for (const { page: slug } of Object.values(ROUTES))
      expect(guide, slug).toContain(`\`${slug}.md\``);
  });

  it("has complete examples that pass the checks when added to a complete site", () => {
    const examples = [
      ...guide.matchAll(/Komplett exempel, `([^`]+)`:\n\n```markdown\n([\s\S]*?)```/g),
    ];
    expect(examples.map((example) => example[1])).toEqual([
      "natverk/rektorsnatverk.md",
      "personer/anna-svensson.md",
      "medlemmar/ornskoldsvik.md",
      "moten/2019-01-25-ledningsgruppen.md",
      "moten/2027-03-10-regionalt-ikt-natverk.md",
      "moten/2027-02-12-ledningsgruppen.md",
      "moten/2027-02-12-ledningsgruppen.md",
      "moten/2027-03-19-ledningsgruppen.md",
      "dokument/kallelse-ledningsgruppen-2027-03-19.md",
      "dokument/handlingsplan-2019.md",
      "aktuellt/handlingsplan-2019-publicerad.md",
    ]);
    const root = copyRoot(SITE_ROOT);
    try {
      for (const [, file, text] of examples) {
        fs.writeFileSync(path.join(root, "content", file!), text!);
        // As the guide says: the document's file goes into public/ first.
        const linked = /^file: (\S+)$/m.exec(text!)?.[1];
        if (linked) {
          fs.mkdirSync(path.dirname(path.join(root, "public", linked)), { recursive: true });
          fs.writeFileSync(path.join(root, "public", linked), "%PDF-1.4");
        }
      }
      const { content, problems } = loadContent(root, { includeDrafts: true });
      expect(problems).toEqual([]);
      expect(content?.networks.map((network) => network.slug)).toContain("rektorsnatverk");
      expect(content?.meetings.map((meeting) => meeting.slug)).toContain(
        "2019-01-25-ledningsgruppen",
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
