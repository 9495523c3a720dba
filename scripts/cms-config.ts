/**
 * `npm run cms-config`: writes the editing interface's configuration (public/admin/config.yml)
 * from the table of kinds and the schemas (lib/admin/config.ts). The unit tests fail when it is
 * stale.
 */
import fs from "node:fs";
import path from "node:path";
import { cmsConfigYaml } from "../lib/admin/config";

const file = path.resolve(__dirname, "../public/admin/config.yml");
const before = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
const after = cmsConfigYaml();
if (after === before) console.log("public/admin/config.yml är redan aktuell.");
else {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, after);
  console.log("public/admin/config.yml är skriven från schemana.");
}
