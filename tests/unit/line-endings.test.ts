import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRoot, invalidRoot, SITE_ROOT, VALID_ROOT } from "../helpers/fixtures";
import { loadContent, type LoadResult } from "@/lib/content/reader";
import { formatProblem } from "@/lib/content/problems";

/**
 * Any text file an editor's program can save reads the same: LF, CRLF (Windows), CR (old Mac),
 * with or without a byte-order mark, in every kind of content and in webbplatsen.md. Same
 * values (no "\r" anywhere), same Markdown, and the same messages with the same line numbers.
 */

const VARIANTS: Record<string, (text: string) => string> = {
  LF: (text) => text,
  CRLF: (text) => text.replaceAll("\n", "\r\n"),
  "BOM+CRLF": (text) => `\uFEFF${text.replaceAll("\n", "\r\n")}`,
  CR: (text) => text.replaceAll("\n", "\r"),
};

/** One instant for every file, so a meeting's SEQUENCE (from the file's time) is the same. */
const STAMP = new Date("2024-01-01T00:00:00Z");

/**
 * Mistakes in the two single files, beside the invalid fixture's own. The group's last value
 * before the closing "---" is where a CRLF file used to keep its "\r" ("adjungerad\r" was
 * refused with "menade du "adjungerad"?").
 */
function addMistakes(root: string) {
  const group = path.join(root, "content/ledningsgruppen.md");
  fs.writeFileSync(
    group,
    fs.readFileSync(group, "utf8").replace("represents: Lärosätet", "representerar: Lärosätet"),
  );
  const settings = path.join(root, "content/webbplatsen.md");
  fs.writeFileSync(
    settings,
    fs
      .readFileSync(settings, "utf8")
      .replace("review_interval_months: 12", "review_interval_months: tolv"),
  );
}

/** A copy of a fixture with webbplatsen.md, every content file rewritten by `convert`. */
function variantRoot(make: () => string, convert: (text: string) => string, broken: boolean) {
  const root = make();
  fs.copyFileSync(
    path.join(SITE_ROOT, "content/webbplatsen.md"),
    path.join(root, "content/webbplatsen.md"),
  );
  const group = path.join(root, "content/ledningsgruppen.md");
  fs.writeFileSync(
    group,
    fs.readFileSync(group, "utf8").replace(/role: ledamot\n---/, "role: adjungerad\n---"),
  );
  if (broken) addMistakes(root);
  for (const entry of fs.readdirSync(path.join(root, "content"), {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = fs.readFileSync(file, "utf8");
    expect(text).not.toContain("\r");
    fs.writeFileSync(file, convert(text));
    fs.utimesSync(file, STAMP, STAMP);
  }
  return root;
}

/** Every string anywhere in a value. */
function strings(value: unknown, found: string[] = []): string[] {
  if (typeof value === "string") found.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, found);
  else if (value && typeof value === "object" && !(value instanceof Date))
    for (const item of Object.values(value)) strings(item, found);
  return found;
}

const results = new Map<string, { valid: LoadResult; invalid: LoadResult }>();
const roots: string[] = [];

beforeAll(() => {
  for (const [name, convert] of Object.entries(VARIANTS)) {
    const valid = variantRoot(() => copyRoot(VALID_ROOT), convert, false);
    const invalid = variantRoot(invalidRoot, convert, true);
    roots.push(valid, invalid);
    results.set(name, {
      valid: loadContent(valid, { includeDrafts: true, now: STAMP }),
      invalid: loadContent(invalid, { includeDrafts: true, now: STAMP }),
    });
  }
}, 60_000);

afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe("every line ending and byte-order mark reads the same", () => {
  it("the LF copies are valid and the broken ones have their mistakes", () => {
    const { valid, invalid } = results.get("LF")!;
    expect(valid.problems).toEqual([]);
    expect(valid.content?.leadership.members.at(-1)?.role).toBe("adjungerad");
    const messages = invalid.problems.map(formatProblem);
    expect(
      messages.filter((message) => /^content\/(ledningsgruppen|webbplatsen)\.md/.test(message)),
    ).toMatchInlineSnapshot(`
      [
        "content/ledningsgruppen.md:5: fältet "members[0].representerar" är okänt — menade du "represents"?",
        "content/webbplatsen.md:2: fältet "review_interval_months" ska vara ett tal, men är texten "tolv". Exempel: review_interval_months: 12",
      ]
    `);
  });

  for (const name of Object.keys(VARIANTS).filter((variant) => variant !== "LF")) {
    it(`${name}: the same content, with no carriage return in any value or text`, () => {
      const { valid } = results.get(name)!;
      const reference = results.get("LF")!.valid;
      expect(valid.problems).toEqual([]);
      expect(valid.content).toEqual(reference.content);
      expect(strings(valid.content).filter((text) => /[\r\uFEFF]/.test(text))).toEqual([]);
    });

    it(`${name}: the same messages, on the same lines and fields`, () => {
      const { invalid } = results.get(name)!;
      const reference = results.get("LF")!.invalid;
      expect(invalid.problems.map(formatProblem)).toEqual(reference.problems.map(formatProblem));
    });
  }
});
