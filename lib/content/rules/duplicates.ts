import type { Problem } from "../problems";
import type { Rule } from "./rule";

/** Names compare as people read them: case, and Unicode form (NFC/NFD), do not matter. */
const key = (text: string) => text.normalize("NFC").toLocaleLowerCase("sv").trim();

/** Nothing is there twice: a member, a network's name, a meeting, a person in the group. */
export const noDuplicates: Rule = ({ content, lineOf }) => {
  const problems: Problem[] = [];
  const firstOf = new Map<string, string>();
  const once = (id: string, file: string, what: string) => {
    const first = firstOf.get(id);
    if (first)
      problems.push({ file, message: `${what} finns redan i ${first}. Ta bort en av filerna.` });
    else firstOf.set(id, file);
  };
  for (const member of content.members)
    once(`member:${key(member.name)}`, member.source, `Medlemmen "${member.name}"`);
  for (const network of content.networks)
    once(
      `network:${key(network.title)}`,
      network.source,
      `Ett nätverk med namnet "${network.title}"`,
    );
  for (const meeting of content.meetings)
    once(
      `meeting:${meeting.body}:${meeting.startsAt.toISOString()}`,
      meeting.source,
      `Ett möte för ${meeting.body} med samma dag och starttid`,
    );
  const group = content.leadership;
  if (group) {
    const seen = new Set<string>();
    group.members.forEach((member, index) => {
      if (seen.has(member.person))
        problems.push({
          file: group.source,
          line: lineOf(group.source, ["members", index, "person"]),
          field: `members[${index}].person`,
          message: `"${member.person}" står redan tidigare i listan. Ta bort dubbletten.`,
        });
      seen.add(member.person);
    });
  }
  return problems;
};
