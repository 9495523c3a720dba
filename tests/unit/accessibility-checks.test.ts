import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCESSIBILITY_CHECKS } from "@/lib/accessibility-checks";
import { PROJECT_ROOT } from "../helpers/fixtures";

/**
 * The statement claims exactly what is tested: every check it lists names a browser test, and
 * (in tests/e2e/site/wcag.spec.ts) the statement page is shown to list every check.
 */
describe("the list of accessibility checks", () => {
  const folder = path.join(PROJECT_ROOT, "tests/e2e/site");
  const specs = fs
    .readdirSync(folder)
    .map((name) => fs.readFileSync(path.join(folder, name), "utf8"))
    .join("\n");

  it("has a browser test for every check it lists", () => {
    for (const { id } of ACCESSIBILITY_CHECKS) expect(specs, id).toContain(`checkTitle("${id}")`);
  });

  it("names no check that is not in the list", () => {
    const ids = new Set<string>(ACCESSIBILITY_CHECKS.map((check) => check.id));
    for (const match of specs.matchAll(/checkTitle\("([^"]+)"\)/g))
      expect(ids, match[1]).toContain(match[1]);
  });
});
