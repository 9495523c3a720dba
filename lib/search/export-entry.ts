/** The search module in the static export (scripts/strip-framework.ts loads it on /sok only). */
import { startSearch } from "./browser";

const root = document.querySelector<HTMLElement>("[data-search]");
if (root) startSearch(root);
