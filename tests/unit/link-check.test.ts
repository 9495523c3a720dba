import fs from "node:fs";
import http from "node:http";
import type { LookupFunction } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkExternalLinks, externalLinks, pool } from "@/lib/link-check";
import { copyRoot } from "../helpers/fixtures";
import { freePort } from "../helpers/nginx";

/**
 * The external link check against servers on loopback only: one that answers every case the
 * check must tell apart, a port nobody listens on, and a name that does not exist.
 */
let server: http.Server;
let base: string;
let refused: string;
const seen: { method: string; path: string; agent: string }[] = [];
let inFlight = 0;
let mostInFlight = 0;
const hanging: http.ServerResponse[] = [];

const ROUTES: Record<string, (response: http.ServerResponse, method: string) => void> = {
  "/ok": (response) => response.writeHead(200).end(),
  "/gammal": (response) => response.writeHead(301, { location: "/mellan" }).end(),
  "/mellan": (response) => response.writeHead(308, { location: `${base}/ok` }).end(),
  "/tillfallig": (response) => response.writeHead(302, { location: "/ok" }).end(),
  "/saknas": (response) => response.writeHead(404).end(),
  "/borttagen": (response) => response.writeHead(410).end(),
  "/trasig": (response) => response.writeHead(500).end(),
  "/slinga-a": (response) => response.writeHead(302, { location: "/slinga-b" }).end(),
  "/slinga-b": (response) => response.writeHead(302, { location: "/slinga-a" }).end(),
  "/bara-get": (response, method) => response.writeHead(method === "HEAD" ? 405 : 200).end(),
  // Never answers; the check's timeout ends it.
  "/langsam": (response) => void hanging.push(response),
};

/** Names: "webb.test" is this machine; every other name does not exist. */
const lookup: LookupFunction = (hostname, options, callback) => {
  if (hostname !== "webb.test") {
    const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
    error.code = "ENOTFOUND";
    callback(error, "", 0);
  } else if (options.all) callback(null, [{ address: "127.0.0.1", family: 4 }]);
  else callback(null, "127.0.0.1", 4);
};

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const route = (request.url ?? "/").split("?")[0]!;
    seen.push({
      method: request.method ?? "",
      path: route,
      agent: request.headers["user-agent"] ?? "",
    });
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    response.once("close", () => inFlight--);
    (ROUTES[route] ?? ((answer) => answer.writeHead(404).end()))(response, request.method ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://webb.test:${typeof address === "object" && address ? address.port : 0}`;
  refused = `http://127.0.0.1:${await freePort()}`;
});

afterAll(async () => {
  for (const response of hanging) response.destroy();
  await new Promise((resolve) => server.close(resolve));
});

/** A copy of the valid fixture with a page of links and a member whose website has moved. */
function contentWithLinks(): string {
  const root = copyRoot();
  const member = path.join(root, "content/medlemmar/sundsvall.md");
  fs.writeFileSync(
    member,
    fs.readFileSync(member, "utf8").replace("https://sundsvall.se", `${base}/gammal`),
  );
  fs.writeFileSync(
    path.join(root, "content/sidor/lankar.md"),
    [
      "---",
      "title: Länkar",
      `description: En sida med länkar`,
      "---",
      "",
      `Se [start](${base}/ok) och [samma igen](${base}/ok#mitten).`,
      "",
      `- [Flyttad](${base}/gammal)`,
      `- [Tillfälligt flyttad](${base}/tillfallig)`,
      `- [Saknas](${base}/saknas)`,
      `- [Borttagen](${base}/borttagen)`,
      `- [Trasig](${base}/trasig)`,
      `- [Slinga](${base}/slinga-a)`,
      `- [Bara GET](${base}/bara-get)`,
      `- [Långsam](${base}/langsam)`,
      `- [Stängd](${refused}/)`,
      `- [Okänt namn](http://finns-inte.test/sida)`,
      `- [Intern länk](/om-run), [e-post](mailto:info@example.se)`,
      "",
    ].join("\n"),
  );
  return root;
}

