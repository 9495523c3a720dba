/**
 * Site settings and navigation: typed data in one place, apart from content and components.
 * Editors change words in `content/`; this file holds what the code needs to know about the
 * site's shape (addresses, navigation, settings read from the environment).
 */

/**
 * The public address the site is served from, used for canonical URLs, the sitemap, the
 * calendar feed and structured data. Set `SITE_URL` when building for production.
 */
export const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

/**
 * The repository's web editor for content files, e.g.
 * `https://github.com/organisation/run-webbplats/edit/main`. When empty, pages show no
 * "Föreslå en ändring" link.
 */
export const editBaseUrl = (process.env.EDIT_BASE_URL ?? "").replace(/\/+$/, "");

export const site = {
  name: "RUN – Regionalt utvecklingsnätverk",
  shortName: "RUN",
  locale: "sv_SE",
} as const;

/** Every meeting time in content is a wall-clock time in this zone. */
export const TIME_ZONE = "Europe/Stockholm";

export interface NavItem {
  href: string;
  label: string;
}

/** The main navigation, in the order it is shown. */
export const mainNav: readonly NavItem[] = [
  { href: "/", label: "Start" },
  { href: "/om-run", label: "Om RUN" },
  { href: "/natverk", label: "Nätverk" },
  { href: "/moten", label: "Möten" },
];

/**
 * Each fixed address and the page file in `content/sidor/` that holds its title, description
 * and text. Network pages (`/natverk/<slug>`) come from `content/natverk/` instead.
 */
export const pageRoutes = {
  "/": "start",
  "/om-run": "om-run",
  "/om-run/organisation": "organisation",
  "/om-run/medlemmar": "medlemmar",
  "/om-run/ledningsgrupp": "ledningsgrupp",
  "/om-run/dokument": "dokument",
  "/natverk": "natverk",
  "/moten": "moten",
  "/tillganglighet": "tillganglighet",
} as const;

export type PageRoute = keyof typeof pageRoutes;

/** Addresses that are files, not pages; Markdown may link to them too. */
export const fileRoutes = ["/moten/kalender.ics", "/sitemap.xml", "/robots.txt"] as const;

/**
 * Bodies that hold meetings besides the networks (whose slugs are bodies too). A meeting's
 * `body` field must name one of these or a network.
 */
export const fixedBodies = {
  ledningsgruppen: { name: "Ledningsgruppen", href: "/om-run/ledningsgrupp" },
  "run-riksdag": { name: "RUN-riksdag", href: "/om-run/organisation" },
} as const;

export function networkHref(slug: string): string {
  return `/natverk/${slug}`;
}

export interface SectionLink {
  href: string;
  label: string;
  text: string;
}

/** The start page's entries into the sections. */
export const startSections: readonly SectionLink[] = [
  {
    href: "/om-run",
    label: "Om RUN",
    text: "Uppdraget, RUN-riksdagen och hur verksamheten utvärderas.",
  },
  {
    href: "/om-run/medlemmar",
    label: "Medlemmar",
    text: "Kommunerna och Lärarutbildningen vid Mittuniversitetet, län för län.",
  },
  {
    href: "/om-run/ledningsgrupp",
    label: "Ledningsgruppen",
    text: "Vilka som leder RUN mellan RUN-riksdagarna.",
  },
  { href: "/natverk", label: "Nätverk", text: "RUN:s nätverk, deras syften och kontaktpersoner." },
  {
    href: "/moten",
    label: "Möten",
    text: "När och var ledningsgruppen möts, och kalendern att prenumerera på.",
  },
  {
    href: "/om-run/dokument",
    label: "Dokument",
    text: "Avtal, verksamhetsplan, handlingsplan och verksamhetsrapport.",
  },
];

/** The pages below Om RUN, shown on the Om RUN page. */
export const omRunSections: readonly SectionLink[] = [
  {
    href: "/om-run/organisation",
    label: "Organisation",
    text: "RUN-riksdagen, ledningsgruppen och avtalsperioden.",
  },
  { href: "/om-run/medlemmar", label: "Medlemmar", text: "Kommunerna och lärosätet, län för län." },
  {
    href: "/om-run/ledningsgrupp",
    label: "Ledningsgruppen",
    text: "Ledamöterna och deras mötestider.",
  },
  { href: "/om-run/dokument", label: "Dokument", text: "Avtal, planer och rapporter." },
];
