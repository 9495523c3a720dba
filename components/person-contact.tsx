import type { Person } from "@/lib/content/people";

/** A person's name, title and organisation, and e-mail address where one is known. */
export function PersonContact({ person }: { person: Person }) {
  const details = [person.title, person.organisation].filter(Boolean).join(", ");
  return (
    <>
      <span className="person-name">{person.name}</span>
      {details && <span className="person-details">{details}</span>}
      {person.email && (
        <a className="person-email" href={`mailto:${person.email}`}>
          {person.email}
        </a>
      )}
    </>
  );
}
