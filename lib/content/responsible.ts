import type { Content, Person } from "./types";

/**
 * Who answers for a page, network or document (Webbriktlinjer R21: every piece of content has
 * someone responsible): its own `ansvarig`, else the site's (`ansvarig` in webbplatsen.md), else
 * the network's contact, else the leadership group's chair. The review notice on the page and
 * the check's warning name the same person, by this one rule.
 */
export interface Responsible {
  ansvarig?: string;
  /** A network's contact, the next best guess when nobody is named. */
  contact?: string;
}

export function responsibleSlug(
  item: Responsible,
  content: Pick<Content, "settings" | "leadership">,
): string | undefined {
  return (
    item.ansvarig ??
    content.settings.ansvarig ??
    item.contact ??
    content.leadership.members.find((member) => member.role === "ordförande")?.person
  );
}

/** The person by the rule above; references are checked when content is read. */
export function responsiblePerson(
  item: Responsible,
  content: Pick<Content, "settings" | "leadership" | "people">,
): Person | undefined {
  const slug = responsibleSlug(item, content);
  return content.people.find((person) => person.slug === slug);
}

/** "Lena Boström (lena.bostrom@miun.se)", for messages in the check. */
export function personLine(person: Pick<Person, "name" | "email">): string {
  return person.email ? `${person.name} (${person.email})` : person.name;
}
