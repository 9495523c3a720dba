import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRoot, PROJECT_ROOT, SITE_ROOT } from "../helpers/fixtures";

/**
 * The real content passes `npm run check`; broken copies of real files make both
 * `npm run check` and `next build` fail with a message naming the file, so nothing broken is
 * ever published.
 */

const run = (
  command: string,
  args: string[],
  env: Record<string, string> = {},
  cwd: string = PROJECT_ROOT,
) =>
  spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    // The build sets NODE_ENV itself; vitest's "test" must not leak into it. Annotations are
    // asked for explicitly below, whether or not the tests themselves run in GitHub Actions.
    env: {
      ...process.env,
      NODE_ENV: "production",
      GITHUB_ACTIONS: "",
      ...env,
    } as NodeJS.ProcessEnv,
    timeout: 240_000,
  });

const CHECK = path.join(PROJECT_ROOT, "scripts/check-content.ts");
// Run from the content's own root, as CI runs it from the repository's; npx would not find tsx.
const TSX = path.join(PROJECT_ROOT, "node_modules/.bin/tsx");

let broken: string;

beforeAll(() => {
  broken = copyRoot(SITE_ROOT);
  const write = (file: string, change: (text: string) => string) => {
    const target = path.join(broken, file);
    fs.writeFileSync(target, change(fs.readFileSync(target, "utf8")));
  };
  write("content/natverk/regionalt-ikt-natverk.md", (text) =>
    text.replace("summary:", "sammanfattning:"),
  );
  write("content/moten/2018-02-14-ledningsgruppen.md", (text) =>
    text.replace("2018-02-14", "2018-02-31"),
  );
  write("content/personer/eva-fors.md", (text) =>
    text.replace("name: Eva Fors", 'name: "Eva Fors'),
  );
});

afterAll(() => fs.rmSync(broken, { recursive: true, force: true }));

describe("npm run check", () => {
  it("passes on the real content", () => {
    const result = run("npm", ["run", "-s", "check"]);
    expect(result.stderr).toBe(result.status === 0 ? result.stderr : "");
    expect(result.status).toBe(0);
    // It counts every file it read: each content file, the single files included (the guide,
    // content/README.md, is not content).
    const files = fs
      .readdirSync(path.join(PROJECT_ROOT, "content"), { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".md") && name !== "README.md");
    expect(result.stdout).toMatch(
      new RegExp(`^Innehållet är giltigt: ${files.length} filer kontrollerade`),
    );
  });

  it("fails on broken copies of real files, naming every file", () => {
    const result = run("npm", ["run", "-s", "check", "--", broken]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Innehållet har 3 problem:");
    expect(result.stderr).toContain(
      'content/natverk/regionalt-ikt-natverk.md:3: fältet "sammanfattning" är okänt — menade du "summary"?',
    );
    expect(result.stderr).toContain(
      'content/moten/2018-02-14-ledningsgruppen.md:3: fältet "date" "2018-02-31" är inget datum som finns.',
    );
    expect(result.stderr).toContain("content/personer/eva-fors.md:2: YAML-fel");
  });
});

describe("npm run check for a forge", () => {
  it("prints one GitHub workflow command per problem, on the file and line, in GitHub Actions", () => {
    const result = run(TSX, [CHECK], { GITHUB_ACTIONS: "true" }, broken);
    expect(result.status).toBe(1);
    const commands = result.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(commands).toEqual([
      '::error file=content/moten/2018-02-14-ledningsgruppen.md,line=3,title=Fel i innehållet::fältet "date" "2018-02-31" är inget datum som finns. Kontrollera dag och månad.',
      '::error file=content/natverk/regionalt-ikt-natverk.md,line=3,title=Fel i innehållet::fältet "sammanfattning" är okänt — menade du "summary"?',
      '::error file=content/personer/eva-fors.md,line=2,title=Fel i innehållet::YAML-fel: ett citattecken eller en parentes är inte stängd. Rad 2: «name: "Eva Fors». Skriv varje fält som "namn: värde" på en egen rad, och listor som rader som börjar med "- ".',
    ]);
    // Outside GitHub Actions there are no workflow commands.
    expect(run(TSX, [CHECK], {}, broken).stdout).not.toContain("::error");
  });

  it("prints the findings as JSON with --json, for any other forge", () => {
    const result = run(TSX, [CHECK, "--json"], {}, broken);
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(findings).toHaveLength(3);
    expect(findings[1]).toEqual({
      severity: "error",
      file: "content/natverk/regionalt-ikt-natverk.md",
      line: 3,
      field: "sammanfattning",
      message: 'är okänt — menade du "summary"?',
    });
    for (const finding of findings)
      expect(Object.keys(finding).sort()).toEqual(["field", "file", "line", "message", "severity"]);
  });

  it("lists a page past its review-by date as a warning and still passes", () => {
    const root = copyRoot(SITE_ROOT);
    try {
      const file = path.join(root, "content/sidor/medlemmar.md");
      fs.writeFileSync(
        file,
        fs.readFileSync(file, "utf8").replace(/^updated: .*$/m, "$&\nreview_by: 2019-06-30"),
      );
      const summary = path.join(root, "summary.md");
      const text = run(
        TSX,
        [CHECK],
        { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary },
        root,
      );
      expect(text.status).toBe(0);
      expect(text.stdout).toContain("Innehållet är giltigt");
      expect(text.stdout).toContain(
        'content/sidor/medlemmar.md:5: fältet "review_by" är 30 juni 2019, och den dagen har passerat.',
      );
      expect(text.stdout).toMatch(
        /^::warning file=content\/sidor\/medlemmar\.md,line=5,title=Innehåll att se över::fältet "review_by" är 30 juni 2019/m,
      );
      expect(fs.readFileSync(summary, "utf8")).toContain(
        '- `content/sidor/medlemmar.md:5`: fältet "review_by" är 30 juni 2019',
      );
      const json = run(TSX, [CHECK, "--json"], {}, root);
      expect(json.status).toBe(0);
      expect(JSON.parse(json.stdout)).toContainEqual(
        expect.objectContaining({
          severity: "warning",
          file: "content/sidor/medlemmar.md",
          line: 5,
        }),
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the production build", () => {
  it("refuses broken content even when the check is skipped", () => {
    const distDir = ".next-broken-test";
    try {
      const result = run("npx", ["next", "build"], {
        CONTENT_ROOT: broken,
        NEXT_DIST_DIR: distDir,
      });
      expect(result.status).not.toBe(0);
      const output = result.stdout + result.stderr;
      expect(output).toContain("content/natverk/regionalt-ikt-natverk.md");
      expect(output).toContain("content/moten/2018-02-14-ledningsgruppen.md");
    } finally {
      fs.rmSync(path.join(PROJECT_ROOT, distDir), { recursive: true, force: true });
    }
  }, 240_000);

  it("npm run build stops at the check, before building", () => {
    const unused = `.next-unused-${process.pid}-${Date.now()}`;
    const result = run("npm", ["run", "-s", "build"], {
      CONTENT_ROOT: broken,
      NEXT_DIST_DIR: unused,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("content/personer/eva-fors.md");
    expect(fs.existsSync(path.join(PROJECT_ROOT, unused))).toBe(false);
  });
});
