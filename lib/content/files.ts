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

function strayFileMessage(name: string): string {
  if (LEFTOVER.test(name))
    return "är en fil som datorn eller ett redigeringsprogram skapar av sig självt och hör inte hit. Ta bort den.";
  const extension = path.extname(name);
  if (extension.toLowerCase() === ".md")
    return `slutar på "${extension}". Byt namn så att filen slutar på ".md" med små bokstäver.`;
  if ([".markdown", ".txt", ".mdx", ".yml", ".yaml"].includes(extension.toLowerCase()))
    return `läses inte: innehållsfiler ska sluta på ".md". Byt namn på filen (t.ex. "${path.basename(name, extension)}.md").`;
  return `läses inte: bara Markdown-filer (".md") hör hemma här. Lägg PDF:er och bilder i public/.`;
}

/** Said of anything in `content/` that is neither a regular file nor a folder. */
export const NOT_REGULAR =
  "är ingen vanlig fil utan en särskild fil (till exempel en namngiven pipe, en socket eller en enhet), och sådana läses inte. Ta bort den och lägg en vanlig textfil här i stället.";

/** Swedish for each file-system error an editor's folder can cause (Node's error codes). */
const FILE_SYSTEM_ERRORS: Record<string, string> = {
  EACCES:
    "kan inte läsas: datorn nekar åtkomst till den. Ge alla läsrätt (på Mac och Linux: chmod a+r för en fil, chmod a+rx för en mapp), eller spara innehållet i en ny fil.",
  EPERM:
    "kan inte läsas: datorn nekar åtkomst till den. Ge alla läsrätt (på Mac och Linux: chmod a+r för en fil, chmod a+rx för en mapp), eller spara innehållet i en ny fil.",
  EISDIR: "är en mapp, inte en fil. Ta bort mappen eller ge den ett namn utan .md.",
  ENOTDIR: "är en fil där det ska vara en mapp. Ta bort filen eller byt namn på den.",
  ENOENT:
    "försvann medan kontrollen läste den (flyttades eller togs den bort?). Kör kontrollen igen.",
  ENAMETOOLONG: "har ett för långt namn för datorn. Korta namnet.",
  ELOOP: "är en länk (genväg) som pekar på sig själv. Ta bort länken.",
  EIO: "kunde inte läsas från disken (läsfel). Kopiera filen på nytt eller återställ den från git.",
  EMFILE:
    "kunde inte öppnas: datorn har för många filer öppna. Stäng några program och försök igen.",
  ENFILE:
    "kunde inte öppnas: datorn har för många filer öppna. Stäng några program och försök igen.",
  EAGAIN: NOT_REGULAR,
  ENXIO: NOT_REGULAR,
};

/** A Swedish message for an error thrown by `fs` (EACCES, EISDIR, ENAMETOOLONG …). */
export function fileSystemMessage(error: unknown): string {
  const code =
    error instanceof Error && "code" in error && typeof error.code === "string"
      ? error.code
      : undefined;
  return (
    (code && FILE_SYSTEM_ERRORS[code]) ??
    `kunde inte läsas (felkod ${code ?? "okänd"}). Kontrollera att filen går att öppna, eller spara innehållet i en ny fil, och kör kontrollen igen.`
  );
}

type Entry = { type: "link" | "folder" | "file" | "special" } | { type: "error"; message: string };

/** What `absolute` is, without following a link; an error becomes a Swedish message. */
function entryAt(absolute: string): Entry {
  // A name whose bytes are not UTF-8 comes back from readdir with U+FFFD and cannot be opened.
  if (path.basename(absolute).includes("\uFFFD"))
    return {
      type: "error",
      message:
        "har ett namn med tecken som datorn inte kan läsa. Byt namn till små bokstäver a–z, siffror och bindestreck.",
    };
  try {
    const stat = fs.lstatSync(absolute);
    if (stat.isSymbolicLink()) return { type: "link" };
    if (stat.isDirectory()) return { type: "folder" };
    return { type: stat.isFile() ? "file" : "special" };
  } catch (error) {
    return { type: "error", message: fileSystemMessage(error) };
  }
}

/** The names in a folder, sorted, or the Swedish message for why they cannot be listed. */
function namesIn(absolute: string): string[] | { message: string } {
  try {
    return fs.readdirSync(absolute).sort();
  } catch (error) {
    return { message: fileSystemMessage(error) };
  }
}

/** A link (shortcut) where a file should be. */
function linkProblem(file: string): Problem {
  return {
    file,
    message:
      "är en länk (genväg) till en annan fil, och sådana läses inte. Lägg den riktiga filen här i stället.",
  };
}

/** The Markdown files in one kind's folder, and a problem for anything else there. */
function folderFiles(
  absolute: string,
  file: string,
  kind: KindKey,
  problems: Problem[],
): FoundFile[] {
  const inside = namesIn(absolute);
  if (!Array.isArray(inside)) {
    problems.push({ file, ...inside });
    return [];
  }
  const found: FoundFile[] = [];
  for (const inner of inside) {
    const innerAbsolute = path.join(absolute, inner);
    const innerFile = `${file}/${inner}`;
    const innerEntry = entryAt(innerAbsolute);
    if (innerEntry.type === "error")
      problems.push({ file: innerFile, message: innerEntry.message });
    else if (innerEntry.type === "link") problems.push(linkProblem(innerFile));
    else if (innerEntry.type === "folder")
      problems.push({
        file: innerFile,
        message: `är en mapp. I ${file}/ ska det bara finnas filer som slutar på ".md"; flytta filerna hit och ta bort mappen.`,
      });
    else if (innerEntry.type === "special")
      problems.push({ file: innerFile, message: NOT_REGULAR });
    else if (inner.endsWith(".md")) found.push({ absolute: innerAbsolute, file: innerFile, kind });
    else problems.push({ file: innerFile, message: strayFileMessage(inner) });
  }
  return found;
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
  const top = namesIn(contentDir);
  if (!Array.isArray(top)) return { found, problems: [{ file: "content", ...top }] };
  for (const name of top) {
    const absolute = path.join(contentDir, name);
    const file = `content/${name}`;
    const entry = entryAt(absolute);
    if (entry.type === "error") {
      problems.push({ file, message: entry.message });
    } else if (entry.type === "link") {
      problems.push(linkProblem(file));
    } else if (entry.type === "folder") {
      const kind = folders.get(name);
      if (!kind) {
        problems.push({
          file,
          message: `är ingen känd mapp. Innehållsmapparna är: ${folderList}.`,
        });
        continue;
      }
      found.push(...folderFiles(absolute, file, kind, problems));
    } else if (entry.type === "special") {
      if (name !== GUIDE_FILE) problems.push({ file, message: NOT_REGULAR });
    } else if (singles.has(name)) {
      found.push({ absolute, file, kind: singles.get(name)! });
    } else if (name !== GUIDE_FILE) {
      problems.push({
        file,
        message: LEFTOVER.test(name)
          ? strayFileMessage(name)
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
