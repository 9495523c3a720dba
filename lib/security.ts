import { createHash } from "node:crypto";
import { ROUTES } from "./routes";

/**
 * The site's security headers, in one place: `next.config.ts` sends them from `next start`,
 * `deploy/nginx.conf` repeats them for the static export (a test compares the two; SVG files get
 * SVG_POLICY on every server), and
 * `scripts/hash-inline-scripts.ts` tightens script-src page by page.
 */

/**
 * Where search runs Pagefind's WebAssembly: the search page and Pagefind's own files (a worker
 * gets its file's header policy). Only these may compile WebAssembly ('wasm-unsafe-eval');
 * every other address keeps the strict policy.
 */
const PAGEFIND = "/pagefind/";
export const WASM_SOURCES = [ROUTES.sok.path, `${PAGEFIND}:path*`] as const;

export function allowsWasm(path: string): boolean {
  const pathname = path.split(/[?#]/)[0]!;
  return pathname === ROUTES.sok.path || pathname.startsWith(PAGEFIND);
}

/**
 * SVG files are documents of their own when opened directly (an editor's image in `public/`,
 * the site's icon), and a script in one would run on this origin. The content check refuses
 * SVG with scripts, event handlers or embedded HTML (lib/content/rules/active-files.ts); this
 * policy makes sure nothing in one runs or loads anyway: no script, plugin, frame or request,
 * and a sandbox that gives the document an origin of its own. Inline styles and embedded
 * (`data:`) images stay: drawing programs write SVG with both.
 */
export const SVG_POLICY =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

/** The addresses that get SVG_POLICY: every file ending in .svg, in any case. */
export const SVG_SOURCE = "/:path*.svg";

export function isSvg(path: string): boolean {
  return /\.svg$/i.test(path.split(/[?#]/)[0]!);
}

/**
 * The editing interface (/admin, Sveltia CMS: public/admin/ and lib/admin/). It is a web app of
 * its own, so it has a policy of its own, given here and only to these addresses: its scripts
 * from this origin only, as everywhere; the inline styles its components set; pictures it makes
 * in the browser (data:, blob:) and editors' GitHub pictures; and GitHub's API, which it reads
 * and writes the repository through once an editor has signed in. Nothing else: its fonts,
 * languages and chunks come from this origin (scripts/admin-bundle.ts).
 */
export const ADMIN_SOURCES = ["/admin", "/admin/:path*"] as const;

export function isAdmin(path: string): boolean {
  const pathname = path.split(/[?#]/)[0]!;
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

/** Hosts the editing interface talks to, and only it. */
const GITHUB_API = "https://api.github.com";
const GITHUB_AVATARS = "https://avatars.githubusercontent.com";

/** The policy options for an address, as the export's servers give them (nginx, _headers). */
export function policyFor(path: string): Pick<PolicyOptions, "wasm" | "admin" | "svg"> {
  return { wasm: allowsWasm(path), admin: isAdmin(path), svg: isSvg(path) };
}

export interface PolicyOptions {
  /** `next dev`, which is never deployed. */
  dev?: boolean;
  /**
   * The static export, which carries no framework JavaScript and no inline script at all
   * (scripts/strip-framework.ts), so its policy allows only script files from this origin.
   */
  staticExport?: boolean;
  /** The search page and its files (see WASM_SOURCES). */
  wasm?: boolean;
  /** The editing interface (see ADMIN_SOURCES). */
  admin?: boolean;
  /** An SVG file (see SVG_POLICY); the other options do not apply to it. */
  svg?: boolean;
}

/**
 * The header policy: only this site's own origin, no plugins, no framing.
 *
 * Under `next start`, Next.js boots React with inline scripts in every prerendered page, and
 * nonces would make every page dynamic, so the header alone allows inline scripts. Every built
 * page then carries a second policy in a `<meta>` tag that lists the SHA-256 hashes of exactly
 * its own inline scripts (see `withScriptHashes`). A browser enforces both policies, so only
 * those scripts run. The static export has no inline scripts, so its header says
 * `script-src 'self'` and nothing more. `next dev` needs 'unsafe-eval' and inline styles for
 * React's and Next's development tooling (its error overlay and hot reloading).
 */
export function contentSecurityPolicy({
  dev = false,
  staticExport = false,
  wasm = false,
  admin = false,
  svg = false,
}: PolicyOptions = {}): string {
  if (svg) return SVG_POLICY;
  // The editing interface is a static page with no inline script, under next start too.
  if (admin)
    return [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      `img-src 'self' data: blob: ${GITHUB_AVATARS}`,
      "font-src 'self'",
      `connect-src 'self' data: ${GITHUB_API}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; ");
  const wasmSource = wasm ? " 'wasm-unsafe-eval'" : "";
  return [
    "default-src 'self'",
    staticExport
      ? `script-src 'self'${wasmSource}`
      : `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}${wasmSource}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(options: PolicyOptions = {}): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  ];
}

/** Script types a browser executes; anything else (JSON-LD, say) is a data block. */
const EXECUTABLE_TYPES = new Set(["", "text/javascript", "module", "application/javascript"]);

/** Inline `<script>` elements as the browser's parser sees them: attributes and raw text. */
function inlineScripts(html: string): { attributes: string; text: string }[] {
  const scripts: { attributes: string; text: string }[] = [];
  // A script's text is raw: it ends at the first `</script`, whatever comes before it.
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script/gi)) {
    const attributes = match[1] ?? "";
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.trim().toLowerCase() ?? "";
    if (!EXECUTABLE_TYPES.has(type)) continue;
    // The HTML parser turns CR LF and lone CR into LF before a script sees its text.
    scripts.push({ attributes, text: (match[2] ?? "").replace(/\r\n?/g, "\n") });
  }
  return scripts;
}

/** The CSP source expressions ('sha256-…') of a page's inline scripts, in page order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = inlineScripts(html).map(
    ({ text }) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`,
  );
  return [...new Set(hashes)];
}

export const SCRIPT_POLICY_MARKER = 'http-equiv="Content-Security-Policy"';

/**
 * The page with a `<meta>` policy that allows its own inline scripts and scripts from this
 * origin, and nothing else. It goes right after `<meta charset>`, before any script, because a
 * meta policy covers only what follows it. Throws on a page it cannot place it in safely.
 */
export function withScriptHashes(html: string): string {
  if (html.includes(SCRIPT_POLICY_MARKER)) throw new Error("the page already has a meta policy");
  const charset = /<meta charSet="utf-8"\/>/i.exec(html);
  const firstScript = html.search(/<script\b/i);
  if (!charset || (firstScript !== -1 && firstScript < charset.index))
    throw new Error("no <meta charset> before the first script");
  // The search page compiles Pagefind's WebAssembly; a browser enforces this policy too.
  const wasm = /\sdata-search=""/.test(html) ? ["'wasm-unsafe-eval'"] : [];
  const policy = ["script-src 'self'", ...wasm, ...inlineScriptHashes(html)].join(" ");
  const meta = `<meta ${SCRIPT_POLICY_MARKER} content="${policy}"/>`;
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * The `_headers` file that Netlify and Cloudflare Pages read, from the same headers as
 * `next start` and deploy/nginx.conf. Both hosts combine the headers of every rule that matches
 * an address, so a second policy for the search page would be added to the first, not replace
 * it. So every header but the policy goes to all addresses, and the policy is given address by
 * address: each page (`pages`, from the export), with WebAssembly allowed only for search.
 * https://docs.netlify.com/routing/headers/
 */
export function headersFile(pages: readonly string[]): string {
  const policy = (path: string) =>
    `  Content-Security-Policy: ${contentSecurityPolicy({ staticExport: true, ...policyFor(path) })}`;
  const lines = [
    "/*",
    ...securityHeaders({ staticExport: true })
      .filter(({ key }) => key !== "Content-Security-Policy")
      .map(({ key, value }) => `  ${key}: ${value}`),
  ];
  for (const path of [...pages].sort()) lines.push(path, policy(path));
  lines.push("/pagefind/*", policy("/pagefind/"));
  lines.push("/admin/*", policy("/admin/"));
  // No page rule matches a .svg address (and /admin/ has no SVG file), so this is the only
  // policy an SVG file gets.
  lines.push("/*.svg", `  Content-Security-Policy: ${SVG_POLICY}`);
  lines.push("/*.ics", "  Content-Type: text/calendar; charset=utf-8");
  lines.push("/_next/static/*", "  Cache-Control: public, max-age=31536000, immutable");
  lines.push("/_assets/*", "  Cache-Control: public, max-age=31536000, immutable");
  return `${lines.join("\n")}\n`;
}
