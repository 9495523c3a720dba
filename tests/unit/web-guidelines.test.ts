import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WEB_GUIDELINES } from "@/lib/web-guidelines";
import { PROJECT_ROOT } from "../helpers/fixtures";

/**
 * /om-webbplatsen claims exactly what is tested: every guideline it lists names a test file
 * that has a test named after it, and no test names a guideline that is not on the list.
 */
describe("the list of webbriktlinjer", () => {
  it("names, for every guideline, a test file that has its test", () => {
    for (const { id, test } of WEB_GUIDELINES) {
      const file = path.join(PROJECT_ROOT, test);
      expect(fs.existsSync(file), `${id}: ${test}`).toBe(true);
      expect(fs.readFileSync(file, "utf8"), `${id}: ${test}`).toContain(`guidelineTitle("${id}")`);
    }
  });

  it("has each guideline once, and no test names one that is not listed", () => {
    const ids = WEB_GUIDELINES.map((guideline) => guideline.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = new Set(WEB_GUIDELINES.map((guideline) => guideline.test));
    for (const file of files)
      for (const match of fs
        .readFileSync(path.join(PROJECT_ROOT, file), "utf8")
        .matchAll(/guidelineTitle\("([^"]+)"\)/g))
        expect(ids as readonly string[], `${file}: ${match[1]}`).toContain(match[1]);
  });
});
