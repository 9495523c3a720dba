import type { DocumentView } from "@/lib/content/documents";
import { AccessibleVersionLink } from "./accessible-version-link";
import { FormattedDate } from "./formatted-date";
import { PreviewBadge } from "./draft-badge";
import { Markdown } from "./markdown";
import { PersonMention } from "./person-mention";

/** Documents with kind and period; a title links only where the file is published. */
export function DocumentList({ documents }: { documents: readonly DocumentView[] }) {
  return (
    <ul className="documents">
      {documents.map((document) => (
        <li key={document.slug} className="document">
          <h2 className="document-title">
            {document.fileHref ? (
              <a href={document.fileHref}>
                {document.title}
                {document.fileText && <span className="document-file"> ({document.fileText})</span>}
              </a>
            ) : (
              document.title
            )}
            <PreviewBadge label={document.preview} />
          </h2>
          <dl className="document-facts">
            <div>
              <dt>Typ</dt>
              <dd>{document.kindLabel}</dd>
            </div>
            <div>
              <dt>{document.periodLabel}</dt>
              <dd>{document.periodText}</dd>
            </div>
            {!document.fileHref && (
              <div>
                <dt>Fil</dt>
                <dd>Finns inte publicerad här ännu</dd>
              </div>
            )}
            {document.accessibleVersionHref && (
              <div>
                <dt>Tillgänglighet</dt>
                <dd>
                  Filen är inte fullt tillgänglig för skärmläsare.{" "}
                  <AccessibleVersionLink
                    href={document.accessibleVersionHref}
                    title={document.title}
                  />
                </dd>
              </div>
            )}
            {document.overdue && (
              <div>
                <dt>Aktualitet</dt>
                <dd>
                  Kan vara inaktuellt: skulle ha setts över senast{" "}
                  <FormattedDate date={document.overdue.date} />
                  {document.overdue.contact && (
                    <>
                      . Fråga <PersonMention person={document.overdue.contact} />, som ansvarar för
                      dokumentet.
                    </>
                  )}
                </dd>
              </div>
            )}
          </dl>
          {document.markdown && (
            <Markdown markdown={document.markdown} idPrefix={document.idPrefix} />
          )}
        </li>
      ))}
    </ul>
  );
}
