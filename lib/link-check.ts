import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { findFiles } from "./content/files";
import { readContentFile } from "./content/parse";
import type { Problem } from "./content/problems";
import { collectLinks } from "./markdown/links";

/**
 * The weekly check of external links (scripts/check-links.ts, .github/workflows/links.yml):
 * every web address in the content, where it stands, and what its server answers now.
 * Webbriktlinjer R26: links should lead where they say. It never runs inside `npm test`
 * against the internet; tests point it at servers on loopback.
 */

/** Where an address is written: a file, its line, and the field when it is in front matter. */
export interface Place {
  file: string;
  line?: number;
  field?: string;
}

const WEB_ADDRESS = /^https?:\/\/[^\s]+$/i;

/** "members", 2, "website" → "members[2].website", as the check names fields. */
function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === "number" ? `[${key}]` : `${index ? "." : ""}${String(key)}`,
    )
    .join("");
}

/**
 * Every external address in the content under `root` (drafts too), each with every place it
 * is written: links in Markdown texts, and every front-matter value that is a web address
 * (members' websites and any other field). Files the check cannot read are left out here;
 * `npm run check` reports them.
 */
export function externalLinks(root: string): Map<string, Place[]> {
  const links = new Map<string, Place[]>();
  const add = (url: string, place: Place) => {
    const places = links.get(url) ?? [];
    places.push(place);
    links.set(url, places);
  };
  for (const found of findFiles(root)?.found ?? []) {
    const raw = readContentFile(root, found.absolute, []);
    if (!raw) continue;
    const walk = (value: unknown, path: PropertyKey[]) => {
      if (typeof value === "string" && WEB_ADDRESS.test(value.trim())) {
        add(value.trim(), { file: raw.file, line: raw.lineOf(path), field: fieldName(path) });
      } else if (Array.isArray(value)) {
        value.forEach((item, index) => walk(item, [...path, index]));
      } else if (value && typeof value === "object" && !(value instanceof Date)) {
        for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
      }
    };
    walk(raw.data, []);
    for (const link of collectLinks(raw.markdown)) {
      if (!/^https?:\/\//i.test(link.url)) continue;
      add(link.url, {
        file: raw.file,
        line: link.line === undefined ? undefined : raw.markdownLine + link.line - 1,
      });
    }
  }
  return links;
}

export type Verdict =
  | { kind: "ok" }
  /** Moved for good (301, 308): the address to write instead. */
  | { kind: "moved"; to: string }
  | { kind: "broken"; reason: string };

export interface CheckOptions {
  /** How long one request may take, in milliseconds. */
  timeout: number;
  userAgent: string;
  /** Redirects followed before giving up. */
  maxRedirects?: number;
  /** For tests: how names are looked up. */
  lookup?: LookupFunction;
}

type Answer = { status: number; location: string | undefined } | { error: NodeJS.ErrnoException };

/** One request; the body is never read. */
function request(url: URL, method: "HEAD" | "GET", options: CheckOptions): Promise<Answer> {
  return new Promise((resolve) => {
    const client = url.protocol === "https:" ? https : http;
    const outgoing = client.request(
      url,
      {
        method,
        headers: { "user-agent": options.userAgent, accept: "*/*" },
        lookup: options.lookup,
        agent: false,
      },
      (response) => {
        resolve({ status: response.statusCode ?? 0, location: response.headers.location });
        response.destroy();
      },
    );
    const timer = setTimeout(() => {
      const error: NodeJS.ErrnoException = new Error("timeout");
      error.code = "TIMEOUT";
      outgoing.destroy(error);
    }, options.timeout);
    outgoing.once("error", (error: NodeJS.ErrnoException) => resolve({ error }));
    outgoing.once("close", () => clearTimeout(timer));
    outgoing.end();
  });
}

/** HEAD, and GET where a server does not take HEAD (405, 501) or the HEAD request fails. */
async function ask(url: URL, options: CheckOptions): Promise<Answer> {
  const head = await request(url, "HEAD", options);
  if ("error" in head) {
    // A name that does not exist will not exist for GET either.
    if (head.error.code === "ENOTFOUND") return head;
    return request(url, "GET", options);
  }
  if (head.status === 405 || head.status === 501) return request(url, "GET", options);
  return head;
}

const STATUS_WORDS: Record<number, string> = {
  400: "servern förstår inte frågan",
  401: "sidan kräver inloggning",
  403: "servern nekar åtkomst",
  404: "sidan finns inte",
  410: "sidan är borttagen",
  429: "servern tar inte emot fler frågor just nu",
  500: "fel på servern",
  502: "fel på servern",
  503: "servern är inte tillgänglig",
  504: "servern svarar inte i tid",
};

function networkReason(error: NodeJS.ErrnoException, timeout: number): string {
  switch (error.code) {
    case "ENOTFOUND":
      return "namnet finns inte (DNS), så adressen leder ingenstans";
    case "EAI_AGAIN":
      return "namnet kunde inte slås upp (DNS svarade inte)";
    case "ECONNREFUSED":
      return "servern tar inte emot anslutningar";
    case "TIMEOUT":
      return `servern svarar inte inom ${(timeout / 1000).toLocaleString("sv-SE")} sekunder`;
    case "ECONNRESET":
      return "servern bryter anslutningen";
    default:
      if (error.code?.startsWith("CERT_") || error.code?.includes("SELF_SIGNED"))
        return "webbplatsens certifikat godtas inte";
      return `adressen kan inte nås (${error.code ?? error.message})`;
  }
}

/** What an address answers now, following redirects. */
export async function checkLink(address: string, options: CheckOptions): Promise<Verdict> {
  const maxRedirects = options.maxRedirects ?? 10;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { kind: "broken", reason: "adressen kan inte läsas" };
  }
  url.hash = "";
  const seen = new Set<string>([url.href]);
  // Only a chain that starts with a permanent redirect says the address itself has moved.
  let permanent: boolean | null = null;
  for (let hops = 0; ; hops++) {
    const answer = await ask(url, options);
    if ("error" in answer)
      return { kind: "broken", reason: networkReason(answer.error, options.timeout) };
    const { status, location } = answer;
    if (status >= 300 && status < 400 && location) {
      permanent ??= status === 301 || status === 308;
      const next = new URL(location, url);
      next.hash = "";
      if (seen.has(next.href))
        return { kind: "broken", reason: "adressen skickar runt i en slinga" };
      if (hops >= maxRedirects)
        return { kind: "broken", reason: `adressen skickar vidare mer än ${maxRedirects} gånger` };
      seen.add(next.href);
      url = next;
      continue;
    }
    if (status >= 400) {
      const words =
        STATUS_WORDS[status] ?? (status >= 500 ? "fel på servern" : "sidan kan inte visas");
      return { kind: "broken", reason: `svarar ${status} (${words})` };
    }
    if (permanent) return { kind: "moved", to: url.href };
    return { kind: "ok" };
  }
}

