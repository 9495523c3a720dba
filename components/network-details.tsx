import type { Network } from "@/lib/content/networks";
import type { Person } from "@/lib/content/people";
import { Markdown } from "./markdown";
import { PersonContact } from "./person-contact";

/** A network's text, purposes, participants and contact person. */
export function NetworkDetails({ network, contact }: { network: Network; contact: Person }) {
  return (
    <>
      {network.markdown.trim() ? <Markdown source={network.markdown} /> : <p>{network.summary}</p>}
      <section aria-labelledby="syfte">
        <h2 id="syfte">Nätverkets syfte</h2>
        <ul className="purposes">
          {network.purposes.map((purpose) => (
            <li key={purpose}>{purpose}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="deltagare">
        <h2 id="deltagare">Vilka deltar</h2>
        <p>{network.participants}</p>
      </section>
      <section aria-labelledby="kontakt">
        <h2 id="kontakt">Kontakt</h2>
        <p className="person">
          <PersonContact person={contact} />
        </p>
      </section>
    </>
  );
}
