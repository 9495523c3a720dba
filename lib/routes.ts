/**
 * The table of addresses: every fixed page of the site, once. Navigation, breadcrumbs and their
 * labels, the section links, the sitemap, the check that each page file exists and
 * "Senast uppdaterad" are all derived from it. Adding a fixed page is one entry here, its route
 * file in `app/` and its page file in `content/sidor/`.
 */

/** Content a page shows besides its own page file, for "Senast uppdaterad". */
export type Shows =
  "meetings" | "group-meetings" | "members" | "leadership" | "documents" | "networks" | "news";

export interface RouteEntry {
  /** The address, without a trailing slash. */
  path: string;
  /** The file in `content/sidor/` (without `.md`) holding its title, description and text. */
  page: string;
  /** Its name in navigation, breadcrumbs and section links. */
  label: string;
  /** The page above it in breadcrumbs (and whose section links list it); null for the start. */
  parent: string | null;
  /** Shown in the main navigation, in table order. */
  nav?: boolean;
  /** A sentence for the start page's entries into the sections; absent: not listed there. */
  startText?: string;
  /** A sentence for its parent's list of the pages below it; absent: not listed there. */
  sectionText?: string;
  /** What else it shows, for "Senast uppdaterad". */
  shows?: readonly Shows[];
  /** The meetings feed it offers (in its head and on the page): `all`, or one body's name. */
  feed?: string;
  /** The language of its text when it is not Swedish (set on its `<main>`; WCAG 3.1.2). */
  lang?: "en";
  /** The Swedish page it is a translation of: the pair link each other with `hreflang`. */
  translates?: string;
  /** Pages it retells in easy-to-read Swedish (lättläst): they link to it. */
  retells?: readonly string[];
}

export const ROUTES = {
  start: {
    path: "/",
    page: "start",
    label: "Start",
    parent: null,
    nav: true,
    shows: ["meetings", "news"],
  },
  omRun: {
    path: "/om-run",
    page: "om-run",
    label: "Om RUN",
    parent: "start",
    nav: true,
    startText: "Uppdraget, RUN-riksdagen och hur verksamheten utvärderas.",
  },
  organisation: {
    path: "/om-run/organisation",
    page: "organisation",
    label: "Organisation",
    parent: "omRun",
    sectionText: "RUN-riksdagen, ledningsgruppen och avtalsperioden.",
    feed: "run-riksdag",
  },
  medlemmar: {
    path: "/om-run/medlemmar",
    page: "medlemmar",
    label: "Medlemmar",
    parent: "omRun",
    startText: "Kommunerna och Lärarutbildningen vid Mittuniversitetet, län för län.",
    sectionText: "Kommunerna och lärosätet, län för län.",
    shows: ["members"],
  },
  ledningsgrupp: {
    path: "/om-run/ledningsgrupp",
    page: "ledningsgrupp",
    label: "Ledningsgruppen",
    parent: "omRun",
    startText: "Vilka som leder RUN mellan RUN-riksdagarna.",
    sectionText: "Ledamöterna och deras mötestider.",
    shows: ["leadership", "group-meetings"],
    feed: "ledningsgruppen",
  },
  natverk: {
    path: "/natverk",
    page: "natverk",
    label: "Nätverk",
    parent: "start",
    nav: true,
    startText: "RUN:s nätverk, deras syften och kontaktpersoner.",
    shows: ["networks"],
  },
  moten: {
    path: "/moten",
    page: "moten",
    label: "Möten",
    parent: "start",
    nav: true,
    startText: "När och var ledningsgruppen möts, och kalendern att prenumerera på.",
    shows: ["meetings"],
    feed: "all",
  },
  dokument: {
    path: "/om-run/dokument",
    page: "dokument",
    label: "Dokument",
    parent: "omRun",
    startText: "Avtal, verksamhetsplan, handlingsplan och verksamhetsrapport.",
    sectionText: "Avtal, planer och rapporter.",
    shows: ["documents"],
  },
  aktuellt: {
    path: "/aktuellt",
    page: "aktuellt",
    label: "Aktuellt",
    parent: "start",
    nav: true,
    shows: ["news"],
  },
  kontakt: {
    path: "/kontakt",
    page: "kontakt",
    label: "Kontakt",
    parent: "start",
    shows: ["leadership", "networks"],
  },
  omWebbplatsen: {
    path: "/om-webbplatsen",
    page: "om-webbplatsen",
    label: "Om webbplatsen",
    parent: "start",
  },
  lattlast: {
    path: "/lattlast",
    page: "lattlast",
    label: "Lättläst",
    parent: "start",
    shows: ["members", "leadership"],
    retells: ["start", "omRun"],
  },
  inEnglish: {
    path: "/in-english",
    page: "in-english",
    label: "In English",
    parent: "start",
    shows: ["members", "leadership", "networks"],
    lang: "en",
    translates: "omRun",
  },
  tillganglighet: {
    path: "/tillganglighet",
    page: "tillganglighet",
    label: "Tillgänglighet",
    parent: "start",
  },
  sok: {
    path: "/sok",
    page: "sok",
    label: "Sök",
    parent: "start",
  },
} as const satisfies Record<string, RouteEntry>;

