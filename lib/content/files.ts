import fs from "node:fs";
import path from "node:path";
import { GUIDE_FILE, KINDS, SINGLE_FILES, type KindKey, type SingleKey } from "./kinds";
import type { Problem } from "./problems";

/**
 * Finds the content files, and says what is wrong with anything else an editor left in
 * `content/`. Links (symlinks) are never followed, so nothing outside `content/` is read.
 */
export interface FoundFile {
  /** Absolute path on disk. */
  absolute: string;
  /** Path from the project root, e.g. `content/natverk/regionalt-ikt-natverk.md`. */
  file: string;
  /** The kind of content, or the single file it is. */
  kind: KindKey | SingleKey;
}

/** Files that operating systems and editors leave behind. */
const LEFTOVER = /^(\.DS_Store|Thumbs\.db|desktop\.ini|\.~lock\..*#|~\$.*|.*~|.*\.swp)$/i;

function strayFileMessage(name: string, folders: string): string {
  if (LEFTOVER.test(name))
    return "är en fil som datorn eller ett redigeringsprogram skapar av sig självt och hör inte hit. Ta bort den.";
  const extension = path.extname(name);
  if (extension.toLowerCase() === ".md")
    return `slutar på "${extension}". Byt namn så att filen slutar på ".md" med små bokstäver.`;
  if ([".markdown", ".txt", ".mdx", ".yml", ".yaml"].includes(extension.toLowerCase()))
    return `läses inte: innehållsfiler ska sluta på ".md". Byt namn på filen (t.ex. "${path.basename(name, extension)}.md").`;
  return `läses inte: bara Markdown-filer (".md") hör hemma här. Lägg PDF:er och bilder i public/.${folders}`;
}

export function findFiles(root: string): { found: FoundFile[]; problems: Problem[] } | null {
  const contentDir = path.join(root, "content");
  if (!fs.existsSync(contentDir)) return null;
  const found: FoundFile[] = [];
  const problems: Problem[] = [];
  const folders = new Map<string, KindKey>(
    (Object.keys(KINDS) as KindKey[]).map((kind) => [KINDS[kind].folder, kind]),
  );
  const singles = new Map<string, SingleKey>(
    (Object.keys(SINGLE_FILES) as SingleKey[]).map((key) => [SINGLE_FILES[key].file, key]),
  );
  const folderList = [...folders.keys()].join(", ");
  const link = (file: string): Problem => ({
    file,
    message:
      "är en länk (genväg) till en annan fil, och sådana läses inte. Lägg den riktiga filen här i stället.",
  });

  for (const name of fs.readdirSync(contentDir).sort()) {
    const absolute = path.join(contentDir, name);
    const file = `content/${name}`;
    const stat = fs.lstatSync(absolute);
    if (stat.isSymbolicLink()) {
      problems.push(link(file));
    } else if (stat.isDirectory()) {
      const kind = folders.get(name);
      if (!kind) {
        problems.push({
          file,
          message: `är ingen känd mapp. Innehållsmapparna är: ${folderList}.`,
        });
        continue;
      }
      for (const inner of fs.readdirSync(absolute).sort()) {
        const innerAbsolute = path.join(absolute, inner);
        const innerFile = `${file}/${inner}`;
        const innerStat = fs.lstatSync(innerAbsolute);
        if (innerStat.isSymbolicLink()) problems.push(link(innerFile));
        else if (innerStat.isDirectory())
          problems.push({
            file: innerFile,
            message: `är en mapp. I ${file}/ ska det bara finnas filer som slutar på ".md"; flytta filerna hit och ta bort mappen.`,
          });
        else if (inner.endsWith(".md"))
          found.push({ absolute: innerAbsolute, file: innerFile, kind });
        else problems.push({ file: innerFile, message: strayFileMessage(inner, "") });
      }
    } else if (singles.has(name)) {
      found.push({ absolute, file, kind: singles.get(name)! });
    } else if (name !== GUIDE_FILE) {
      problems.push({
        file,
        message: LEFTOVER.test(name)
          ? strayFileMessage(name, "")
          : `läses inte. Lägg filen i en av mapparna: ${folderList}.`,
      });
    }
  }
  for (const [name, key] of singles) {
    const missing = SINGLE_FILES[key].missing;
    if (missing && !found.some((entry) => entry.kind === key))
      problems.push({ file: `content/${name}`, message: missing });
  }
  return { found, problems };
}
