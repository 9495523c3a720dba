import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Element, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import { sanitizeSchema } from "./sanitize-schema";

/** Markdown → mdast, with GitHub-flavoured Markdown (tables, lists, autolinks). */
const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * The page's title is its one h1, so Markdown headings start at h2: when a text uses `#`, every
 * heading in it moves one level down (h6 stays h6).
 */
function headingsBelowTitle() {
  return (tree: HastRoot) => {
    const headings: Element[] = [];
    const visit = (node: HastRoot | Element) => {
      for (const child of node.children)
        if (child.type === "element") {
          if (/^h[1-6]$/.test(child.tagName)) headings.push(child);
          visit(child);
        }
    };
    visit(tree);
    if (!headings.some((heading) => heading.tagName === "h1")) return;
    for (const heading of headings)
      heading.tagName = `h${Math.min(Number(heading.tagName[1]) + 1, 6)}`;
  };
}

/**
 * mdast → sanitised hast. Raw HTML in Markdown is dropped by remark-rehype (no
 * `allowDangerousHtml`), and the sanitiser runs after every plugin that adds markup, so no
 * plugin can bring back what it removes.
 */
const transformer = unified()
  .use(remarkRehype)
  .use(headingsBelowTitle)
  .use(rehypeSlug)
  .use(rehypeSanitize, sanitizeSchema);

export function parseMarkdown(markdown: string): MdastRoot {
  return parser.parse(markdown);
}

export function markdownToHast(markdown: string): HastRoot {
  return transformer.runSync(parseMarkdown(markdown));
}
