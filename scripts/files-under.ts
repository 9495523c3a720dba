import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every file below `folder` whose path (from the folder) passes `test`, as full paths. */
export function filesUnder(folder: string, test: (name: string) => boolean): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter(test)
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile());
}

/**
 * The public address of a built page: `moten/2018-01-26-ledningsgruppen.html` →
 * `/moten/2018-01-26-ledningsgruppen`, `index.html` → `/`. Null for Next's own pages
 * (`_not-found`, `_global-error`) and the 404 page, which have no address of their own.
 */
export function pageAddress(folder: string, file: string): string | null {
  const relative = path
    .relative(folder, file)
    .split(path.sep)
    .join("/")
    .replace(/\.html$/, "");
  if (relative === "index") return "/";
  if (relative === "404" || relative.startsWith("_")) return null;
  return `/${relative.replace(/\/index$/, "")}`;
}
