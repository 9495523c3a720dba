/**
 * Names both the configuration (config.ts, run at build time) and the interface's entry
 * (browser.ts, in the browser) use; kept apart so the browser bundle carries no schemas.
 */

/** The custom format (lib/admin/front-matter.ts) every collection is read and written with. */
export const FORMAT = "run-frontmatter";

/**
 * The repository the interface signs in to, when the build does not say (it does in GitHub
 * Actions, from GITHUB_REPOSITORY, or from CMS_REPOSITORY; scripts/admin-bundle.ts). Working
 * on a folder on the editor's own computer needs no repository name.
 */
export const REPOSITORY_PLACEHOLDER = "ORGANISATION/REPOSITORY";

/** GitHub, signed in to with a personal access token, which needs no server of the site's own. */
export const BACKEND = {
  name: "github",
  repo: REPOSITORY_PLACEHOLDER,
  branch: "main",
  auth_methods: ["token"],
} as const;
