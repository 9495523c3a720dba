import fs from "node:fs";
import path from "node:path";
import type { Problem } from "../problems";

/**
 * What a site path such as `/dokument/plan.pdf` is in `public/`: a file, a folder, a link, or
 * nothing (also for anything that would lead outside `public/`). Links are not followed, so
 * nothing outside the project is ever read.
 */
export type PublicEntry = "file" | "folder" | "link" | "missing";

export function publicEntry(root: string, sitePath: string): PublicEntry {
  return resolvePublic(root, sitePath).entry;
}

/** The file in `public/` that a site path names, when it is a file (as publicEntry judges). */
export function publicFile(root: string, sitePath: string): string | null {
  const { entry, target } = resolvePublic(root, sitePath);
  return entry === "file" ? target : null;
}

function resolvePublic(root: string, sitePath: string): { entry: PublicEntry; target: string } {
  const publicDir = path.join(root, "public");
  let decoded: string;
  try {
    decoded = decodeURI(sitePath);
  } catch {
    return { entry: "missing", target: "" };
  }
  // A NUL (`%00`) can name no file, and the file system refuses to be asked.
  if (decoded.includes("\0")) return { entry: "missing", target: "" };
  const target = path.resolve(publicDir, ...decoded.split("/").filter(Boolean));
  if (!target.startsWith(publicDir + path.sep)) return { entry: "missing", target };
  // Each step is checked, so a linked folder on the way is refused too.
  let current = publicDir;
  for (const part of path.relative(publicDir, target).split(path.sep)) {
    current = path.join(current, part);
    const stat = fs.lstatSync(current, { throwIfNoEntry: false });
    if (!stat) return { entry: "missing", target };
    if (stat.isSymbolicLink()) return { entry: "link", target };
    if (current === target) return { entry: stat.isDirectory() ? "folder" : "file", target };
  }
  return { entry: "missing", target };
}

/**
 * Folders in `public/` that the build writes itself (the search index of `npm run build`, the
 * editing interface's bundle of scripts/admin-bundle.ts; package.json and .gitignore), which
 * are not editors' files and are not checked.
 */
export const GENERATED_PUBLIC = ["pagefind", "admin/cms"] as const;

/** Something in `public/` the site would publish at `sitePath`. */
export interface PublicItem {
  /** From the project root: `public/bilder/karta.svg`. */
  file: string;
  /** Its address: `/bilder/karta.svg`. */
  sitePath: string;
  absolute: string;
  /** A regular file, a link (never followed), or something else (a pipe, a device). */
  entry: "file" | "link" | "special";
  size: number;
}

/**
 * Everything in `public/` (without the generated folders), without following links. A folder
 * that cannot be read becomes a Swedish problem instead of an exception.
 */
export function publicItems(root: string): { items: PublicItem[]; problems: Problem[] } {
  const items: PublicItem[] = [];
  const problems: Problem[] = [];
  const walk = (relative: string) => {
    const absolute = path.join(root, relative);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (relative === "public" && code === "ENOENT") return;
      problems.push({
        file: relative,
        message: `är en mapp som inte kan läsas (${code ?? "okänt fel"}). Kontrollera att mappen finns och att den får läsas, eller ta bort den.`,
      });
      return;
    }
    for (const dirent of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = `${relative}/${dirent.name}`;
      if ((GENERATED_PUBLIC as readonly string[]).includes(child.slice("public/".length))) continue;
      if (dirent.isDirectory()) {
        walk(child);
        continue;
      }
      const stat = fs.lstatSync(path.join(root, child), { throwIfNoEntry: false });
      items.push({
        file: child,
        sitePath: child.slice("public".length),
        absolute: path.join(root, child),
        entry: dirent.isSymbolicLink() ? "link" : dirent.isFile() ? "file" : "special",
        size: stat?.size ?? 0,
      });
    }
  };
  walk("public");
  return { items, problems };
}
