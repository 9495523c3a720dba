import { NextResponse, type NextRequest } from "next/server";

/**
 * Next.js 16.4 answers 500 to an address with broken percent-encoding (`/natverk/%E0%A4%A`)
 * under a route with a parameter: its fallback for a DecodeError fails in an App Router
 * project. No address of this site can contain such a sequence, so it is a bad request: 400,
 * before routing. Only addresses with a `%` in them, and the internal address of a meeting's
 * calendar file, pass through here; every other request is untouched. (A proxy cannot take TRACE requests, so `TRACE` with a `%` in the address still
 * gets 500; without a proxy in the way Next answers TRACE with 405.) A static export has no
 * server; nginx answers these with 400 itself.
 */
export function proxy(request: NextRequest) {
  // Where a meeting's calendar file is written, not its address (see meetingIcsSource in
  // lib/routes.ts): the export has no such file, so neither has the server.
  if (MEETING_ICS_SOURCE.test(new URL(request.url).pathname)) {
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

const MEETING_ICS_SOURCE = /^\/moten\/[^/]+\/kalender\.ics$/;

// The matcher sees the address as sent, still percent-encoded.
export const config = { matcher: ["/:path(.*%.*)", "/moten/:meeting/kalender.ics"] };
