import { getChair } from "./leadership";
import { getMembers } from "./members";
import { getContent, type Person } from "./reader";

/** What every page's footer says about RUN, from the content. */
export interface SiteFacts {
  /** RUN's contact: the leadership group's chair (the check makes sure there is one). */
  contact?: Person;
  /** How many municipalities are members. */
  municipalities: number;
  /** Where feedback goes and what the feedback box says (content/webbplatsen.md). */
  feedback: { email: string; question: string; link: string };
}

/** Where feedback and requests for accessible documents go (see feedback-recipient.ts). */
export function feedbackEmail(): string {
  return getContent().feedbackEmail;
}

export function getSiteFacts(): SiteFacts {
  return {
    contact: getChair()?.person,
    municipalities: getMembers().filter((member) => member.kind === "kommun").length,
    feedback: {
      email: feedbackEmail(),
      question: getContent().settings.feedback_question,
      link: getContent().settings.feedback_link,
    },
  };
}
