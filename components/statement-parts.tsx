import {
  accessibleVersionHref,
  documentFileText,
  getInaccessibleDocuments,
} from "@/lib/content/documents";
import { routeUpdated } from "@/lib/content/addresses";
import { getContent } from "@/lib/content/reader";
import { feedbackEmail } from "@/lib/content/site-facts";
import { pageFeedbackHref } from "@/lib/feedback";
import { PAGE_IDS } from "@/lib/page-ids";
import { ROUTES } from "@/lib/routes";
import { siteUrl } from "@/lib/site";
import { AccessibleVersionLink } from "./accessible-version-link";
import { FormattedDate } from "./formatted-date";

/**
 * The parts of the accessibility statement that are worked out, not written, so they never go
 * stale (DIGG's model statement): the documents that are not accessible (every PDF is read at
 * build time, lib/content/pdf/), how to report a problem (the same e-mail as every page's
 * feedback link), and the dates of the latest review and of the statement.
 */
export function StatementParts() {
  const documents = getInaccessibleDocuments();
  const email = feedbackEmail();
  const reviewed = getContent().settings.accessibility_reviewed;
  return (
    <>
      <section aria-labelledby={PAGE_IDS.inaccessible}>
        <h2 id={PAGE_IDS.inaccessible}>Innehåll som inte är tillgängligt</h2>
        {documents.length > 0 ? (
          <>
            <p>
              De här dokumenten är PDF-filer som skärmläsare inte kan läsa väl. Listan skrivs när
              webbplatsen byggs, efter en kontroll av varje PDF. Du kan begära en tillgänglig
              version av varje dokument.
            </p>
            <ul className="inaccessible-documents">
              {documents.map((document) => {
                const request = accessibleVersionHref(document);
                return (
                  <li key={document.slug}>
                    <a href={document.file}>
                      {document.title} ({documentFileText(document)})
                    </a>
                    : saknar {document.fileFacts?.lacks.join(", ")}.{" "}
                    {request && <AccessibleVersionLink href={request} title={document.title} />}
                  </li>
                );
              })}
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
          ett annat format,{" "}
          <a
            href={pageFeedbackHref(email, {
              title: "Tillgänglighet: brist på webbplatsen",
              url: `${siteUrl}${ROUTES.tillganglighet.path}`,
            })}
          >
            skriv till oss
          </a>{" "}
          ({email}). Berätta gärna vilken sida det gäller.
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
          Redogörelsen uppdaterades senast <FormattedDate date={routeUpdated("tillganglighet")} />.
        </p>
      </section>
    </>
  );
}
