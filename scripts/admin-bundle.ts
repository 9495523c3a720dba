/**
 * Before `next build`: the editing interface's files in public/admin/cms/ (not committed), from
 * the npm package @sveltia/cms, so that /admin loads nothing from another host. Next copies
 * public/ into the export and serves it under `next start`.
 *
 * The package's npm build is bundled with esbuild from lib/admin/browser.ts. Its fonts are read
 * from `assets/` beside the bundle (they are copied there); its languages and Shiki's grammars
 * become chunks loaded only when asked for. Shiki colours code in code blocks, which the form
 * does not offer (lib/admin/config.ts), so its 300 grammars are left out but Markdown's and
 * YAML's.
 *
 * Usage: tsx scripts/admin-bundle.ts
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { build, type Plugin } from "esbuild";

const out = path.resolve(__dirname, "../public/admin/cms");
const pkg = path.resolve(__dirname, "../node_modules/@sveltia/cms");

const KEPT_GRAMMARS = new Set(["markdown", "yaml"]);

/** Shiki's grammars but the kept ones: an empty list of grammars each. */
const fewerGrammars: Plugin = {
  name: "fewer-grammars",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@shikijs\/langs\/[^/]+$/ }, (args) => {
      const name = args.path.slice("@shikijs/langs/".length);
      return KEPT_GRAMMARS.has(name) ? undefined : { path: name, namespace: "no-grammar" };
    });
    esbuild.onLoad({ filter: /.*/, namespace: "no-grammar" }, () => ({
      contents: "export default [];",
      loader: "js",
    }));
  },
};

const NPM_BUILD = /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/;
const FONT_URL =
  /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * What the package's npm build still fetches from other hosts when it starts, rewritten: its
 * stylesheet names its fonts on a CDN (they are the files copied into assets/), and the sign-in
 * page asks githubstatus.com whether GitHub is up (it is told "no known problem" instead, so the
 * page shows no status notice). And new files' names follow the guide's rule for å, ä and ö. A
 * rewrite that no longer finds its text fails the build, so a new
 * version of the package is looked at rather than let out to the CDN.
 */
function selfHosted(fonts: readonly string[]): Plugin {
  return {
    name: "self-hosted",
    setup(esbuild) {
      esbuild.onLoad({ filter: NPM_BUILD }, (args) => {
        let code = readFileSync(args.path, "utf8");
        let found = 0;
        code = code.replace(FONT_URL, (url, family: string, subset: string) => {
          const file = fonts.find((name) => name.startsWith(`${family}-${subset}-`));
          if (!file) throw new Error(`admin-bundle: no font file for ${url}`);
          found += 1;
          return `/admin/cms/assets/${file}`;
        });
        if (found === 0) throw new Error("admin-bundle: the package's fonts were not found");
        const status = "https://www.githubstatus.com/api/v2/status.json";
        if (!code.includes(status))
          throw new Error("admin-bundle: GitHub's status check was not found");
        code = code.replace(status, 'data:application/json,{"status":{"indicator":"none"}}');
        // New files' names: å, ä and ö become a, a and o, the guide's rule (Swedish rules of the
        // transliteration). The package takes them only for an entry in Swedish, and entries here
        // have no language; otherwise "Nätverk för läsfrämjande" became "naetverk-foer-…".
        const transliteration = /locale:(\w+)&&(\w+)\.includes\(\1\)\?\1:void 0/g;
        const locales = code.match(transliteration)?.length ?? 0;
        if (locales !== 1)
          throw new Error(
            `admin-bundle: the file names' transliteration was found ${locales} times`,
          );
        code = code.replace(transliteration, 'locale:"sv"');
        return { contents: code, loader: "js" };
      });
    },
  };
}

async function main(): Promise<void> {
  const fonts = readdirSync(path.join(pkg, "npm/assets")).filter((name) => name.endsWith(".woff2"));
  rmSync(out, { recursive: true, force: true });
  const result = await build({
    entryPoints: { cms: path.resolve(__dirname, "../lib/admin/browser.ts") },
    bundle: true,
    splitting: true,
    format: "esm",
    target: "es2022",
    minify: true,
    outdir: out,
    chunkNames: "[name]-[hash]",
    legalComments: "none",
    logLevel: "warning",
    plugins: [fewerGrammars, selfHosted(fonts)],
    define: {
      RUN_CMS_REPOSITORY: JSON.stringify(
        process.env.CMS_REPOSITORY ?? process.env.GITHUB_REPOSITORY ?? "",
      ),
    },
  });
  if (result.errors.length > 0) process.exit(1);
  mkdirSync(path.join(out, "assets"), { recursive: true });
  for (const name of fonts)
    cpSync(path.join(pkg, "npm/assets", name), path.join(out, "assets", name));
  console.log(
    `Admin: Sveltia CMS in ${path.relative(process.cwd(), out)} with ${fonts.length} fonts.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
