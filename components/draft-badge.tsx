/** Marks a file that only development previews contain (see previewLabel, publication.ts). */
export function DraftBadge({ label = "Utkast" }: { label?: string }) {
  return <strong className="draft-badge">{label}</strong>;
}

/** The mark after a title, with the space before it, where the file has one (its view's label). */
export function PreviewBadge({ label }: { label: string | null }) {
  return label ? (
    <>
      {" "}
      <DraftBadge label={label} />
    </>
  ) : null;
}