describe("externalLinks", () => {
  it("finds links in texts and web addresses in front matter, with file and line", () => {
    const root = contentWithLinks();
    const links = externalLinks(root);
    expect(links.get(`${base}/gammal`)).toEqual([
      { file: "content/medlemmar/sundsvall.md", line: 6, field: "website" },
      { file: "content/sidor/lankar.md", line: 8 },
    ]);
    expect(links.get(`${base}/ok#mitten`)).toEqual([{ file: "content/sidor/lankar.md", line: 6 }]);
    expect(links.get("https://www.miun.se")).toEqual([
      { file: "content/medlemmar/larosatet.md", line: 4, field: "website" },
    ]);
    expect([...links.keys()].filter((url) => !/^https?:/.test(url))).toEqual([]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe("checkExternalLinks", () => {
  it("reports each broken or moved address where it is written, in Swedish, in bounded time", async () => {
    const root = contentWithLinks();
    // Only this machine's addresses: the fixture's real websites are left out.
    for (const member of ["are", "larosatet", "ljusdal"])
      fs.rmSync(path.join(root, `content/medlemmar/${member}.md`));
    const started = performance.now();
    const { checked, warnings } = await checkExternalLinks(root, {
      timeout: 300,
      concurrency: 4,
      userAgent: "RUN-webbplatsen-lankkontroll (+https://run.example.se)",
      lookup,
    });
    const elapsed = performance.now() - started;
    fs.rmSync(root, { recursive: true, force: true });

    const lines = warnings.map(
      ({ file, line, field, message }) => `${file}:${line}${field ? ` ${field}` : ""}: ${message}`,
    );
    expect(lines).toEqual([
      `content/medlemmar/sundsvall.md:6 website: länkar till ${base}/gammal, som har flyttat för gott: uppdatera adressen till ${base}/ok`,
      `content/sidor/lankar.md:8: länkar till ${base}/gammal, som har flyttat för gott: uppdatera adressen till ${base}/ok`,
      `content/sidor/lankar.md:10: länkar till ${base}/saknas, men svarar 404 (sidan finns inte). Rätta adressen eller ta bort länken.`,
      `content/sidor/lankar.md:11: länkar till ${base}/borttagen, men svarar 410 (sidan är borttagen). Rätta adressen eller ta bort länken.`,
      `content/sidor/lankar.md:12: länkar till ${base}/trasig, men svarar 500 (fel på servern). Rätta adressen eller ta bort länken.`,
      `content/sidor/lankar.md:13: länkar till ${base}/slinga-a, men adressen skickar runt i en slinga. Rätta adressen eller ta bort länken.`,
      `content/sidor/lankar.md:15: länkar till ${base}/langsam, men servern svarar inte inom 0,3 sekunder. Rätta adressen eller ta bort länken.`,
      `content/sidor/lankar.md:16: länkar till ${refused}/, men servern tar inte emot anslutningar. Rätta adressen eller ta bort länken.`,
      `content/sidor/lankar.md:17: länkar till http://finns-inte.test/sida, men namnet finns inte (DNS), så adressen leder ingenstans. Rätta adressen eller ta bort länken.`,
    ]);
    // Eleven addresses (the one with #mitten is the same address as /ok).
    expect(checked).toBe(11);
    // One request per address: HEAD, and GET only where HEAD is refused or gets no answer.
    const requests = (route: string) =>
      seen.filter(({ path }) => path === route).map(({ method }) => method);
    expect(requests("/ok")).toEqual(["HEAD", "HEAD", "HEAD"]); // itself, after /mellan, after /tillfallig
    expect(requests("/bara-get")).toEqual(["HEAD", "GET"]);
    expect(requests("/langsam")).toEqual(["HEAD", "GET"]);
    expect(requests("/saknas")).toEqual(["HEAD"]);
    expect(new Set(seen.map(({ agent }) => agent))).toEqual(
      new Set(["RUN-webbplatsen-lankkontroll (+https://run.example.se)"]),
    );
    expect(mostInFlight).toBeLessThanOrEqual(4);
    // Two timeouts of 0.3 s one after the other, and everything else at once.
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe("pool", () => {
  it("runs at most the limit at once and keeps the items' order", async () => {
    let running = 0;
    let most = 0;
    const results = await pool([5, 1, 4, 2, 3, 0], 2, async (item) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
      return item * 2;
    });
    expect(results).toEqual([10, 2, 8, 4, 6, 0]);
    expect(most).toBe(2);
  });
});
