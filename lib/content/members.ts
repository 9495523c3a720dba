import { COUNTIES } from "./schemas";
import { getContent, type Member } from "./reader";

export type { Member };

const collator = new Intl.Collator("sv");

export interface MemberGroup {
  /** A county, or "Lärosäten" for universities. */
  heading: string;
  members: Member[];
}

export function getMembers(): Member[] {
  return [...getContent().members].sort((a, b) => collator.compare(a.name, b.name));
}

/** Municipalities by county in a fixed order, then universities; names in Swedish order. */
export function getMemberGroups(): MemberGroup[] {
  const members = getMembers();
  const groups: MemberGroup[] = COUNTIES.map((county) => ({
    heading: county,
    members: members.filter((member) => member.kind === "kommun" && member.county === county),
  }));
  groups.push({
    heading: "Lärosäte",
    members: members.filter((member) => member.kind === "lärosäte"),
  });
  return groups.filter((group) => group.members.length > 0);
}
