import fs from "node:fs";
import path from "node:path";

/**
 * What a site path such as `/dokument/plan.pdf` is in `public/`: a file, a folder, a link, or
 * nothing (also for anything that would lead outside `public/`). Links are not followed, so
 * nothing outside the project is ever read.
 */
export type PublicEntry = "file" | "folder" | "link" | "missing";

export function publicEntry(root: string, sitePath: string): PublicEntry {
  const publicDir = path.join(root, "public");
  let decoded: string;
  try {
    decoded = decodeURI(sitePath);
  } catch {
    return "missing";
  }
  const target = path.resolve(publicDir, ...decoded.split("/").filter(Boolean));
  if (!target.startsWith(publicDir + path.sep)) return "missing";
  // Each step is checked, so a linked folder on the way is refused too.
  let current = publicDir;
  for (const part of path.relative(publicDir, target).split(path.sep)) {
    current = path.join(current, part);
    const stat = fs.lstatSync(current, { throwIfNoEntry: false });
    if (!stat) return "missing";
    if (stat.isSymbolicLink()) return "link";
    if (current === target) return stat.isDirectory() ? "folder" : "file";
  }
  return "missing";
}
