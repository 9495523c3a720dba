import { getContent, type Person } from "./reader";

export type { Person };

/** A person by slug; references are checked when content is read, so it exists. */
export function getPerson(slug: string): Person {
  const person = getContent().people.find((candidate) => candidate.slug === slug);
  if (!person) throw new Error(`content/personer/${slug}.md saknas`);
  return person;
}