/** Runs `work` on every item, at most `limit` at a time, in the items' order of results. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function withoutFragment(address: string): string {
  try {
    const url = new URL(address);
    url.hash = "";
    return url.href;
  } catch {
    return address;
  }
}

/** The editor's message for an address that needs looking at, or null when it is fine. */
export function linkMessage(address: string, verdict: Verdict): string | null {
  if (verdict.kind === "ok") return null;
  if (verdict.kind === "moved")
    return `länkar till ${address}, som har flyttat för gott: uppdatera adressen till ${verdict.to}`;
  return `länkar till ${address}, men ${verdict.reason}. Rätta adressen eller ta bort länken.`;
}

/**
 * Every address in the content checked once (`concurrency` at a time), and one warning for
 * each place a broken or moved address is written, in file and line order.
 */
export async function checkExternalLinks(
  root: string,
  options: CheckOptions & { concurrency: number },
): Promise<{ checked: number; warnings: Problem[] }> {
  const links = externalLinks(root);
  // One request per address: the part after # is never sent, so it makes no new address.
  const requested = [...new Set([...links.keys()].map(withoutFragment))].sort();
  const verdicts = new Map(
    (await pool(requested, options.concurrency, (address) => checkLink(address, options))).map(
      (verdict, index) => [requested[index]!, verdict],
    ),
  );
  const warnings: Problem[] = [];
  for (const [address, places] of links) {
    const message = linkMessage(address, verdicts.get(withoutFragment(address))!);
    if (message) for (const place of places) warnings.push({ ...place, message });
  }
  warnings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { checked: requested.length, warnings };
}
