import { PersonContact } from "@/components/person-contact";
import type { ContactFacts } from "@/lib/content/contact";
import { PAGE_IDS } from "@/lib/page-ids";

/**
 * /kontakt (Webbriktlinjer R4): RUN's contact, the address for messages, postal address and
 * phone where an editor has given them, each network's contact, and how to subscribe.
 */
export function ContactDetails({
  facts,
  calendarHref,
  meetingsHref,
  newsHref,
  newsFeedHref,
}: {
  facts: ContactFacts;
  calendarHref: string;
  meetingsHref: string;
  newsHref: string;
  newsFeedHref: string;
}) {
  return (
    <>
      <section aria-labelledby={PAGE_IDS.runContact}>
        <h2 id={PAGE_IDS.runContact}>Kontakta RUN</h2>
        {facts.chair && (
          <div className="person">
            <PersonContact person={facts.chair} />
            <span className="person-represents">Ordförande i RUN:s ledningsgrupp</span>
          </div>
        )}
        <p>
          Synpunkter på webbplatsen och frågor om RUN:{" "}
          <a href={`mailto:${facts.feedbackEmail}`}>{facts.feedbackEmail}</a>
        </p>
        {facts.postalAddress && (
          <>
            <h3>Postadress</h3>
            <address className="postal-address">
              {facts.postalAddress.map((line, index) => (
                <span key={index}>
                  {line}
                  {index < facts.postalAddress!.length - 1 && <br />}
                </span>
              ))}
            </address>
          </>
        )}
        {facts.phone && (
          <>
            <h3>Telefon</h3>
            <p>
              <a href={`tel:${facts.phone.replace(/[^+0-9]/g, "")}`}>{facts.phone}</a>
            </p>
          </>
        )}
      </section>
      {facts.networks.length > 0 && (
        <section aria-labelledby={PAGE_IDS.networkContacts}>
          <h2 id={PAGE_IDS.networkContacts}>Nätverkens kontaktpersoner</h2>
          <ul className="people">
            {facts.networks.map((network) => (
              <li key={network.slug} className="person">
                <a href={network.href}>{network.title}</a>
                <PersonContact person={network.contact} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby={PAGE_IDS.subscribe}>
        <h2 id={PAGE_IDS.subscribe}>Prenumerera</h2>
        <ul>
          <li>
            <a href={calendarHref}>Alla möten som kalender</a> (iCalendar). Varje grupp har också en
            egen kalender; se <a href={meetingsHref}>Möten</a>.
          </li>
          <li>
            <a href={newsFeedHref} type="application/atom+xml">
              Nyheterna som flöde
            </a>{" "}
            (Atom), för en flödesläsare. Nyheterna finns också på <a href={newsHref}>Aktuellt</a>.
          </li>
        </ul>
      </section>
    </>
  );
}
