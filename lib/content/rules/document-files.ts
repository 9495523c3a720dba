import { publicEntry } from "./public-files";
import type { Rule } from "./rule";

/** A document's `file` is a file in `public/`: not missing, not a folder, not a link. */
export const documentFilesExist: Rule = ({ root, content, lineOf }) =>
  content.documents.flatMap((document) => {
    if (document.file === undefined) return [];
    const entry = publicEntry(root, document.file);
    if (entry === "file") return [];
    const message = {
      missing: `"${document.file}" finns inte i public/. Lägg filen i public${document.file} eller ta bort raden.`,
      folder: `"${document.file}" är en mapp i public/, inte en fil. Skriv hela sökvägen till filen, t.ex. "${document.file.replace(/\/$/, "")}/dokument.pdf".`,
      link: `"${document.file}" är en länk (genväg) i public/, och sådana publiceras inte. Lägg den riktiga filen där.`,
    }[entry];
    return [
      { file: document.source, line: lineOf(document.source, ["file"]), field: "file", message },
    ];
  });
