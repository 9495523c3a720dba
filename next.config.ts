import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { removedPage, type Redirects } from "./lib/content/moves";
import { siteRedirects } from "./lib/content/site-redirects";
import { contentRoot, getContent } from "./lib/content/reader";
import { ContentError } from "./lib/content/problems";
import { MEETING_ICS_REWRITE } from "./lib/routes";
import { ADMIN_SOURCES, securityHeaders, SVG_SOURCE, WASM_SOURCES } from "./lib/security";

/** `npm run export` builds the same site as plain files in `out/` for any web server or CDN. */
const isExport = process.env.NEXT_OUTPUT === "export";

/**
 * The redirects of moved and removed pages (lib/content/moves.ts), worked out once per build:
 * `next start` answers the moved ones with 301 (redirects below) and the removed ones with 410
 * and their section's page (proxy.ts, which gets them through RUN_REMOVED). The export writes
 * the same for nginx and other hosts (scripts/redirects.ts).
 */
let redirects: Redirects | undefined;

const nextConfig: NextConfig = {
  output: isExport ? "export" : undefined,
  poweredByHeader: false,
  // `next build` type-checks the whole project each time. The test suite builds five times and
  // checks the types once, in its own step (`npm run typecheck`), so its builds say
  // TYPES_CHECKED=1 and skip the repeat; every other build still checks.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === "1" },
  reactStrictMode: true,
  // Tests build broken content into a folder of their own, beside the real build. (An export
  // always builds in `.next` and writes its files to `out/`, so it replaces a server build.)
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A static export has no server to send headers; deploy/nginx.conf sends the same ones.
  ...(isExport
    ? {}
    : {
        // A meeting's calendar file is written beside its page (lib/routes.ts, meetingIcsSource);
        // the export moves it to this address instead (scripts/meeting-calendars.ts).
        async redirects() {
          return (redirects?.moved ?? []).map(({ from, to }) => ({
            source: from,
            destination: to,
            statusCode: 301 as const,
          }));
        },
        async rewrites() {
          return [
            MEETING_ICS_REWRITE,
            // The editing interface is a static page in public/admin/ (nginx: try_files).
            { source: "/admin", destination: "/admin/index.html" },
          ];
        },
        async headers() {
          const dev = process.env.NODE_ENV === "development";
          return [
            { source: "/:path*", headers: securityHeaders({ dev }) },
            // The later rule's policy replaces the first one's: WebAssembly for search only.
            ...WASM_SOURCES.map((source) => ({
              source,
              headers: securityHeaders({ dev, wasm: true }),
            })),
            // The editing interface's own policy (lib/security.ts, ADMIN_SOURCES).
            ...ADMIN_SOURCES.map((source) => ({
              source,
              headers: securityHeaders({ admin: true }),
            })),
            // SVG files, from public/ or the site's icon, run nothing (lib/security.ts, SVG_POLICY).
            { source: SVG_SOURCE, headers: securityHeaders({ dev, svg: true }) },
          ];
        },
      }),
};

/**
 * A production build reads and validates the content before it compiles anything, so broken
 * content stops `next build` within seconds, naming every file, even when `npm run check` was
 * skipped (the pages would refuse it too, but only after a minute of compiling).
 */
export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) {
    try {
      redirects = siteRedirects(contentRoot(), getContent());
      if (!redirects.complete)
        console.warn(
          "redirects: git-historiken är ofullständig (grund kloning), så äldre flyttade och borttagna sidor kan saknas.",
        );
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      // The Swedish list of problems alone, without a stack trace an editor cannot use.
      console.error(error.message);
      process.exit(1);
    }
    if (!isExport)
      return {
        ...nextConfig,
        env: {
          RUN_REMOVED: JSON.stringify(
            Object.fromEntries(redirects.gone.map((address) => [address, removedPage(address)])),
          ),
        },
      };
  }
  return nextConfig;
}
