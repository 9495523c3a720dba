import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  allowsWasm,
  contentSecurityPolicy,
  headersFile,
  inlineScriptHashes,
  isSvg,
  securityHeaders,
  SVG_POLICY,
  withScriptHashes,
} from "@/lib/security";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const page = (body: string) =>
  `<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><title>t</title></head><body>${body}</body></html>`;

describe("inline script hashes", () => {
  it("hashes the raw text of inline scripts only, once each", () => {
    const html = page(
      `<script src="/a.js" async=""></script><script>self.a=1</script>` +
        `<script type="application/ld+json">{"@type":"Organization"}</script>` +
        `<script id="_R_">self.b="</div>"</script><script>self.a=1</script>` +
        `<script type="module">import "/m.js"</script>`,
    );
    expect(inlineScriptHashes(html)).toEqual([
      sha("self.a=1"),
      sha(`self.b="</div>"`),
      sha(`import "/m.js"`),
    ]);
  });

  it("hashes what the browser sees: line breaks as LF", () => {
    expect(inlineScriptHashes(page("<script>a=1\r\nb=2\rc=3</script>"))).toEqual([
      sha("a=1\nb=2\nc=3"),
    ]);
  });
});

describe("withScriptHashes", () => {
  it("puts the page's policy right after <meta charset>, before any script", () => {
    const html = withScriptHashes(page("<script>self.a=1</script>"));
    expect(html).toContain(
      `<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self' ${sha("self.a=1")}"/><title>`,
    );
  });

  it("refuses a page it cannot make safe, or one that already has a policy", () => {
    expect(() => withScriptHashes("<html><head><script>x</script></head></html>")).toThrow(
      /meta charset/,
    );
    expect(() => withScriptHashes(`<script>x</script><meta charSet="utf-8"/>`)).toThrow(
      /meta charset/,
    );
    expect(() => withScriptHashes(withScriptHashes(page("")))).toThrow(/already/);
  });
});

describe("the header policy", () => {
  it("allows no inline styles and no eval in production, only in next dev", () => {
    const production = contentSecurityPolicy();
    expect(production).toContain("style-src 'self';");
    expect(production).not.toContain("unsafe-eval");
    const dev = contentSecurityPolicy({ dev: true });
    expect(dev).toContain("style-src 'self' 'unsafe-inline';");
    expect(dev).toContain("'unsafe-eval'");
  });
});

describe("the static export's headers", () => {
  it("allow scripts from this origin only, with no inline script", () => {
    expect(contentSecurityPolicy({ staticExport: true })).toContain("script-src 'self';");
    expect(contentSecurityPolicy({ staticExport: true })).not.toContain("unsafe-inline");
    expect(contentSecurityPolicy()).toContain("script-src 'self' 'unsafe-inline';");
  });

  it("are written as a _headers file: every header for every address, the policy page by page", () => {
    const file = headersFile(["/", "/moten", "/sok"]);
    const lines = file.split("\n");
    expect(lines[0]).toBe("/*");
    const general = lines.slice(1, lines.indexOf("/"));
    for (const { key, value } of securityHeaders({ staticExport: true })) {
      if (key === "Content-Security-Policy")
        expect(general.some((line) => line.includes(key))).toBe(false);
      else expect(general).toContain(`  ${key}: ${value}`);
    }
    const strict = `  Content-Security-Policy: ${contentSecurityPolicy({ staticExport: true })}`;
    const search = `  Content-Security-Policy: ${contentSecurityPolicy({ staticExport: true, wasm: true })}`;
    expect(file).toContain(
      `/\n${strict}\n/moten\n${strict}\n/sok\n${search}\n/pagefind/*\n${search}\n`,
    );
    expect(file).toContain("/*.ics\n  Content-Type: text/calendar; charset=utf-8");
  });
});

describe("WebAssembly for search", () => {
  it("is allowed on the search page and Pagefind's files only", () => {
    expect(allowsWasm("/sok")).toBe(true);
    expect(allowsWasm("/pagefind/pagefind.js")).toBe(true);
    for (const path of ["/", "/moten", "/sok/extra", "/sokning", "/om-run/pagefind"])
      expect(allowsWasm(path), path).toBe(false);
    expect(contentSecurityPolicy({ wasm: true })).toContain("'wasm-unsafe-eval'");
    expect(contentSecurityPolicy()).not.toContain("wasm");
  });

  it("the search page's meta policy allows it too, and no other page's", () => {
    const page = (body: string) =>
      `<html><head><meta charSet="utf-8"/></head><body>${body}</body></html>`;
    expect(withScriptHashes(page('<div data-search="">'))).toContain(
      "script-src 'self' 'wasm-unsafe-eval'",
    );
    expect(withScriptHashes(page("<div>"))).not.toContain("wasm");
  });
});

describe("SVG files", () => {
  it("get a policy that runs, loads and frames nothing, and the other headers as they are", () => {
    for (const directive of ["default-src 'none'", "frame-ancestors 'none'", "sandbox"])
      expect(SVG_POLICY).toContain(directive);
    expect(SVG_POLICY).not.toMatch(/script-src|'self'; script|unsafe-eval|https?:/);
    const svg = securityHeaders({ svg: true, staticExport: true });
    expect(svg.find(({ key }) => key === "Content-Security-Policy")?.value).toBe(SVG_POLICY);
    expect(svg.filter(({ key }) => key !== "Content-Security-Policy")).toEqual(
      securityHeaders({ staticExport: true }).filter(
        ({ key }) => key !== "Content-Security-Policy",
      ),
    );
    for (const path of ["/icon.svg", "/bilder/Karta.SVG", "/a.svg?v=1"])
      expect(isSvg(path), path).toBe(true);
    for (const path of ["/moten", "/a.svgz", "/a.svg/x", "/svg"])
      expect(isSvg(path), path).toBe(false);
  });

  it("get it in _headers and from nginx too", () => {
    expect(headersFile(["/"])).toContain(`/*.svg\n  Content-Security-Policy: ${SVG_POLICY}\n`);
    // The maps are shared by deploy/nginx.conf and deploy/nginx-https.conf.
    const nginx = ["deploy/run-site/maps.conf", "deploy/run-site/server.conf"]
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    expect(nginx).toContain(`    ~*\\.svg$         "${SVG_POLICY}";`);
    // Chosen in the map, so no location adds headers of its own and drops the others.
    expect(nginx).not.toMatch(/location[^{]*svg/);
  });
});
