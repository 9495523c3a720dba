import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SITE_ROOT } from "../helpers/fixtures";

async function shellHtml() {
  const { PageShell } = await import("@/components/layout/page-shell");
  const { getSiteFacts } = await import("@/lib/content/site-facts");
  return renderToStaticMarkup(
    <PageShell
      facts={getSiteFacts()}
      page={{
        path: "/om-run",
        title: "Om RUN",
        updated: new Date("2026-11-22T12:00:00Z"),
        source: "content/sidor/om-run.md",
      }}
    >
      <p>Text</p>
    </PageShell>,
  );
}

describe("the page shell", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("puts the skip link first, one h1, the date in Swedish and the footer's contact", async () => {
    vi.stubEnv("CONTENT_ROOT", SITE_ROOT);
    const html = await shellHtml();
    expect(html.indexOf('class="skip-link"')).toBeLessThan(html.indexOf("<header"));
    expect(html.match(/<h1>/g)).toHaveLength(1);
    // The date comes from git (or the file's `updated`), so only its form is pinned here.
    expect(html).toMatch(
      /Senast uppdaterad <time dateTime="\d{4}-\d{2}-\d{2}">\d{1,2} [a-zé]+ \d{4}<\/time>/,
    );
    expect(html).toContain('<a href="/om-run" aria-current="page">Om RUN</a>');
    expect(html).toContain("mailto:lena.bostrom@miun.se");
    expect(html).toContain('href="/tillganglighet"');
  });

  it("links 'Föreslå en ändring' to the page's file only when the setting is there", async () => {
    vi.stubEnv("CONTENT_ROOT", SITE_ROOT);
    expect(await shellHtml()).not.toContain("Föreslå en ändring");
    vi.resetModules();
    vi.stubEnv("EDIT_BASE_URL", "https://github.com/run/webbplats/edit/main/");
    expect(await shellHtml()).toContain(
      '<a href="https://github.com/run/webbplats/edit/main/content/sidor/om-run.md">Föreslå en ändring</a>',
    );
  });
});
