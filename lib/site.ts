import { ROUTES } from "./routes";

/**
 * Site settings: typed data in one place, apart from content and components.
 * Editors change words in `content/`; this file holds what the code needs to know about the
 * site (settings read from the environment, who holds meetings). Addresses and navigation are
 * in `lib/routes.ts`.
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

/**
 * Bodies that hold meetings besides the networks (whose slugs are bodies too). A meeting's
 * `body` field must name one of these or a network.
 */
export const fixedBodies = {
  ledningsgruppen: { name: "Ledningsgruppen", href: ROUTES.ledningsgrupp.path },
  "run-riksdag": { name: "RUN-riksdag", href: ROUTES.organisation.path },
} as const;
