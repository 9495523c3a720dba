/**
 * `npm run guide`: writes the field tables of the editor guide (content/README.md) from the
 * schemas, between their `<!-- fält: … -->` markers. The unit tests fail when it is stale.
 */
import fs from "node:fs";
import path from "node:path";
import { withGuideTables } from "../lib/content/field-docs";

const file = path.resolve(__dirname, "../content/README.md");
const before = fs.readFileSync(file, "utf8");
const after = withGuideTables(before);
if (after === before) console.log("content/README.md: fälttabellerna är redan aktuella.");
else {
  fs.writeFileSync(file, after);
  console.log("content/README.md: fälttabellerna är skrivna från schemana.");
}
