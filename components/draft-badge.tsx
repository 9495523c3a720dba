/** Marks a file with `draft: true`; only development previews contain drafts. */
export function DraftBadge() {
  return <strong className="draft-badge">Utkast</strong>;
}
