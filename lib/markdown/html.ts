import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import { markdownToHast } from "./processor";

/**
 * Editor-written Markdown as an HTML string, for places outside a page (the news feed), through
 * the same sanitised pipeline as the pages. Site addresses (`/om-run`) become absolute, since a
 * feed reader shows the text away from the site.
 */
export function markdownToHtml(markdown: string, baseUrl: string): string {
  // The page tree is shared with the page that shows the same text: rewrite a copy.
  const tree: Root = structuredClone(markdownToHast(markdown));
  visit(tree, "element", (element) => {
    for (const key of ["href", "src"] as const) {
      const value = element.properties[key];
      if (typeof value === "string" && value.startsWith("/") && !value.startsWith("//"))
        element.properties[key] = `${baseUrl}${value}`;
    }
  });
  return toHtml(tree);
}
