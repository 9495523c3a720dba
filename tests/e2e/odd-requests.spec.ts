import http from "node:http";
import { expect, test } from "@playwright/test";

/**
 * Strange requests, sent as raw as possible (a URL object would tidy the path first). Each must
 * get a 4xx, never a 5xx or a stack trace, from `next start` and from nginx serving the export.
 */
type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function send(baseURL: string, method: string, path: string): Promise<Answer> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, method, path }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

const LEAKS = /node_modules|\/work\/|\bat .+:\d+:\d+|Error:|stack/i;

const ODD_PATHS = [
  // Path traversal, plain and encoded
  "/../../etc/passwd",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/..%2f..%2f..%2fetc%2fpasswd",
  "/_next/static/..%2f..%2f..%2fpackage.json",
  "/_next/static/../../../package.json",
  "/moten/..%5c..%5cpackage.json",
  // Encoded slashes, broken and odd encodings
  "/om-run%2fledningsgrupp",
  "/%2F%2Fevil.example",
  "/%",
  "/%00",
  "/natverk/%E0%A4%A",
  "/moten/%ZZ.ics",
  // Very long paths
  `/${"a".repeat(4000)}`,
  `/om-run/${"b/".repeat(1500)}x`,
  `/${"c".repeat(20000)}`,
  // Unknown addresses nested under real ones
  "/om-run/ledningsgrupp/finns-inte",
  "/natverk/regionalt-ikt-natverk/x/y",
  "/moten/kalender.ics/extra",
  "/moten/kalender.ics/..%2f..%2fpackage.json",
  "/moten/finns-inte.ics",
  "/moten/2018-01-26-ledningsgruppen",
  // Files that are not part of the site
  "/.git/config",
  "/.env",
  "/package.json",
  "/next.config.ts",
  "/content/sidor/om-run.md",
  "/index.html",
  "/_not-found",
];

test("odd addresses get a 4xx with no stack trace", async ({ baseURL }) => {
  for (const path of ODD_PATHS) {
    const answer = await send(baseURL!, "GET", path);
    const label = `GET ${path.slice(0, 60)}`;
    expect(answer.status, label).toBeGreaterThanOrEqual(400);
    expect(answer.status, label).toBeLessThan(500);
    expect(answer.body, label).not.toMatch(LEAKS);
    expect(answer.body, label).not.toContain("root:");
  }
});

test("a trailing slash redirects to the address without it, on this site", async ({ baseURL }) => {
  for (const path of ["/moten/", "/om-run/ledningsgrupp/"]) {
    const answer = await send(baseURL!, "GET", path);
    expect(answer.status, path).toBe(308);
    expect(new URL(answer.headers.location!, baseURL).href).toBe(
      new URL(path.slice(0, -1), baseURL).href,
    );
  }
  // Not an open redirect: a path that looks like another host stays on this one.
  const answer = await send(baseURL!, "GET", "//evil.example/");
  expect(answer.status).toBe(308);
  expect(answer.headers.location).toMatch(/^\/[^/]/);
});

test("pages and files answer only GET and HEAD", async ({ baseURL }) => {
  for (const path of ["/", "/moten", "/om-run/ledningsgrupp", "/moten/kalender.ics"]) {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) {
      const answer = await send(baseURL!, method, path);
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(answer.body, `${method} ${path}`).not.toMatch(LEAKS);
      expect(answer.headers["content-security-policy"], `${method} ${path}`).toBeTruthy();
    }
    expect((await send(baseURL!, "HEAD", path)).status, `HEAD ${path}`).toBe(200);
  }
  // Unknown addresses stay unknown whatever the method.
  const post = await send(baseURL!, "POST", "/finns-inte");
  expect([404, 405]).toContain(post.status);
});
