/**
 * Copies the real content (content/ and public/) to a folder and applies every scripted edit
 * of tests/helpers/editor-edits.ts, for `npm test` to build and check in the browser.
 * Usage: tsx tests/helpers/apply-editor-edits.ts <folder>
 */
import path from "node:path";
import { applyAllEdits, EDITOR_EDITS } from "./editor-edits";

const target = process.argv[2];
if (!target) {
  console.error("usage: tsx tests/helpers/apply-editor-edits.ts <folder>");
  process.exit(2);
}
applyAllEdits(path.resolve(__dirname, "../.."), path.resolve(target));
console.log(
  `${EDITOR_EDITS.length} edits applied in ${target}: ${EDITOR_EDITS.map((edit) => edit.name).join("; ")}`,
);
