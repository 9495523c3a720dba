import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { lastCommitDates } from "@/lib/content/git-dates";
import { fileHistory } from "@/lib/content/git-history";
import { loadContent } from "@/lib/content/reader";
import { copyRoot, VALID_ROOT } from "../helpers/fixtures";

const git = (cwd: string, args: string[], date?: string) =>
  execFileSync("git", args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Redaktör",
      GIT_AUTHOR_EMAIL: "r@example.se",
      GIT_COMMITTER_NAME: "Redaktör",
      GIT_COMMITTER_EMAIL: "r@example.se",
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });

describe("last commit dates", () => {
  it("are the last commit that changed each file, read in one go", () => {
    const root = copyRoot();
    try {
      git(root, ["init", "-q"]);
      git(root, ["add", "."]);
      git(root, ["commit", "-qm", "först"], "2024-01-10T10:00:00+01:00");
      fs.appendFileSync(path.join(root, "content/sidor/om-run.md"), "\nMer text.\n");
      git(root, ["commit", "-qam", "sedan"], "2024-06-02T09:30:00+02:00");
      const dates = lastCommitDates(fileHistory(root));
      expect(dates.get("content/sidor/om-run.md")?.toISOString()).toBe("2024-06-02T07:30:00.000Z");
      expect(dates.get("content/sidor/start.md")?.toISOString()).toBe("2024-01-10T09:00:00.000Z");
      const { content } = loadContent(root, { includeDrafts: false });
      const page = content?.pages.find((candidate) => candidate.slug === "om-run");
      expect(page?.committedAt?.toISOString()).toBe("2024-06-02T07:30:00.000Z");
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("are absent without git, so pages fall back to their front matter", () => {
    const root = copyRoot();
    try {
      expect(lastCommitDates(fileHistory(root)).size).toBe(0);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("drafts", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("are left out of a production build's addresses and shown, marked, in development", async () => {
    vi.stubEnv("CONTENT_ROOT", VALID_ROOT);
    vi.stubEnv("NODE_ENV", "production");
    const production = await import("@/lib/content/site-pages");
    expect(production.sitePages().map((page) => page.path)).not.toContain("/natverk/utkastnatverk");
    const { getMeetings } = await import("@/lib/content/meetings");
    expect(getMeetings().map((meeting) => meeting.slug)).not.toContain("2019-03-01-utkast");

    vi.stubEnv("NODE_ENV", "development");
    vi.resetModules();
    const { getNetworks, toNetworkView } = await import("@/lib/content/networks");
    const { NetworkDirectory } = await import("@/components/network-directory");
    const html = renderToStaticMarkup(
      NetworkDirectory({ networks: getNetworks().map(toNetworkView) }),
    );
    expect(html).toMatch(/Utkastnätverk<\/a> <strong class="draft-badge">Utkast<\/strong>/);
    expect(html).not.toMatch(/Testnätverk<\/a> <strong/);
  });
});
