import { renderMarkdown } from "@/lib/markdown/render";

/**
 * Editor-written Markdown, sanitised and rendered as React elements. `idPrefix` keeps heading
 * ids apart where several texts share a page (each document in the document list).
 */
export function Markdown({ markdown, idPrefix }: { markdown: string; idPrefix?: string }) {
  return <div className="prose">{renderMarkdown(markdown, { idPrefix })}</div>;
}
