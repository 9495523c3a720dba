import { NextResponse, type NextRequest } from "next/server";

/**
 * Next.js 16.4 answers 500 to an address whose percent-encoding is broken (`/natverk/%E0%A4%A`)
 * when it falls under a route with a parameter (its fallback for a DecodeError fails in an
 * App Router project). No address of this site can contain such a
 * sequence, so it is a bad request: 400, before routing. Only addresses with a `%` in them
 * pass through here, so every other request is untouched (and a proxy cannot take TRACE
 * requests: Next answers those with 405 as long as no proxy runs). A static export has no
 * server; nginx answers these with 400 itself.
 */
export function proxy(request: NextRequest) {
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

// The matcher sees the address as sent, still percent-encoded.
export const config = { matcher: ["/:path(.*%.*)"] };
