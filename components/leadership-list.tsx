import { ROLE_HEADINGS, type LeadershipMember } from "@/lib/content/leadership";
import { LEADERSHIP_ROLES } from "@/lib/content/schemas";
import { PersonContact } from "./person-contact";
import { PAGE_IDS } from "@/lib/page-ids";

/** The leadership group under one heading per role, in the order roles rank. */
export function LeadershipList({ members }: { members: readonly LeadershipMember[] }) {
  return (
    <section aria-labelledby={PAGE_IDS.groupMembers} className="leadership">
      <h2 id={PAGE_IDS.groupMembers}>Ledningsgruppens medlemmar</h2>
      {LEADERSHIP_ROLES.map((role) => {
        const holders = members.filter((member) => member.role === role);
        if (holders.length === 0) return null;
        return (
          <section key={role} aria-labelledby={PAGE_IDS.role(role)}>
            <h3 id={PAGE_IDS.role(role)}>{ROLE_HEADINGS[role]}</h3>
            <ul className="people">
              {holders.map((member) => (
                <li key={member.person.slug} className="person">
                  <PersonContact person={member.person} />
                  {member.represents && (
                    <span className="person-represents">{member.represents}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
