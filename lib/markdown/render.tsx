import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { markdownToHast, type IdOptions } from "./processor";

/**
 * Markdown → React elements, through the sanitised pipeline. React builds the DOM from the
 * tree; no HTML string is ever injected.
 */
export function renderMarkdown(markdown: string, options: IdOptions = {}): ReactNode {
  return toJsxRuntime(markdownToHast(markdown, options), { Fragment, jsx, jsxs });
}
