import { PDFDocument, PDFName, StandardFonts } from "pdf-lib";

/**
 * PDFs made in the tests: one as a screen reader needs it (tagged, with a document language and
 * a title) and one bare (none of the three), as a scanner or "print to PDF" makes it.
 */
export async function makePdf(options: {
  accessible: boolean;
  text?: string;
}): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const page = document.addPage([595, 842]);
  const font = await document.embedFont(StandardFonts.Helvetica);
  page.drawText(options.text ?? "RUN testdokument", { x: 72, y: 760, size: 14, font });
  if (options.accessible) {
    document.setTitle("Tillgänglig handlingsplan", { showInWindowTitleBar: true });
    document.setLanguage("sv-SE");
    document.catalog.set(PDFName.of("MarkInfo"), document.context.obj({ Marked: true }));
    document.catalog.set(
      PDFName.of("StructTreeRoot"),
      document.context.register(document.context.obj({ Type: "StructTreeRoot" })),
    );
  }
  return document.save();
}
