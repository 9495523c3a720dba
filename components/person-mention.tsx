import type { Person } from "@/lib/content/people";

/** A person named in a sentence: "Lena Boström (lena.bostrom@miun.se)", the address a link. */
export function PersonMention({ person }: { person: Pick<Person, "name" | "email"> }) {
  return (
    <>
      {person.name}
      {person.email && (
        <>
          {" "}
          (<a href={`mailto:${person.email}`}>{person.email}</a>)
        </>
      )}
    </>
  );
}
