import { ROLE_HEADINGS, type LeadershipMember } from "@/lib/content/leadership";
import { LEADERSHIP_ROLES } from "@/lib/content/schemas";
import { PersonContact } from "./person-contact";

/** The leadership group under one heading per role, in the order roles rank. */
export function LeadershipList({ members }: { members: readonly LeadershipMember[] }) {
  return (
    <section aria-labelledby="ledamoter" className="leadership">
      <h2 id="ledamoter">Ledningsgruppens medlemmar</h2>
      {LEADERSHIP_ROLES.map((role) => {
        const holders = members.filter((member) => member.role === role);
        if (holders.length === 0) return null;
        return (
          <section key={role} aria-labelledby={`roll-${role.replace(" ", "-")}`}>
            <h3 id={`roll-${role.replace(" ", "-")}`}>{ROLE_HEADINGS[role]}</h3>
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
