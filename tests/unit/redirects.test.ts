import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fileAddress, redirects } from "@/lib/content/moves";
import { siteRedirects } from "@/lib/content/site-redirects";
import { loadContent } from "@/lib/content/reader";
import { freePort, shippedConf, startNginx } from "../helpers/nginx";
import { copyRoot, PROJECT_ROOT, problemsAfter, VALID_ROOT } from "../helpers/fixtures";

/**
 * Moved and removed pages (issue 25, lib/content/moves.ts): 301 to where a page went, 410 where
 * it was taken down, from the content's git history and `earlier_addresses`, never a redirect to
 * an address that does not answer.
 */

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function git(root: string, ...args: string[]) {
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.se", ...args], {
    cwd: root,
    stdio: "ignore",
  });
}

const NETWORK = (title: string) =>
  `---\ntitle: ${title}\nsummary: Ett nätverk.\npurposes:\n  - att pröva\nparticipants: Några.\ncontact: anna-andersson\nupdated: 2024-05-01\n---\n`;

/**
 * A repository over the valid fixture where a network was renamed twice and a meeting removed,
 * each in a commit of its own.
 */
function historyRoot(): string {
  const root = copyRoot(VALID_ROOT);
  roots.push(root);
  fs.writeFileSync(path.join(root, "content/natverk/gammalt.md"), NETWORK("Nätverket"));
  git(root, "init", "-q");
  git(root, "add", "-A");
  git(root, "commit", "-qm", "först");
  git(root, "mv", "content/natverk/gammalt.md", "content/natverk/mellan.md");
  git(root, "commit", "-qm", "nytt namn");
  git(root, "mv", "content/natverk/mellan.md", "content/natverk/nytt.md");
  git(root, "commit", "-qm", "nytt namn igen");
  git(root, "rm", "-q", "content/moten/2018-10-28-run-riksdag.md");
  git(root, "commit", "-qm", "mötet tas bort");
  return root;
}

