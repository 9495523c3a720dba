import { renderMarkdown } from "@/lib/markdown/render";

/** Editor-written Markdown, sanitised and rendered as React elements. */
export function Markdown({ source }: { source: string }) {
  return <div className="prose">{renderMarkdown(source)}</div>;
}
