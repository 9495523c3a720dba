/**
 * Names both the configuration (config.ts, run at build time) and the interface's entry
 * (browser.ts, in the browser) use; kept apart so the browser bundle carries no schemas.
 */

/** The custom format (lib/admin/front-matter.ts) every collection is read and written with. */
export const FORMAT = "run-markdown";

/** GitHub, signed in to with a personal access token, which needs no server of the site's own. */
export const BACKEND = { name: "github", branch: "main", auth_methods: ["token"] } as const;
