import type { Network } from "@/lib/content/networks";
import type { Person } from "@/lib/content/people";
import { Markdown } from "./markdown";
import { PersonContact } from "./person-contact";
import { PAGE_IDS } from "@/lib/page-ids";

/** A network's text, purposes, participants and contact person. */
export function NetworkDetails({ network, contact }: { network: Network; contact: Person }) {
  return (
    <>
      {network.markdown.trim() ? (
        <Markdown markdown={network.markdown} />
      ) : (
        <p>{network.summary}</p>
      )}
      <section aria-labelledby={PAGE_IDS.purpose}>
        <h2 id={PAGE_IDS.purpose}>Nätverkets syfte</h2>
        <ul className="purposes">
          {network.purposes.map((purpose) => (
            <li key={purpose}>{purpose}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={PAGE_IDS.participants}>
        <h2 id={PAGE_IDS.participants}>Vilka deltar</h2>
        <p>{network.participants}</p>
      </section>
      <section aria-labelledby={PAGE_IDS.contact}>
        <h2 id={PAGE_IDS.contact}>Kontakt</h2>
        <p className="person">
          <PersonContact person={contact} />
        </p>
      </section>
    </>
  );
}
