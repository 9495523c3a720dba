import type { Leadership, Person, Settings } from "./types";

/**
 * Where page feedback and requests for accessible documents go: the site setting
 * `feedback_email`, else the chair's e-mail, else (so that a new chair without an address does
 * not stop publishing) the first in the leadership group, in its order, who has one.
 */
export function feedbackRecipient(
  settings: Pick<Settings, "feedback_email">,
  leadership: Pick<Leadership, "members">,
  people: readonly Pick<Person, "slug" | "email">[],
): { email: string; from: "setting" | "chair" | "member" } | null {
  if (settings.feedback_email) return { email: settings.feedback_email, from: "setting" };
  const emailOf = (slug: string) => people.find((person) => person.slug === slug)?.email;
  const chair = leadership.members.find((member) => member.role === "ordförande");
  const chairEmail = chair && emailOf(chair.person);
  if (chairEmail) return { email: chairEmail, from: "chair" };
  for (const member of leadership.members) {
    const email = emailOf(member.person);
    if (email) return { email, from: "member" };
  }
  return null;
}
