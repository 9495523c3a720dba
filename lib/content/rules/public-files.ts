import fs from "node:fs";
import path from "node:path";

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
