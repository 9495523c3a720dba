import type { Rule } from "./rule";

/**
 * The group has exactly one chair and at most one vice chair. The chair is RUN's contact in the
 * footer and in the site's contact data, so a group without one would silently lose them; a
 * vice chair may be vacant for a while (after an election), so none is allowed.
 */
export const oneChairOneViceChair: Rule = ({ content, lineOf }) => {
  const group = content.leadership;
  if (!group) return [];
  return (["ordförande", "vice ordförande"] as const).flatMap((role) => {
    const holders = group.members.filter((member) => member.role === role);
    if (holders.length === 1 || (holders.length === 0 && role === "vice ordförande")) return [];
    return [
      {
        file: group.source,
        line: lineOf(group.source, ["members"]),
        field: "members",
        message:
          holders.length === 0
            ? `har ingen med rollen "${role}". Gruppen ska ha en: skriv "role: ${role}" på den personens post. Ordföranden är RUN:s kontakt längst ned på varje sida.`
            : `har ${holders.length} med rollen "${role}"; en grupp har bara en. Ändra de andra till "ledamot".`,
      },
    ];
  });
};
