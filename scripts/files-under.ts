import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every file below `folder` whose path (from the folder) passes `test`, as full paths. */
export function filesUnder(folder: string, test: (name: string) => boolean): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter(test)
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile());
}