export type RouteKey = keyof typeof ROUTES;
export type RouteTable = Readonly<Record<string, RouteEntry>>;

/** Addresses that are files, not pages; Markdown may link to them too. */
export const FILE_ROUTES = {
  calendar: "/moten/kalender.ics",
  newsFeed: "/aktuellt/flode.atom",
  sitemap: "/sitemap.xml",
  robots: "/robots.txt",
} as const;

/**
 * The kinds whose files have a page of their own (lib/content/kinds.ts), and the fixed page each
 * sits below: a network's page is `/natverk/<file name>`. The page model
 * (lib/content/site-pages.ts) makes a page for every file of these kinds.
 */
export const ITEM_PAGES = {
  networks: "natverk",
  meetings: "moten",
  news: "aktuellt",
} as const satisfies Record<string, RouteKey>;

export type ItemPageKind = keyof typeof ITEM_PAGES;

/** The page of a file of `kind`: the address of the fixed page it sits below, then its name. */
export function itemHref(
  kind: string,
  slug: string,
  pages: Readonly<Record<string, string>> = ITEM_PAGES,
  table: RouteTable = ROUTES,
): string {
  const under = pages[kind];
  const entry = under === undefined ? undefined : table[under];
  if (!entry) throw new Error(`routes: "${kind}" has no pages of its own`);
  return `${entry.path}/${slug}`;
}

/** A network's address: `/natverk/<file name>`. */
export function networkHref(slug: string): string {
  return itemHref("networks", slug);
}

/** A news item's page: `/aktuellt/<file name>`. */
export function newsHref(slug: string): string {
  return itemHref("news", slug);
}

/** A meeting's own page: `/moten/<file name>`. */
export function meetingHref(slug: string): string {
  return itemHref("meetings", slug);
}

/** A meeting's own calendar file: `/moten/<file name>.ics`. */
export function meetingIcsHref(slug: string): string {
  return `${ROUTES.moten.path}/${slug}.ics`;
}

/**
 * Where the route that writes a meeting's calendar file lives (`app/moten/[slug]/kalender.ics`):
 * a page and a file cannot share one dynamic segment, so `next start` rewrites
 * `/moten/<möte>.ics` here (next.config.ts) and the export moves the file to that address
 * (scripts/meeting-calendars.ts).
 */
export function meetingIcsSource(slug: string): string {
  return `${meetingHref(slug)}/kalender.ics`;
}

/**
 * `next start`'s rewrite of a meeting's calendar address to where its route writes it
 * (next.config.ts), and that place as a pattern, which answers 404 as it does in the export
 * (proxy.ts).
 */
export const MEETING_ICS_REWRITE = {
  source: `${ROUTES.moten.path}/:slug([a-z0-9-]+)\\.ics`,
  destination: meetingIcsSource(":slug"),
};
export const MEETING_ICS_SOURCE = new RegExp(
  `^${meetingIcsSource("[^/]+").replace(/\./g, "\\.")}$`,
);

/**
 * Where the page that stands in for a removed page of a section is built
 * (`app/borttagen/[section]`, lib/content/moves.ts): not an address of the site itself.
 */
export const REMOVED_PAGES = "/borttagen";

/**
 * The requests proxy.ts sees, as Next's matcher writes them: addresses with a `%` (bad
 * encodings answer 400), where meeting calendar files are written, the page of every file that
 * has one (removed ones answer 410) and the removed pages' own place. Next reads the matcher
 * only as literal text in proxy.ts, so it is written there too, and a unit test holds the two
 * equal.
 */
export function proxyMatchers(pages: Readonly<Record<string, string>> = ITEM_PAGES): string[] {
  return [
    "/:path(.*%.*)",
    meetingIcsSource(":meeting"),
    ...Object.keys(pages).map((kind) => itemHref(kind, ":page([a-z0-9-]+)", pages)),
    `${REMOVED_PAGES}/:section([a-z0-9-]+)`,
  ];
}

