import { defaultSchema, type Options } from "rehype-sanitize";

/**
 * What Markdown may produce: GitHub's allow-list (no scripts, styles, frames, forms or event
 * handlers), with link protocols narrowed to those a public site needs. `javascript:`,
 * `data:` and `vbscript:` URLs are dropped.
 *
 * Heading ids are kept as written by rehype-slug (no `user-content-` prefix), so that
 * `/om-run#ledningsgruppen` works without client JavaScript.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobberPrefix: "",
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto", "tel"],
    src: ["http", "https"],
    cite: ["http", "https"],
  },
};
