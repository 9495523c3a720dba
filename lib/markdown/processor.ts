import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import type { Element, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import { isPageId } from "../page-ids";
import { markdownLimitIssue } from "./limits";
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
    visit(tree, "element", (element) => {
      if (/^h[1-6]$/.test(element.tagName)) headings.push(element);
    });
    if (!headings.some((heading) => heading.tagName === "h1")) return;
    for (const heading of headings)
      heading.tagName = `h${Math.min(Number(heading.tagName[1]) + 1, 6)}`;
  };
}

export interface IdOptions {
  /** Put before every heading id, for texts shown several on one page (e.g. `plan-2018-`). */
  idPrefix?: string;
}

/**
 * Heading ids never equal an id of the page's own (see lib/page-ids.ts): such a heading's id
 * gets a number (`kontakt` → `kontakt-1`), as rehype-slug numbers repeated headings.
 */
function uniqueIds({ idPrefix = "" }: IdOptions = {}) {
  return (tree: HastRoot) => {
    const elements: Element[] = [];
    visit(tree, "element", (element) => {
      if (typeof element.properties.id === "string") elements.push(element);
    });
    const used = new Set(elements.map((element) => `${idPrefix}${String(element.properties.id)}`));
    for (const element of elements) {
      const id = `${idPrefix}${String(element.properties.id)}`;
      let unique = id;
      for (let n = 1; isPageId(unique); n++) {
        unique = `${id}-${n}`;
        if (used.has(unique)) unique = id;
      }
      used.add(unique);
      element.properties.id = unique;
    }
  };
}

/**
 * mdast → sanitised hast. Raw HTML in Markdown is dropped by remark-rehype (no
 * `allowDangerousHtml`), and the sanitiser runs after every plugin that adds markup, so no
 * plugin can bring back what it removes.
 */
/**
 * A table from Markdown sits in a box that scrolls sideways, so a wide table never makes the
 * page scroll (WCAG 1.4.10). The box can take focus, so keyboard users can scroll it, and it
 * has a name, so screen readers say what it is. It adds only fixed attributes, after the
 * sanitiser.
 */
function scrollableTables() {
  return (tree: HastRoot) => {
    let count = 0;
    visit(tree, "element", (element, index, parent) => {
      if (element.tagName !== "table" || !parent || index === undefined) return;
      count += 1;
      parent.children[index] = {
        type: "element",
        tagName: "div",
        properties: {
          className: ["table-scroll"],
          role: "region",
          tabIndex: 0,
          ariaLabel: `Tabell ${count}, rulla i sidled`,
        },
        children: [element],
      } satisfies Element;
      // Not into the box just made, which holds the table again.
      return SKIP;
    });
  };
}

function transformer(options: IdOptions) {
  return unified()
    .use(remarkRehype)
    .use(headingsBelowTitle)
    .use(rehypeSlug)
    .use(rehypeSanitize, sanitizeSchema)
    .use(uniqueIds, options)
    .use(scrollableTables);
}

const plain = transformer({});

/**
 * Each text is parsed once per process. The check needs a text's links (from the Markdown tree)
 * and its heading ids (from the page tree), the build renders the same page tree, and the news
 * feed writes it as HTML: all of them read the trees kept here, keyed by the text. The trees are
 * shared, so no caller may change them (`markdownToHtml` copies before it rewrites addresses).
 * The oldest texts are let go past a bound on their total length (about 60 times the real
 * content today), so `next dev`, which reads edited texts again and again, and the property
 * tests, which parse thousands of generated ones, never keep them all.
 */
interface Trees {
  mdast: MdastRoot;
  hast: Map<string, HastRoot>;
}
const MAX_CHARACTERS = 4_000_000;
const trees = new Map<string, Trees>();
let characters = 0;

function treesOf(markdown: string): Trees {
  let entry = trees.get(markdown);
  if (!entry) {
    // Content texts are checked against these limits before they get here (with a Swedish
    // message, lib/content/limits.ts); this guard keeps any other caller from a parse that
    // would overflow the stack or take minutes.
    const issue = markdownLimitIssue(markdown);
    if (issue)
      throw new RangeError(`Markdown beyond its limits (${issue.kind}, line ${issue.line})`);
    entry = { mdast: markdownParser.parse(markdown), hast: new Map() };
    for (const oldest of trees.keys()) {
      if (characters + markdown.length <= MAX_CHARACTERS) break;
      trees.delete(oldest);
      characters -= oldest.length;
    }
    trees.set(markdown, entry);
    characters += markdown.length;
  }
  return entry;
}

/** The parser itself, exported for the test that counts how often a text is parsed. */
export const markdownParser = parser;

/** The Markdown tree of a text, with positions (links and their lines). Shared: do not change it. */
export function parseMarkdown(markdown: string): MdastRoot {
  return treesOf(markdown).mdast;
}

/** The sanitised page tree of a text. Shared: do not change it. */
export function markdownToHast(markdown: string, options: IdOptions = {}): HastRoot {
  const entry = treesOf(markdown);
  const prefix = options.idPrefix ?? "";
  let hast = entry.hast.get(prefix);
  if (!hast) {
    // remark-rehype builds a new tree, so the Markdown tree stays as it was for other readers.
    hast = (prefix ? transformer(options) : plain).runSync(entry.mdast);
    entry.hast.set(prefix, hast);
  }
  return hast;
}

/** The ids a text's headings get on the page, for checking links to `#anchors`. */
export function headingIds(markdown: string, options: IdOptions = {}): Set<string> {
  const ids = new Set<string>();
  visit(markdownToHast(markdown, options), "element", (element) => {
    if (typeof element.properties.id === "string") ids.add(element.properties.id);
  });
  return ids;
}
