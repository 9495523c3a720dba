import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * What a document's file is, for the register (DOS-lagen, Webbriktlinjer): its format and size
 * for the link text, and for a PDF whether a screen reader can use it: tagged, with a document
 * language and a title. A PDF without them is marked "Begär en tillgänglig version" and listed
 * in the accessibility statement, and `npm run check` warns.
 */

export interface PdfFacts {
  /** False when the file could not be read as a PDF at all. */
  readable: boolean;
  tagged?: boolean;
  /** The document language (`/Lang`), e.g. "sv"; empty when missing. */
  language?: string;
  /** The title in the document information; empty when missing. */
  title?: string;
}

export interface FileFacts {
  /** "PDF", "Word", … */
  format: string;
  bytes: number;
  /** Only for PDFs. */
  pdf?: PdfFacts;
  /** What a visitor with a screen reader would miss; empty when nothing is known to be missing. */
  lacks: string[];
}

const FORMATS: Record<string, string> = {
  pdf: "PDF",
  doc: "Word",
  docx: "Word",
  odt: "OpenDocument-text",
  xls: "Excel",
  xlsx: "Excel",
  ods: "OpenDocument-kalkyl",
  ppt: "PowerPoint",
  pptx: "PowerPoint",
  txt: "Text",
  csv: "CSV",
  zip: "ZIP",
};

export function fileFormat(file: string): string {
  const extension = path.extname(file).slice(1).toLowerCase();
  return FORMATS[extension] ?? (extension ? extension.toUpperCase() : "Fil");
}

/** "240 kB", "1,2 MB": SI units (1 kB = 1000 byte), Swedish decimal comma, never "0 kB". */
export function formatSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  const megabytes = bytes / 1_000_000;
  return `${(megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes).toString()).replace(".", ",")} MB`;
}

/** "PDF, 240 kB" */
export function describeFile(facts: Pick<FileFacts, "format" | "bytes">): string {
  return `${facts.format}, ${formatSize(facts.bytes)}`;
}

function lacks(pdf: PdfFacts): string[] {
  if (!pdf.readable) return ["läsbart innehåll (filen kan inte läsas som PDF)"];
  return [
    ...(pdf.tagged ? [] : ["taggar (det är ingen taggad PDF)"]),
    ...(pdf.language ? [] : ["dokumentspråk"]),
    ...(pdf.title ? [] : ["titel"]),
  ];
}

/** What each PDF was found to be, by its bytes' hash: a file read once is not read again. */
const inspectedByHash = new Map<string, PdfFacts>();

/**
 * Reads every PDF not seen before (by content, so a copy or a re-read of the same file is free)
 * at once, in one child process (pdf-lib is asynchronous; see inspect.mjs).
 */
function inspectPdfs(files: string[]): PdfFacts[] {
  const hashes = files.map((file) =>
    createHash("sha256").update(fs.readFileSync(file)).digest("hex"),
  );
  const unseen = files.filter((_, index) => !inspectedByHash.has(hashes[index]!));
  inspectNew(unseen).forEach((facts, index) =>
    inspectedByHash.set(hashes[files.indexOf(unseen[index]!)]!, facts),
  );
  return hashes.map((hash) => inspectedByHash.get(hash)!);
}

function inspectNew(files: string[]): PdfFacts[] {
  if (files.length === 0) return [];
  const script = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/content/pdf/inspect.mjs");
  const output = execFileSync(process.execPath, [script], {
    input: JSON.stringify(files),
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output) as PdfFacts[];
}

/** Facts for each existing file (absolute paths), by path. Files that do not exist are left out. */
export function fileFacts(files: readonly string[]): Map<string, FileFacts> {
  const existing = files.filter((file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile());
  const pdfs = existing.filter((file) => fileFormat(file) === "PDF");
  const inspected = new Map(inspectPdfs(pdfs).map((facts, index) => [pdfs[index]!, facts]));
  return new Map(
    existing.map((file) => {
      const pdf = inspected.get(file);
      return [
        file,
        {
          format: fileFormat(file),
          bytes: fs.statSync(file).size,
          ...(pdf ? { pdf } : {}),
          lacks: pdf ? lacks(pdf) : [],
        },
      ];
    }),
  );
}

/** Documents with what their file in `public/` is (null without a file), read in one go. */
export function withFileFacts<D extends { file?: string }>(
  documents: readonly D[],
  fileOf: (sitePath: string) => string | null,
): (D & { fileFacts: FileFacts | null })[] {
  const files = documents.map((document) => (document.file ? fileOf(document.file.trim()) : null));
  const facts = fileFacts(files.filter((file): file is string => file !== null));
  return documents.map((document, index) => {
    const file = files[index];
    return { ...document, fileFacts: (file && facts.get(file)) || null };
  });
}
