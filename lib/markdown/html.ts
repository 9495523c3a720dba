import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { markdownToHast } from "./processor";

/**
 * Editor-written Markdown as an HTML string, for places outside a page (the news feed), through
 * the same sanitised pipeline as the pages. Site addresses (`/om-run`) become absolute, since a
 * feed reader shows the text away from the site.
 */
export function markdownToHtml(markdown: string, baseUrl: string): string {
  // The page tree is shared with the page that shows the same text: rewrite a copy.
  const tree: Root = structuredClone(markdownToHast(markdown));
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      for (const key of ["href", "src"] as const) {
        const value = child.properties[key];
        if (typeof value === "string" && value.startsWith("/") && !value.startsWith("//"))
          child.properties[key] = `${baseUrl}${value}`;
      }
      visit(child);
    }
  };
  visit(tree);
  return toHtml(tree);
}
