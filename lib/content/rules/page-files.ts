import { KINDS } from "../kinds";
import type { Rule } from "./rule";

/** Every fixed address has its page file, and every page file has an address. */
export const pageFilesMatchAddresses: Rule = ({ content, routes, broken }) => {
  const folder = KINDS.pages.folder;
  const pages = new Set(content.pages.map((page) => page.slug));
  const entries = Object.values(routes);
  const wanted = new Set(entries.map((entry) => entry.page));
  return [
    ...entries
      .filter((entry) => !pages.has(entry.page) && !broken.has(`${folder}/${entry.page}`))
      .map((entry) => ({
        file: `content/${folder}/${entry.page}.md`,
        message: `saknas. Adressen ${entry.path} hämtar sin rubrik, beskrivning och text härifrån.`,
      })),
    ...content.pages
      .filter((page) => !wanted.has(page.slug))
      .map((page) => ({
        file: page.source,
        message: `har ingen adress på webbplatsen. Sidfilerna är: ${[...wanted].map((slug) => `${slug}.md`).join(", ")}.`,
      })),
  ];
};
