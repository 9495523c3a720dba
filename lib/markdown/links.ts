import { visit } from "unist-util-visit";
import { parseMarkdown } from "./processor";

export interface MarkdownLink {
  url: string;
  /** 1-based line within the Markdown text. */
  line?: number;
  /** An image (`![text](/bild.png)`) rather than a link. */
  image: boolean;
}

/** Every link, image and link definition in a Markdown text, for the content checks. */
export function collectLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  visit(parseMarkdown(markdown), (node) => {
    if (node.type === "link" || node.type === "definition" || node.type === "image")
      links.push({ url: node.url, line: node.position?.start.line, image: node.type === "image" });
  });
  return links;
}

/**
 * The site path a link points at, when it points inside the site: `/om-run#x` → `/om-run`.
 * External links, mail links and in-page anchors give null.
 */
export function internalPath(url: string): string | null {
  if (!url.startsWith("/") || url.startsWith("//")) return null;
  const path = url.split(/[?#]/)[0] ?? "";
  return path.length > 1 ? path.replace(/\/+$/, "") : "/";
}
