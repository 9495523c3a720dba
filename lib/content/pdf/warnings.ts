import type { Problem } from "../problems";
import type { Content } from "../types";

/**
 * A warning (exit 0) for each document whose PDF a screen reader cannot use well: the site
 * still publishes it, marks it "Begär en tillgänglig version" and lists it in the
 * accessibility statement.
 */
export function inaccessibleFileWarnings(
  content: Pick<Content, "documents">,
  lineOf: (file: string) => number | undefined = () => undefined,
): Problem[] {
  return content.documents.flatMap((document) => {
    const lacks = document.fileFacts?.lacks ?? [];
    if (lacks.length === 0) return [];
    return [
      {
        file: document.source,
        line: lineOf(document.source),
        field: "file",
        message: `"public${document.file?.trim()}" saknar ${lacks.join(", ")}. Skärmläsare kan då inte läsa den väl. Dokumentet får länken "Begär en tillgänglig version" och listas i tillgänglighetsredogörelsen tills filen är ersatt: spara den på nytt från originalet som taggad PDF, med dokumentets språk och titel (se content/README.md).`,
      },
    ];
  });
}
