import { networkHref } from "../routes";
import { getChair, getLeadershipMembers } from "./leadership";
import { getMemberGroups, getMembers } from "./members";
import { getNetworks } from "./networks";
import { getPerson, type Person } from "./people";
import { getContent } from "./reader";
import { responsiblePerson } from "./responsible";
import { feedbackEmail } from "./site-facts";
import { published } from "./publication";

/**
 * What /kontakt, /om-webbplatsen, /lattlast and /in-english say about whom to reach, all from
 * the content (the chair, the feedback address, each network's contact, the settings), so
 * that a new chair or a new network changes every one of them at once.
 */
export interface ContactFacts {
  /** RUN's contact: the leadership group's chair. */
  chair?: Person;
  vice?: Person;
  /** Where messages about the site go (webbplatsen.md, else the chair). */
  feedbackEmail: string;
  /** Shown only when an editor has filled them in (webbplatsen.md). */
  postalAddress?: readonly string[];
  phone?: string;
  networks: { slug: string; title: string; href: string; contact: Person }[];
}

export function getContactFacts(): ContactFacts {
  const { settings } = getContent();
  return {
    chair: getChair()?.person,
    vice: getLeadershipMembers().find((member) => member.role === "vice ordförande")?.person,
    feedbackEmail: feedbackEmail(),
    postalAddress: settings.postal_address,
    phone: settings.phone,
    networks: published(getNetworks()).map((network) => ({
      slug: network.slug,
      title: network.title,
      href: networkHref(network.slug),
      contact: getPerson(network.contact),
    })),
  };
}

/** Who answers for the site as a whole: `ansvarig` in webbplatsen.md, else the chair. */
export function siteResponsible(): Person | undefined {
  return responsiblePerson({}, getContent());
}

/** What the site publishes about people, for the statement on /om-webbplatsen. */
export interface PersonalDataFacts {
  people: number;
  withEmail: number;
  withTitle: number;
  withOrganisation: number;
  /** Leadership group members with what they represent. */
  withRepresents: number;
}

export function getPersonalDataFacts(): PersonalDataFacts {
  const { people } = getContent();
  return {
    people: people.length,
    withEmail: people.filter((person) => person.email).length,
    withTitle: people.filter((person) => person.title).length,
    withOrganisation: people.filter((person) => person.organisation).length,
    withRepresents: getLeadershipMembers().filter((member) => member.represents).length,
  };
}

/** RUN's members in figures: municipalities by county and the universities, by name. */
export interface MemberFacts {
  municipalities: number;
  counties: { county: string; names: string[] }[];
  universities: string[];
}

export function getMemberFacts(): MemberFacts {
  const members = getMembers();
  return {
    municipalities: members.filter((member) => member.kind === "kommun").length,
    counties: getMemberGroups()
      .filter((group) => group.members.some((member) => member.kind === "kommun"))
      .map((group) => ({
        county: group.heading,
        names: group.members.map((member) => member.name),
      })),
    universities: members
      .filter((member) => member.kind === "lärosäte")
      .map((member) => member.name),
  };
}
