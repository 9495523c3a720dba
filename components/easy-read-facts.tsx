import type { ContactFacts, MemberFacts } from "@/lib/content/contact";
import { PAGE_IDS } from "@/lib/page-ids";

/**
 * The facts of /lattlast that come from the content (members, whom to write to), in short
 * sentences with one thing each, so that they change with the content like every other page.
 */
export function EasyReadFacts({
  members,
  contact,
  contactHref,
}: {
  members: MemberFacts;
  contact: ContactFacts;
  contactHref: string;
}) {
  return (
    <>
      <section aria-labelledby={PAGE_IDS.easyReadMembers}>
        <h2 id={PAGE_IDS.easyReadMembers}>Vilka är med i RUN?</h2>
        <p>
          {members.municipalities} {members.municipalities === 1 ? "kommun är" : "kommuner är"} med
          i RUN.
        </p>
        {members.counties.map((county) => (
          <p key={county.county}>
            Kommuner i {county.county}: {county.names.join(", ")}.
          </p>
        ))}
        {members.universities.map((name) => (
          <p key={name}>{name} är också med.</p>
        ))}
      </section>
      <section aria-labelledby={PAGE_IDS.easyReadContact}>
        <h2 id={PAGE_IDS.easyReadContact}>Så kontaktar du RUN</h2>
        {contact.chair && (
          <>
            <p>{contact.chair.name} leder RUN.</p>
            {contact.chair.email && (
              <p>
                Du kan skicka e-post till {contact.chair.name}.
                <br />
                Adressen är <a href={`mailto:${contact.chair.email}`}>{contact.chair.email}</a>.
              </p>
            )}
          </>
        )}
        {contact.feedbackEmail !== contact.chair?.email && (
          <p>
            Har du frågor om webbplatsen? Skriv till{" "}
            <a href={`mailto:${contact.feedbackEmail}`}>{contact.feedbackEmail}</a>.
          </p>
        )}
        <p>
          Fler sätt att kontakta RUN finns på sidan <a href={contactHref}>Kontakt</a>.
        </p>
      </section>
    </>
  );
}
