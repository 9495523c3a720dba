import { formatDate } from "@/lib/dates";
import { publicationAt, siteInstant, type Scheduled } from "@/lib/content/publication";

/**
 * What marks a file that only development previews show: a draft (`draft: true`), or one outside
 * its publication days (`publish_from`, `publish_until`), with the day. Null for a file the
 * built site shows.
 */
export function previewLabel(
  item: Scheduled & { draft?: boolean },
  now: Date = siteInstant(),
): string | null {
  if (item.draft) return "Utkast";
  const publication = publicationAt(item, now);
  if (publication === "before" && item.publish_from)
    return `Visas från ${formatDate(item.publish_from)}`;
  if (publication === "after" && item.publish_until)
    return `Visades till och med ${formatDate(item.publish_until)}`;
  return null;
}

/** Marks a file that only development previews contain (see previewLabel). */
export function DraftBadge({ label = "Utkast" }: { label?: string }) {
  return <strong className="draft-badge">{label}</strong>;
}

/** The mark after a title, with the space before it, where the file has one. */
export function PreviewBadge({ item }: { item: Scheduled & { draft?: boolean } }) {
  const label = previewLabel(item);
  return label ? (
    <>
      {" "}
      <DraftBadge label={label} />
    </>
  ) : null;
}
