import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import { sanitizeSchema } from "./sanitize-schema";

/** Markdown → mdast, with GitHub-flavoured Markdown (tables, lists, autolinks). */
const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * mdast → sanitised hast. Raw HTML in Markdown is dropped by remark-rehype (no
 * `allowDangerousHtml`), and the sanitiser runs after every plugin that adds markup, so no
 * plugin can bring back what it removes.
 */
const transformer = unified().use(remarkRehype).use(rehypeSlug).use(rehypeSanitize, sanitizeSchema);

export function parseMarkdown(markdown: string): MdastRoot {
  return parser.parse(markdown);
}

export function markdownToHast(markdown: string): HastRoot {
  return transformer.runSync(parseMarkdown(markdown));
}
