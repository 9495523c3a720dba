/**
 * An Atom feed (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287) of the news, built as text:
 * every value is escaped here, once, so a title with `<` or `&` stays text in any reader.
 */

export interface AtomEntry {
  /** Permanent and unique (RFC 4287 §4.2.6): the item's absolute address. */
  id: string;
  title: string;
  /** The item's page, absolute. */
  url: string;
  published: Date;
  updated: Date;
  summary: string;
  /** The body as HTML; sent escaped, as `type="html"` content (§3.1.1.2). */
  html: string;
}

export interface AtomFeed {
  /** The feed's own id: the absolute address of the news page. */
  id: string;
  title: string;
  /** The news page, absolute. */
  pageUrl: string;
  /** The feed's own address, absolute (`rel="self"`, §4.2.7.2). */
  selfUrl: string;
  author: string;
  /** `xml:lang` of the texts. */
  lang: string;
  /** When there are no entries: the news page's last change. */
  updatedWithoutEntries: Date;
  entries: readonly AtomEntry[];
}

/** Text for XML content and attribute values (XML 1.0 §2.4): &, <, > and both quotes. */
export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 does not allow at all (§2.2), e.g. a pasted form feed.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replaceAll("&", "&amp;")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;")
      .replaceAll('"', "&quot;")
      .replaceAll("'", "&apos;")
  );
}

/** RFC 3339 date-times (§3.3), in UTC. */
const dateTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** The feed's `updated`: its newest entry's, or the page's own date without entries (§4.2.15). */
export function feedUpdated(feed: Pick<AtomFeed, "entries" | "updatedWithoutEntries">): Date {
  const times = feed.entries.map((entry) => entry.updated.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : feed.updatedWithoutEntries;
}

export function atomXml(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = feed.entries.map((entry) =>
    [
      "  <entry>",
      `    <id>${e(entry.id)}</id>`,
      `    <title type="text">${e(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.url)}"/>`,
      `    <published>${dateTime(entry.published)}</published>`,
      `    <updated>${dateTime(entry.updated)}</updated>`,
      `    <summary type="text">${e(entry.summary)}</summary>`,
      `    <content type="html">${e(entry.html)}</content>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">`,
    `  <id>${e(feed.id)}</id>`,
    `  <title type="text">${e(feed.title)}</title>`,
    `  <updated>${dateTime(feedUpdated(feed))}</updated>`,
    `  <author><name>${e(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.pageUrl)}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** The feed as an HTTP answer, with the type RFC 4287 §7 registers. */
export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
