import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import { loadContent } from "@/lib/content/reader";
import { applyAllEdits, EDITOR_EDITS } from "../helpers/editor-edits";
import { copyRoot, PROJECT_ROOT } from "../helpers/fixtures";

/**
 * The edits the editor guide describes, made on a copy of the real content: each correct one
 * is accepted, and each broken twin is refused with the file named. These hold for any valid
 * content, so they run on the editors' content, not a fixture.
 */
function problems(root: string): string[] {
  return loadContent(root, { includeDrafts: true }).problems.map(formatProblem);
}

describe("an editor's edits to the real content", () => {
  for (const edit of EDITOR_EDITS) {
    it(`accepts ${edit.name}`, () => {
      const root = copyRoot(PROJECT_ROOT);
      try {
        edit.apply(root);
        expect(problems(root)).toEqual([]);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });

    it(`refuses ${edit.name} made with a mistake, naming the file`, () => {
      const root = copyRoot(PROJECT_ROOT);
      try {
        const file = edit.broken(root);
        const found = problems(root);
        expect(found.length).toBeGreaterThan(0);
        expect(found.join("\n")).toContain(`${file}`);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });
  }

  it("accepts all of them together", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "run-edited-"));
    try {
      applyAllEdits(PROJECT_ROOT, root);
      const { content, problems: found } = loadContent(root, { includeDrafts: false });
      expect(found).toEqual([]);
      expect(content?.networks.map((network) => network.slug)).toContain("redaktorsprov-natverk");
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
