import type { AccessibilityStatementView } from "@/lib/content/accessibility-statement";
import { PAGE_IDS } from "@/lib/page-ids";
import { AccessibleVersionLink } from "./accessible-version-link";
import { FormattedDate } from "./formatted-date";

/**
 * The parts of the accessibility statement that are worked out, not written (see
 * getAccessibilityStatement): the documents that are not accessible, how to report a problem,
 * and the dates of the latest review and of the statement.
 */
export function StatementParts({ statement }: { statement: AccessibilityStatementView }) {
  const { inaccessible, feedbackEmail, reportHref, reviewed, updated } = statement;
  return (
    <>
      <section aria-labelledby={PAGE_IDS.inaccessible}>
        <h2 id={PAGE_IDS.inaccessible}>Innehåll som inte är tillgängligt</h2>
        {inaccessible.length > 0 ? (
          <>
            <p>
              De här dokumenten är PDF-filer som skärmläsare inte kan läsa väl. Listan skrivs när
              webbplatsen byggs, efter en kontroll av varje PDF. Du kan begära en tillgänglig
              version av varje dokument.
            </p>
            <ul className="inaccessible-documents">
              {inaccessible.map((document) => (
                <li key={document.slug}>
                  <a href={document.fileHref ?? undefined}>
                    {document.title} ({document.fileText})
                  </a>
                  : saknar {document.lacks.join(", ")}.{" "}
                  {document.accessibleVersionHref && (
                    <AccessibleVersionLink
                      href={document.accessibleVersionHref}
                      title={document.title}
                    />
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            Vi känner inte till några dokument på webbplatsen som inte är tillgängliga. Varje PDF
            kontrolleras (taggar, dokumentspråk och titel) när webbplatsen byggs.
          </p>
        )}
      </section>
      <section aria-labelledby={PAGE_IDS.report}>
        <h2 id={PAGE_IDS.report}>Rapportera brister</h2>
        <p>
          Om du upptäcker problem som inte beskrivs på den här sidan, eller om du behöver innehåll i
          ett annat format, <a href={reportHref}>skriv till oss</a> ({feedbackEmail}). Berätta gärna
          vilken sida det gäller.
        </p>
      </section>
      <section aria-labelledby={PAGE_IDS.statementDates}>
        <h2 id={PAGE_IDS.statementDates}>Granskning och redogörelse</h2>
        <p>
          {reviewed && (
            <>
              Webbplatsen granskades senast <FormattedDate date={reviewed} />.{" "}
            </>
          )}
          Redogörelsen uppdaterades senast <FormattedDate date={updated} />.
        </p>
      </section>
    </>
  );
}