describe("redirects from the history", () => {
  it("follow renames to the last address (301) and answer removed pages with 410", () => {
    const root = historyRoot();
    const { content, problems } = loadContent(root, { includeDrafts: false });
    expect(problems).toEqual([]);
    expect(siteRedirects(root, content!)).toEqual({
      moved: [
        { from: "/natverk/gammalt", to: "/natverk/nytt" },
        { from: "/natverk/mellan", to: "/natverk/nytt" },
      ],
      gone: ["/moten/2018-10-28-run-riksdag"],
      complete: true,
    });
    // An address in use again: a new file under an old name is shown, not sent on.
    fs.writeFileSync(path.join(root, "content/natverk/mellan.md"), NETWORK("Ett nytt nätverk"));
    git(root, "add", "-A");
    git(root, "commit", "-qm", "ett nytt nätverk under ett gammalt namn");
    const again = loadContent(root, { includeDrafts: false }).content!;
    expect(siteRedirects(root, again).moved).toEqual([
      { from: "/natverk/gammalt", to: "/natverk/nytt" },
    ]);
    // A shallow clone cannot see the older moves, and says so.
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), "run-shallow-"));
    roots.push(shallow);
    git(os.tmpdir(), "clone", "-q", "--depth", "1", `file://${root}`, shallow);
    fs.cpSync(path.join(root, "public"), path.join(shallow, "public"), { recursive: true });
    const cut = loadContent(shallow, { includeDrafts: false }).content!;
    expect(siteRedirects(shallow, cut).complete).toBe(false);
  });

  it("let an address in use win, and never lead anywhere that does not answer", () => {
    const event = (from: string, to: string) => ({
      kind: "renamed" as const,
      from: `content/natverk/${from}.md`,
      to: `content/natverk/${to}.md`,
    });
    const removed = (name: string) => ({
      kind: "removed" as const,
      file: `content/natverk/${name}.md`,
    });
    const result = redirects({
      events: [
        event("a", "b"),
        event("b", "c"),
        // Renamed away and back: the address is in use again, and wins.
        event("tillbaka", "annat"),
        event("annat", "tillbaka"),
        // Renamed, and the new file later removed: nowhere to lead.
        event("x", "y"),
        removed("y"),
        // Names that could never be an address are not read at all.
        event("med mellanslag; och", "c"),
        // A loop with neither address in use.
        event("p", "q"),
        event("q", "p"),
      ],
      complete: true,
      current: new Set(["/natverk/c", "/natverk/tillbaka", "/natverk/sida"]),
      earlier: [{ from: "/natverk/gamla-sidan", to: "/natverk/sida" }],
      ended: ["/natverk/slut"],
    });
    expect(result.moved).toEqual([
      { from: "/natverk/a", to: "/natverk/c" },
      { from: "/natverk/annat", to: "/natverk/tillbaka" },
      { from: "/natverk/b", to: "/natverk/c" },
      { from: "/natverk/gamla-sidan", to: "/natverk/sida" },
    ]);
    expect(result.gone).toEqual([
      "/natverk/p",
      "/natverk/q",
      "/natverk/slut",
      "/natverk/x",
      "/natverk/y",
    ]);
    // A meeting file is a few lines: only the same text under a new name is the meeting moved.
    const meetings = redirects({
      events: [
        {
          kind: "renamed",
          from: "content/moten/2027-01-01-a.md",
          to: "content/moten/2027-01-02-a.md",
          similarity: 100,
        },
        {
          kind: "renamed",
          from: "content/moten/2027-02-01-a.md",
          to: "content/moten/2027-02-08-a.md",
          similarity: 92,
        },
      ],
      complete: true,
      current: new Set(["/moten/2027-01-02-a", "/moten/2027-02-08-a"]),
      earlier: [],
      ended: [],
    });
    expect(meetings.moved).toEqual([{ from: "/moten/2027-01-01-a", to: "/moten/2027-01-02-a" }]);
    expect(meetings.gone).toEqual(["/moten/2027-02-01-a"]);
    expect(fileAddress("content/personer/anna.md")).toBeNull();
    expect(fileAddress("content/aktuellt/nyhet.md")).toBe("/aktuellt/nyhet");
  });

  it("refuse an earlier address that is in use, the file's own, or claimed twice", () => {
    const text = fs.readFileSync(path.join(VALID_ROOT, "content/natverk/testnatverk.md"), "utf8");
    // testnatverk names its own address, a fixed page and one that another network names too.
    const withOthers = (others: string) =>
      problemsAfter({
        "content/natverk/testnatverk.md": text.replace(
          /^---\n/,
          "---\nearlier_addresses:\n  - /natverk/testnatverk\n  - /om-run\n  - /natverk/gammal\n",
        ),
        "content/natverk/annat.md": NETWORK("Annat").replace(
          /^---\n/,
          `---\nearlier_addresses:\n${others}`,
        ),
      });
    expect(withOthers("  - /natverk/gammal\n  - Natverk/Stor\n")).toContain(
      'content/natverk/annat.md:4: fältet "earlier_addresses[1]" ska vara en adress på webbplatsen, som börjar med / och har små bokstäver a–z, siffror och bindestreck, t.ex. /natverk/ikt.',
    );
    // Two files that each name the other's address would send visitors round in a circle.
    expect(
      withOthers("  - /natverk/testnatverk\n").filter((problem) =>
        problem.startsWith("content/natverk/annat.md"),
      ),
    ).toEqual([
      'content/natverk/annat.md:3: fältet "earlier_addresses[0]" "/natverk/testnatverk" används av content/natverk/testnatverk.md, och en adress som används kan inte också skicka besökare vidare. Ta bort raden.',
    ]);
    // The site's own addresses that are no pages of the content.
    expect(withOthers("  - /admin\n")).toContain(
      'content/natverk/annat.md:3: fältet "earlier_addresses[0]" "/admin" hör till webbplatsens egna adresser under /admin, som inte kan skicka besökare vidare. Ta bort raden.',
    );
    expect(withOthers("  - /natverk/gammal\n")).toEqual([
      'content/natverk/testnatverk.md:3: fältet "earlier_addresses[0]" "/natverk/testnatverk" är filens egen adress. Ta bort raden.',
      'content/natverk/testnatverk.md:4: fältet "earlier_addresses[1]" "/om-run" används av sidan /om-run, och en adress som används kan inte också skicka besökare vidare. Ta bort raden.',
      'content/natverk/testnatverk.md:5: fältet "earlier_addresses[2]" "/natverk/gammal" står redan som tidigare adress i content/natverk/annat.md; en adress kan bara leda till en sida. Ta bort raden i en av filerna.',
    ]);
  });

  it("are served by nginx with the shipped configuration: 301 to the new address, 410 with the section's page", async () => {
    const root = historyRoot();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "run-redirects-"));
    roots.push(dir);
    fs.chmodSync(dir, 0o755);
    const site = path.join(dir, "site");
    fs.mkdirSync(path.join(site, "borttagen"), { recursive: true });
    fs.writeFileSync(path.join(site, "index.html"), "<h1>Start</h1>");
    fs.writeFileSync(path.join(site, "404.html"), "<h1>Sidan finns inte</h1>");
    fs.writeFileSync(path.join(site, "borttagen/moten.html"), "<h1>Sidan är borttagen</h1>");
    const written = spawnSync("npx", ["tsx", "scripts/redirects.ts", site], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      env: { ...process.env, CONTENT_ROOT: root },
    });
    expect(written.status, written.stderr).toBe(0);
    expect(written.stdout).toContain("Redirects: 2 flyttade (301), 1 borttagna (410).");
    expect(fs.readFileSync(path.join(site, "_redirects"), "utf8")).toBe(
      "/natverk/gammalt /natverk/nytt 301\n/natverk/mellan /natverk/nytt 301\n",
    );

    const port = await freePort();
    const nginx = await startNginx(
      dir,
      shippedConf("nginx.conf", {
        "    listen 8080;": `    listen 127.0.0.1:${port};`,
        "    root /var/www/run/current;": `    root ${site};`,
        "    include run-site/redirects/*.conf;": `    include ${site}/_nginx/*.conf;`,
      }),
      [port],
    );
    try {
      const get = (address: string) =>
        fetch(`http://127.0.0.1:${port}${address}`, { redirect: "manual" });
      const moved = await get("/natverk/gammalt");
      expect(moved.status).toBe(301);
      expect(moved.headers.get("location")).toBe("/natverk/nytt");
      const gone = await get("/moten/2018-10-28-run-riksdag");
      expect(gone.status).toBe(410);
      expect(await gone.text()).toContain("Sidan är borttagen");
      expect(gone.headers.get("content-security-policy")).toContain("default-src 'self'");
      // The page that stands in for a removed one, and the redirects, have no address.
      expect((await get("/borttagen/moten")).status).toBe(404);
      expect((await get("/_nginx/redirects.conf")).status).toBe(404);
    } finally {
      await nginx.stop();
    }
    // A child process (tsx) and a server: on a busy machine this outlasts the default 20 s, and
    // a test that times out leaves its nginx running while its folder is removed.
  }, 120_000);

  it("are installed for nginx by the root's script only when every line is one the site writes", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "run-reload-"));
    roots.push(dir);
    const release = path.join(dir, "www/current/_nginx");
    fs.mkdirSync(release, { recursive: true });
    const installed = path.join(dir, "etc/redirects/redirects.conf");
    const reloaded = path.join(dir, "reloaded");
    const reload = (lines: string, test = "true") => {
      fs.writeFileSync(path.join(release, "redirects.conf"), lines);
      fs.rmSync(reloaded, { force: true });
      return spawnSync(
        "sh",
        [path.join(PROJECT_ROOT, "deploy/reload-nginx.sh"), path.join(dir, "www")],
        {
          encoding: "utf8",
          env: {
            ...process.env,
            NGINX_REDIRECTS: installed,
            NGINX_TEST: test,
            NGINX_RELOAD: `touch ${reloaded}`,
          },
        },
      );
    };
    const good =
      "# Skriven av scripts/redirects.ts\nlocation = /natverk/a { return 301 /natverk/b; }\nlocation = /moten/c { error_page 410 /borttagen/moten.html; return 410; }\n";
    expect(reload(good).status).toBe(0);
    expect(fs.readFileSync(installed, "utf8")).toBe(good);
    expect(fs.existsSync(reloaded)).toBe(true);
    // An upload that tries to give nginx anything else is refused, and nothing changes.
    for (const hostile of [
      "location = /a { alias /etc/; }\n",
      "location = /a { return 301 /b; }\n}\nserver { listen 81; }\n",
      "location = /a { return 301 https://evil.example/; }\n",
      "location = /a { return 301 /b; } access_log /etc/cron.d/x;\n",
    ]) {
      const refused = reload(good + hostile);
      expect(refused.status, hostile).toBe(1);
      expect(refused.stderr).toContain("är ingen omdirigering som webbplatsen skriver");
      expect(fs.readFileSync(installed, "utf8")).toBe(good);
      expect(fs.existsSync(reloaded)).toBe(false);
    }
    // A configuration nginx does not accept leaves the one before in place.
    const rejected = reload("location = /natverk/x { return 301 /natverk/y; }\n", "false");
    expect(rejected.status).toBe(1);
    expect(fs.readFileSync(installed, "utf8")).toBe(good);
  });
});
