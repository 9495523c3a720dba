import type { Problem } from "./problems";
import { SINGLE_FILES } from "./kinds";
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

/**
 * The recipient as the reader needs it: the address, or the problem that stops the build when
 * there is none, and a warning when it is not the setting or the chair.
 */
export function checkedRecipient(
  settings: Pick<Settings, "feedback_email">,
  leadership: Pick<Leadership, "members" | "source">,
  people: readonly Pick<Person, "slug" | "email">[],
): { email: string; warnings: Problem[] } | { problem: Problem } {
  const recipient = feedbackRecipient(settings, leadership, people);
  if (!recipient)
    return {
      problem: {
        file: `content/${SINGLE_FILES.settings.file}`,
        field: "feedback_email",
        message:
          "saknas, och ingen i ledningsgruppen har en e-postadress. Synpunkter på sidorna behöver en mottagare: skriv feedback_email i webbplatsen.md eller ge ordföranden en e-postadress.",
      },
    };
  const warnings: Problem[] =
    recipient.from === "member"
      ? [
          {
            file: leadership.source,
            message: `Ordföranden har ingen e-postadress, så synpunkter på sidorna går till ${recipient.email}. Ge ordföranden en e-postadress i content/personer/, eller skriv feedback_email i webbplatsen.md.`,
          },
        ]
      : [];
  return { email: recipient.email, warnings };
}
