import { comparisonKey } from "../characters";
import type { Problem } from "../problems";
import type { Rule } from "./rule";

/** Two names that look the same but are written with different characters. */
const differ = (a: string, b: string) =>
  a.normalize("NFC").toLocaleLowerCase("sv").trim() !==
  b.normalize("NFC").toLocaleLowerCase("sv").trim();

const LOOK_ALIKE =
  " Namnen ser likadana ut men skrivs med olika tecken (till exempel en kyrillisk eller grekisk bokstav, eller ett osynligt tecken från inklistrad text): skriv namnet för hand om det är en annan.";

/**
 * Nothing is there twice: a member, a network's name, a meeting, a person in the group. Names
 * compare as people read them (see `comparisonKey`): case, Unicode form, invisible characters
 * and Cyrillic or Greek look-alike letters do not make a second name.
 */
export const noDuplicates: Rule = ({ content, lineOf }) => {
  const problems: Problem[] = [];
  const firstOf = new Map<string, { file: string; name: string }>();
  const once = (id: string, name: string, file: string, what: string) => {
    const first = firstOf.get(id);
    if (first)
      problems.push({
        file,
        message: `${what} finns redan i ${first.file}. Ta bort en av filerna.${differ(first.name, name) ? LOOK_ALIKE : ""}`,
      });
    else firstOf.set(id, { file, name });
  };
  for (const member of content.members)
    once(
      `member:${comparisonKey(member.name)}`,
      member.name,
      member.source,
      `Medlemmen "${member.name}"`,
    );
  for (const network of content.networks)
    once(
      `network:${comparisonKey(network.title)}`,
      network.title,
      network.source,
      `Ett nätverk med namnet "${network.title}"`,
    );
  for (const meeting of content.meetings)
    once(
      `meeting:${meeting.body}:${meeting.startsAt.toISOString()}`,
      meeting.body,
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
