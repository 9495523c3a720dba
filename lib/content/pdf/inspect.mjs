// Reads PDFs with pdf-lib and says, for each, whether it is tagged and has a document language
// and a title (what a screen reader needs; EN 301 549 and WCAG 2.1 for PDF). Run as a child
// process by lib/content/pdf/facts.ts, since pdf-lib is asynchronous and the content layer is
// not: the paths come as JSON on stdin, the answers go as JSON on stdout, in the same order.
import { readFileSync } from "node:fs";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";

const paths = JSON.parse(readFileSync(0, "utf8"));
const answers = [];
for (const file of paths) {
  try {
    const document = await PDFDocument.load(readFileSync(file), {
      ignoreEncryption: true,
      updateMetadata: false,
    });
    const catalog = document.catalog;
    const markInfo = catalog.lookupMaybe(PDFName.of("MarkInfo"), PDFDict);
    const marked = markInfo?.get(PDFName.of("Marked"))?.toString() === "true";
    const tagged = marked && catalog.has(PDFName.of("StructTreeRoot"));
    const lang = catalog.lookup(PDFName.of("Lang"));
    const language = lang && "decodeText" in lang ? lang.decodeText().trim() : "";
    const title = (document.getTitle() ?? "").trim();
    answers.push({ readable: true, tagged, language, title });
  } catch (error) {
    answers.push({ readable: false, reason: String(error?.message ?? error).slice(0, 200) });
  }
}
process.stdout.write(JSON.stringify(answers));
