/**
 * Feedback by e-mail, without a form, a third-party service or a server of our own: a
 * `mailto:` link (RFC 6068) that opens the visitor's own e-mail with the recipient, a subject
 * naming the page and the page's address already filled in. Pure, so it is unit-tested alone.
 */

/** RFC 6068 §2: percent-encoded UTF-8; a space is %20 (never "+"), a line break is %0D%0A. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));
}

/** The address part: everything percent-encoded except the "@" between the two halves. */
function encodeAddress(address: string): string {
  const at = address.lastIndexOf("@");
  return `${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
}

export function mailtoHref(to: string, fields: { subject: string; body?: string }): string {
  const body = fields.body === undefined ? "" : `&body=${encode(fields.body)}`;
  return `mailto:${encodeAddress(to)}?subject=${encode(fields.subject)}${body}`;
}

/** The line in every message that asks the visitor to leave personal data out. */
export const PRIVACY_NOTE =
  "Skriv inte personuppgifter som personnummer eller uppgifter om hälsa i meddelandet.";

/** "Rapportera fel på sidan": a message about one page. */
export function pageFeedbackHref(to: string, page: { title: string; url: string }): string {
  return mailtoHref(to, {
    subject: `Synpunkt på sidan "${page.title}"`,
    body: `Sidan: ${page.title}\nAdress: ${page.url}\n\nMin synpunkt:\n\n\n(${PRIVACY_NOTE})`,
  });
}

/** "Begär en tillgänglig version": a request for one document in an accessible form. */
export function documentRequestHref(to: string, document: { title: string; url: string }): string {
  return mailtoHref(to, {
    subject: `Begär en tillgänglig version: ${document.title}`,
    body: `Jag vill ha dokumentet "${document.title}" (${document.url}) i en tillgänglig version, till exempel som taggad PDF, Word-fil eller text.\n\nFormat jag behöver:\n\n\n(${PRIVACY_NOTE})`,
  });
}
