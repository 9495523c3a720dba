import type { MemberGroup } from "@/lib/content/members";
import { PAGE_IDS } from "@/lib/page-ids";

function countText(groups: readonly MemberGroup[]): string {
  const all = groups.flatMap((group) => group.members);
  const municipalities = all.filter((member) => member.kind === "kommun").length;
  const universities = all.length - municipalities;
  const parts = [`${municipalities} ${municipalities === 1 ? "kommun" : "kommuner"}`];
  if (universities > 0)
    parts.push(`${universities} ${universities === 1 ? "lärosäte" : "lärosäten"}`);
  return `RUN har ${all.length} medlemmar: ${parts.join(" och ")}.`;
}

/** Members grouped by county, with how many there are. */
export function MemberGroups({ groups }: { groups: readonly MemberGroup[] }) {
  return (
    <>
      {/* The page in one sentence: what a search for "kommunerna" should find first. */}
      <p className="member-count" data-pagefind-weight="4">
        {countText(groups)}
      </p>
      <div className="member-groups">
        {groups.map((group, index) => (
          <section key={group.heading} aria-labelledby={PAGE_IDS.memberGroup(index)}>
            <h2 id={PAGE_IDS.memberGroup(index)}>
              {group.heading} <span className="count">({group.members.length})</span>
            </h2>
            <ul className="member-list">
              {group.members.map((member) => (
                <li key={member.slug}>
                  {member.website ? <a href={member.website}>{member.name}</a> : member.name}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
