import type { Crumb } from "@/components/layout/breadcrumbs";

/** Breadcrumb trails: the start page, the section, the page. */
export const HOME: Crumb = { href: "/", label: "Start" };
export const OM_RUN: Crumb = { href: "/om-run", label: "Om RUN" };
export const NATVERK: Crumb = { href: "/natverk", label: "Nätverk" };

export function trail(...crumbs: Crumb[]): Crumb[] {
  return [HOME, ...crumbs];
}
