import { getPerson, type Person } from "./people";
import { getContent, type Leadership } from "./reader";
import type { LeadershipRole } from "./schemas";

export interface LeadershipMember {
  person: Person;
  role: LeadershipRole;
  represents?: string;
}

export function getLeadership(): Leadership {
  return getContent().leadership;
}

/** The group's members with their people resolved, in the order the file lists them. */
export function getLeadershipMembers(): LeadershipMember[] {
  return getLeadership().members.map((member) => ({
    person: getPerson(member.person),
    role: member.role,
    represents: member.represents,
  }));
}

/** Headings for each role, in the order roles are shown. */
export const ROLE_HEADINGS: Record<LeadershipRole, string> = {
  ordförande: "Ordförande",
  "vice ordförande": "Vice ordförande",
  ledamot: "Ledamöter",
  adjungerad: "Adjungerad",
};

/** The chair, whom the site names as RUN's contact; undefined if the group has none. */
export function getChair(): LeadershipMember | undefined {
  return getLeadershipMembers().find((member) => member.role === "ordförande");
}
