"use client";

import { useEffect } from "react";

/**
 * Under `next start`: loads the search module (lib/search/browser.ts) on this page only, as its
 * own chunk. The static export has no React; there scripts/strip-framework.ts loads the same
 * module on the page that has `data-search`.
 */
export function SearchStart() {
  useEffect(() => {
    const root = document.querySelector<HTMLElement>("[data-search]");
    if (root && !("searchReady" in root.dataset))
      void import("@/lib/search/browser").then(({ startSearch }) => startSearch(root));
  }, []);
  return null;
}
