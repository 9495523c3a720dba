import type { ContactFacts, MemberFacts } from "@/lib/content/contact";
import type { LeadershipMember } from "@/lib/content/leadership";
import type { LeadershipRole } from "@/lib/content/schemas";
import { LEADERSHIP_ROLES } from "@/lib/content/schemas";
import { PAGE_IDS } from "@/lib/page-ids";

const ROLE_NAMES: Record<LeadershipRole, string> = {
  ordförande: "Chair",
  "vice ordförande": "Vice chair",
  ledamot: "Members",
  adjungerad: "Co-opted",
};

/**
 * What /in-english says from the content: networks, members, the leadership group and whom to
 * write to, with the same names, counts and addresses as the Swedish pages. Names of networks
 * and what people represent are Swedish, and marked so (WCAG 3.1.2).
 */
export function EnglishFacts({
  members,
  leadership,
  contact,
  networksHref,
}: {
  members: MemberFacts;
  leadership: readonly LeadershipMember[];
  contact: ContactFacts;
  networksHref: string;
}) {
  return (
    <>
      <section aria-labelledby={PAGE_IDS.englishMembers}>
        <h2 id={PAGE_IDS.englishMembers}>Members</h2>
        <p>
          RUN has {members.municipalities}{" "}
          {members.municipalities === 1 ? "member municipality" : "member municipalities"}
          {members.universities.length > 0 && (
            <>
              {" "}
              and <span lang="sv">{members.universities.join(", ")}</span>
            </>
          )}
          .
        </p>
        <ul>
          {members.counties.map((county) => (
            <li key={county.county}>
              <span lang="sv">{county.county}</span> ({county.names.length}):{" "}
              {county.names.join(", ")}
            </li>
          ))}
        </ul>
      </section>
      {contact.networks.length > 0 && (
        <section aria-labelledby={PAGE_IDS.englishNetworks}>
          <h2 id={PAGE_IDS.englishNetworks}>Networks</h2>
          <p>
            RUN runs {contact.networks.length}{" "}
            {contact.networks.length === 1 ? "network" : "networks"} where staff of the
            municipalities and the university meet to learn from each other. Their pages are in
            Swedish (
            <a href={networksHref} hrefLang="sv">
              all networks
            </a>
            ).
          </p>
          <ul>
            {contact.networks.map((network) => (
              <li key={network.slug}>
                <a href={network.href} lang="sv" hrefLang="sv">
                  {network.title}
                </a>
                : contact {network.contact.name}
                {network.contact.email && (
                  <>
                    , <a href={`mailto:${network.contact.email}`}>{network.contact.email}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby={PAGE_IDS.englishLeadership}>
        <h2 id={PAGE_IDS.englishLeadership}>Leadership group</h2>
        <dl className="english-leadership">
          {LEADERSHIP_ROLES.map((role) => {
            const holders = leadership.filter((member) => member.role === role);
            if (holders.length === 0) return null;
            return (
              <div key={role}>
                <dt>{ROLE_NAMES[role]}</dt>
                {holders.map((member) => (
                  <dd key={member.person.slug}>
                    {member.person.name}
                    {member.represents && (
                      <>
                        , <span lang="sv">{member.represents}</span>
                      </>
                    )}
                  </dd>
                ))}
              </div>
            );
          })}
        </dl>
      </section>
      <section aria-labelledby={PAGE_IDS.englishContact}>
        <h2 id={PAGE_IDS.englishContact}>Contact</h2>
        {contact.chair && (
          <p>
            RUN&apos;s contact is the chair of the leadership group, {contact.chair.name}
            {contact.chair.email && (
              <>
                : <a href={`mailto:${contact.chair.email}`}>{contact.chair.email}</a>
              </>
            )}
            .
          </p>
        )}
        {contact.feedbackEmail !== contact.chair?.email && (
          <p>
            Questions about this website:{" "}
            <a href={`mailto:${contact.feedbackEmail}`}>{contact.feedbackEmail}</a>.
          </p>
        )}
      </section>
    </>
  );
}
