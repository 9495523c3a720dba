/**
 * The editing interface at /admin: Sveltia CMS from the npm package, bundled by
 * scripts/admin-bundle.ts, with the site's file format (front-matter.ts) and in Swedish.
 * Its configuration is /admin/config.yml, generated from the schemas (config.ts).
 */
import "./manual-init";
import CMS from "@sveltia/cms";
import { BACKEND, FORMAT } from "./config-names";
import { fromFile, toFile } from "./front-matter";

/** The repository to sign in to, set at build time (scripts/admin-bundle.ts). */
declare const RUN_CMS_REPOSITORY: string;

CMS.registerCustomFormat(FORMAT, "md", { fromFile, toFile });
void CMS.init(
  RUN_CMS_REPOSITORY
    ? {
        config: {
          backend: {
            ...BACKEND,
            auth_methods: [...BACKEND.auth_methods],
            repo: RUN_CMS_REPOSITORY,
          },
        },
      }
    : undefined,
);
