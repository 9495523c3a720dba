import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRoot, PROJECT_ROOT } from "../helpers/fixtures";

/**
 * The real content passes `npm run check`; broken copies of real files make both
 * `npm run check` and `next build` fail with a message naming the file, so nothing broken is
 * ever published.
 */

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(command, args, {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    // The build sets NODE_ENV itself; vitest's "test" must not leak into it.
    env: { ...process.env, NODE_ENV: "production", ...env } as NodeJS.ProcessEnv,
    timeout: 240_000,
  });

let broken: string;

beforeAll(() => {
  broken = copyRoot(PROJECT_ROOT);
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
    expect(result.stdout).toMatch(/^Innehållet är giltigt: \d+ filer kontrollerade/);
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
    expect(result.stderr).toContain("content/personer/eva-fors.md:3: YAML-fel");
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
    const result = run("npm", ["run", "-s", "build"], {
      CONTENT_ROOT: broken,
      NEXT_DIST_DIR: ".next-unused",
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("content/personer/eva-fors.md");
    expect(fs.existsSync(path.join(PROJECT_ROOT, ".next-unused"))).toBe(false);
  });
});
