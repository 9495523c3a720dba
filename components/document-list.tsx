import {
  accessibleVersionHref,
  documentFileText,
  documentOverdue,
  DOCUMENT_KIND_LABELS,
  formatPeriod,
  type ContentDocument,
} from "@/lib/content/documents";
import { documentIdPrefix } from "@/lib/routes";
import { AccessibleVersionLink } from "./accessible-version-link";
import { FormattedDate } from "./formatted-date";
import { PreviewBadge } from "./draft-badge";
import { Markdown } from "./markdown";
import { PersonMention } from "./person-mention";

/** Documents with kind and period; a title links only where the file is published. */
export function DocumentList({ documents }: { documents: readonly ContentDocument[] }) {
  return (
    <ul className="documents">
      {documents.map((document) => {
        const overdue = documentOverdue(document);
        const fileText = documentFileText(document);
        const request = accessibleVersionHref(document);
        return (
          <li key={document.slug} className="document">
            <h2 className="document-title">
              {document.file ? (
                <a href={document.file}>
                  {document.title}
                  {fileText && <span className="document-file"> ({fileText})</span>}
                </a>
              ) : (
                document.title
              )}
              <PreviewBadge item={document} />
            </h2>
            <dl className="document-facts">
              <div>
                <dt>Typ</dt>
                <dd>{DOCUMENT_KIND_LABELS[document.kind]}</dd>
              </div>
              <div>
                <dt>{document.period.from === document.period.to ? "År" : "Period"}</dt>
                <dd>{formatPeriod(document.period)}</dd>
              </div>
              {!document.file && (
                <div>
                  <dt>Fil</dt>
                  <dd>Finns inte publicerad här ännu</dd>
                </div>
              )}
              {request && (
                <div>
                  <dt>Tillgänglighet</dt>
                  <dd>
                    Filen är inte fullt tillgänglig för skärmläsare.{" "}
                    <AccessibleVersionLink href={request} title={document.title} />
                  </dd>
                </div>
              )}
              {overdue && (
                <div>
                  <dt>Aktualitet</dt>
                  <dd>
                    Kan vara inaktuellt: skulle ha setts över senast{" "}
                    <FormattedDate date={overdue.date} />
                    {overdue.contact && (
                      <>
                        . Fråga <PersonMention person={overdue.contact} />, som ansvarar för
                        dokumentet.
                      </>
                    )}
                  </dd>
                </div>
              )}
            </dl>
            {document.markdown.trim() && (
              <Markdown markdown={document.markdown} idPrefix={documentIdPrefix(document.slug)} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
