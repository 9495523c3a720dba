import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { MEETING_ICS_SOURCE, REMOVED_PAGES } from "./lib/routes";

/**
 * Next.js 16.4 answers 500 to an address with broken percent-encoding (`/natverk/%E0%A4%A`)
 * under a route with a parameter: its fallback for a DecodeError fails in an App Router
 * project. No address of this site can contain such a sequence, so it is a bad request: 400,
 * before routing. It also answers the addresses of removed pages with 410 (lib/content/moves.ts).
 * Only addresses with a `%` in them, the internal address of a meeting's calendar file and the
 * pages of the files of every kind with pages (ITEM_PAGES in lib/routes.ts) pass through here;
 * every other request is untouched. (A proxy cannot take TRACE requests, so `TRACE` with a `%`
 * in the address still gets 500; without a proxy in the way Next answers TRACE with 405.) A
 * static export has no server; nginx answers these with 400 itself.
 */
export function proxy(request: NextRequest) {
  const { pathname } = new URL(request.url);
  // A page that was taken down (lib/content/moves.ts): 410, with its section's page, as nginx.
  const removed = REMOVED[pathname];
  if (removed) {
    // The build's own page, read from where it prerendered it (not fetched over the network,
    // whose address behind a proxy is not this server's).
    const page = readFileSync(
      path.join(
        process.cwd(),
        process.env.NEXT_DIST_DIR || ".next",
        "server/app",
        `${removed}.html`,
      ),
    );
    return new NextResponse(page, {
      status: 410,
      headers: { "Content-Type": "text/html; charset=utf-8" },
    });
  }
  // The page that stands in for removed ones has no address of its own, as under nginx.
  if (pathname.startsWith(`${REMOVED_PAGES}/`)) {
    return new NextResponse("Sidan finns inte.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  // Where a meeting's calendar file is written, not its address (see meetingIcsSource in
  // lib/routes.ts): the export has no such file, so neither has the server.
  if (MEETING_ICS_SOURCE.test(pathname)) {
    return new NextResponse("Sidan finns inte.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  try {
    decodeURIComponent(new URL(request.url).pathname);
  } catch {
    return new NextResponse("Adressen är felaktig.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}

/** Removed address → the page it answers with (next.config.ts writes it at build time). */
const REMOVED: Record<string, string> = JSON.parse(process.env.RUN_REMOVED || "{}");

// The matcher sees the address as sent, still percent-encoded. The pages of the sections whose
// pages can be removed pass through too, for their 410 (page addresses only, never a file
// such as /moten/kalender.ics; a TRACE request to such a page gets 500 under `next start`, as
// above, where nginx answers 405). Next reads the matcher as literal text only: this is
// proxyMatchers() in lib/routes.ts, and tests/unit/routes-and-rules.test.ts holds the two equal.
export const config = {
  matcher: [
    "/:path(.*%.*)",
    "/moten/:meeting/kalender.ics",
    "/natverk/:page([a-z0-9-]+)",
    "/moten/:page([a-z0-9-]+)",
    "/aktuellt/:page([a-z0-9-]+)",
    "/borttagen/:section([a-z0-9-]+)",
  ],
};
