import { checkedRecipient } from "../feedback-recipient";
import { inaccessibleFileWarnings } from "../pdf/warnings";
import type { Problem } from "../problems";
import { overdueWarnings } from "../review";
import type { Content } from "../types";

/**
 * What every warning sees: the content as the site shows it, the check's clock, and how to
 * point at a line. Warnings are the rules' kin: each is a small named function, and the list is
 * WARNINGS; they never stop a publication.
 */
export interface WarningInput {
  content: Content;
  /** The instant review-by dates are judged at. */
  now: Date;
  lineOf(file: string, fieldPath: readonly PropertyKey[]): number | undefined;
}

export type WarningRule = (input: WarningInput) => Problem[];

/** Pages, networks and documents past their review-by date (lib/content/review.ts). */
export const reviewDatesPassed: WarningRule = ({ content, now, lineOf }) =>
  overdueWarnings(content, now, (file, field) => lineOf(file, [field]));

/** Documents whose PDF lacks what an accessible PDF has (lib/content/pdf/). */
export const filesLackAccessibility: WarningRule = ({ content, lineOf }) =>
  inaccessibleFileWarnings(content, (file) => lineOf(file, ["file"]));

/** Feedback that goes to another member because the chair has no e-mail address. */
export const feedbackGoesToChair: WarningRule = ({ content }) => {
  const recipient = checkedRecipient(content.settings, content.leadership, content.people);
  return "warnings" in recipient ? recipient.warnings : [];
};

/** The warnings, in the order they are listed. */
export const WARNINGS: readonly WarningRule[] = [
  reviewDatesPassed,
  filesLackAccessibility,
  feedbackGoesToChair,
];
