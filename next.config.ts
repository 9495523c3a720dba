import type { NextConfig } from "next";
import { ADMIN_SOURCES, securityHeaders, WASM_SOURCES } from "./lib/security";

/** `npm run export` builds the same site as plain files in `out/` for any web server or CDN. */
const isExport = process.env.NEXT_OUTPUT === "export";

const nextConfig: NextConfig = {
  output: isExport ? "export" : undefined,
  poweredByHeader: false,
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
        async rewrites() {
          return [
            { source: "/moten/:slug([a-z0-9-]+)\\.ics", destination: "/moten/:slug/kalender.ics" },
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
          ];
        },
      }),
};

export default nextConfig;
