import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { NO_NEWS } from "@/lib/content/news";
import { newsHref } from "@/lib/routes";
import { PROJECT_ROOT } from "../helpers/fixtures";

/**
 * With no news, a static export still needs one page for the news route (lib/content/news.ts);
 * the export step after `next build` leaves it out, so its address is unknown like any other.
 */
it("the export publishes no placeholder page for an empty news list", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "run-no-news-"));
  try {
    const page =
      "<!doctype html><html><head><title>x</title></head><body><main>x</main></body></html>";
    const placeholder = path.join(out, `${newsHref(NO_NEWS)}.html`);
    fs.mkdirSync(path.dirname(placeholder), { recursive: true });
    fs.writeFileSync(placeholder, page);
    fs.writeFileSync(path.join(out, "index.html"), page);
    fs.mkdirSync(path.join(out, "_next"));
    const result = spawnSync(
      path.join(PROJECT_ROOT, "node_modules/.bin/tsx"),
      ["scripts/strip-framework.ts", out],
      { cwd: PROJECT_ROOT, encoding: "utf8" },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(fs.existsSync(placeholder)).toBe(false);
    expect(fs.existsSync(path.join(out, "index.html"))).toBe(true);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