/** Where the feeds of each body's meetings are (`app/kalender/[file]`). */
export const BODY_CALENDARS = "/kalender";

/** The feed of one body's meetings (the leadership group, RUN-riksdag, a network). */
export function bodyCalendarHref(body: string): string {
  return `${BODY_CALENDARS}/${body}.ics`;
}

/**
 * The addresses a content file gives the site, by kind, from its file name: a network's page and
 * its feed (a network is a body that meets), a meeting's page, its calendar file and where that
 * file is written. No two may be the same, nor one of the fixed addresses (ROUTES, FILE_ROUTES,
 * the fixed bodies' feeds): lib/content/rules/address-collisions.ts.
 */
export const KIND_ADDRESSES = {
  networks: (slug: string) => [networkHref(slug), bodyCalendarHref(slug)],
  meetings: (slug: string) => [meetingHref(slug), meetingIcsHref(slug), meetingIcsSource(slug)],
} as const satisfies Record<string, (slug: string) => readonly string[]>;

/** Heading ids in a document's text start with its file name: several texts share one page. */
export function documentIdPrefix(slug: string): string {
  return `${slug}-`;
}

export interface Crumb {
  href: string;
  label: string;
}

export interface NavItem {
  href: string;
  label: string;
}

export interface SectionLink {
  href: string;
  label: string;
  text: string;
}

/** The main navigation, in table order. */
export function navigation(table: RouteTable = ROUTES): NavItem[] {
  return Object.values(table)
    .filter((entry) => entry.nav)
    .map((entry) => ({ href: entry.path, label: entry.label }));
}

/** Breadcrumbs from the start page to `key`, then `extra` (e.g. a network below /natverk). */
export function trailTo(
  key: string,
  extra: readonly Crumb[] = [],
  table: RouteTable = ROUTES,
): Crumb[] {
  const crumbs: Crumb[] = [];
  const seen = new Set<string>();
  for (let current: string | null = key; current !== null;) {
    const entry: RouteEntry | undefined = table[current];
    if (!entry || seen.has(current))
      throw new Error(`routes: "${current}" is not in the table, or loops`);
    seen.add(current);
    crumbs.unshift({ href: entry.path, label: entry.label });
    current = entry.parent;
  }
  return [...crumbs, ...extra];
}

/** The start page's entries into the sections. */
export function startSections(table: RouteTable = ROUTES): SectionLink[] {
  return Object.values(table).flatMap((entry) =>
    entry.startText ? [{ href: entry.path, label: entry.label, text: entry.startText }] : [],
  );
}

/** The pages below `key` that its page lists. */
export function childSections(key: string, table: RouteTable = ROUTES): SectionLink[] {
  return Object.values(table).flatMap((entry) =>
    entry.parent === key && entry.sectionText
      ? [{ href: entry.path, label: entry.label, text: entry.sectionText }]
      : [],
  );
}

export interface LanguageVersion {
  href: string;
  /** The BCP 47 tag for `hreflang` and `lang`. */
  lang: "sv" | "en";
}

/**
 * The language versions of a page, itself included, for `hreflang` links (in the page's head
 * and in the sitemap): the English page and the Swedish page it translates, each way. Empty
 * for a page with no other language.
 */
export function languageVersions(key: string, table: RouteTable = ROUTES): LanguageVersion[] {
  const entry = table[key];
  if (!entry) return [];
  const translation = Object.values(table).find((other) => other.translates === key);
  const original = entry.translates ? table[entry.translates] : undefined;
  if (translation)
    return [
      { href: entry.path, lang: "sv" },
      { href: translation.path, lang: translation.lang ?? "sv" },
    ];
  if (original)
    return [
      { href: original.path, lang: "sv" },
      { href: entry.path, lang: entry.lang ?? "sv" },
    ];
  return [];
}

export interface OtherVersion {
  href: string;
  label: string;
  /** Set when the version is in another language than Swedish. */
  lang?: "en";
}

/** Links from a page to the pages that retell it in lättläst or translate it. */
export function otherVersions(key: string, table: RouteTable = ROUTES): OtherVersion[] {
  return Object.values(table).flatMap((entry) =>
    entry.retells?.includes(key) || entry.translates === key
      ? [{ href: entry.path, label: entry.label, ...(entry.lang ? { lang: entry.lang } : {}) }]
      : [],
  );
}
