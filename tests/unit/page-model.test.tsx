import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { formatProblem } from "@/lib/content/problems";
import { copyRoot, SITE_ROOT } from "../helpers/fixtures";

/**
 * The table of kinds and the table of addresses are the one place a kind or a fixed page is
 * said (issue 23): a throwaway kind with pages ("evenemang", below a throwaway fixed page
 * "/kalendarium") is added to the two tables only, and then found in every place that lists
 * pages. The tables are changed in this test's own copy of the modules (vi.resetModules), so
 * every default that reads them sees the change, as it would after an edit of the source.
 */

const EVENT = `---
title: Höstträff för rektorer
summary: En dag om skolutveckling för rektorer i RUN:s kommuner.
date: 2027-10-07
---
Läs också om [kalendariet](/kalendarium).

## Program

Program och anmälan kommer här.
`;

const CALENDAR_PAGE = `---
title: Kalendarium
description: Träffar och konferenser som RUN ordnar.
updated: 2026-11-30
---
Här finns RUN:s träffar. Den första är [höstträffen](/kalendarium/hosttraff-2027#program).
`;

async function withThrowawayKind(files: Record<string, string | null>) {
  vi.resetModules();
  const routes = await import("@/lib/routes");
  const kinds = await import("@/lib/content/kinds");
  // The two tables as an editor of the source would change them: one entry each (and the
  // section the kind's pages sit in).
  Object.assign(routes.ROUTES, {
    kalendarium: {
      path: "/kalendarium",
      page: "kalendarium",
      label: "Kalendarium",
      parent: "start",
      nav: true,
      shows: ["meetings"],
    },
  });
  Object.assign(routes.ITEM_PAGES, { events: "kalendarium" });
  Object.assign(kinds.KINDS, {
    events: {
      folder: "evenemang",
      label: "Evenemang",
      nameField: "title",
      schema: z
        .object({
          title: z.string(),
          summary: z.string(),
          date: z.coerce.date(),
          draft: z.boolean().default(false),
        })
        .strict(),
      hasText: true,
    },
  });
  const root = copyRoot(SITE_ROOT);
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(root, file);
    if (text === null) fs.rmSync(target, { force: true });
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    }
  }
  vi.stubEnv("CONTENT_ROOT", root);
  vi.stubEnv("NODE_ENV", "production");
  return { root, routes };
}

const THROWAWAY = {
  "content/evenemang/hosttraff-2027.md": EVENT,
  "content/sidor/kalendarium.md": CALENDAR_PAGE,
};

describe("a kind and a fixed page added to the tables only", () => {
  const roots: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
    for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
  });

  it("are read, listed, linked and framed like every other page", async () => {
    const { root, routes } = await withThrowawayKind(THROWAWAY);
    roots.push(root);
    const { loadContent } = await import("@/lib/content/reader");
    const loaded = loadContent(root, { includeDrafts: false });
    // The page check: both pages' files are read, and the links between them resolve (the
    // anchor is a heading of the event's text).
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    const content = loaded.content as unknown as Record<string, { slug: string }[]>;
    expect(content.events!.map((event) => event.slug)).toEqual(["hosttraff-2027"]);

    // Navigation and breadcrumbs.
    expect(routes.navigation()).toContainEqual({ href: "/kalendarium", label: "Kalendarium" });
    const { itemPage, pageDirectory, searchedPages, sitePages } =
      await import("@/lib/content/site-pages");
    const event = sitePages().find((page) => page.path === "/kalendarium/hosttraff-2027");
    expect(event).toMatchObject({
      title: "Höstträff för rektorer",
      description: "En dag om skolutveckling för rektorer i RUN:s kommuner.",
      source: "content/evenemang/hosttraff-2027.md",
      preview: null,
      trail: [
        { href: "/", label: "Start" },
        { href: "/kalendarium", label: "Kalendarium" },
        { href: "/kalendarium/hosttraff-2027", label: "Höstträff för rektorer" },
      ],
    });
    expect(event!.updated).toBeInstanceOf(Date);
    expect(itemPage("events" as "news", "hosttraff-2027")?.path).toBe(
      "/kalendarium/hosttraff-2027",
    );

    // The frame every page shares: breadcrumbs, the heading, "Senast uppdaterad".
    const { PageShell } = await import("@/components/layout/page-shell");
    const { getSiteFacts } = await import("@/lib/content/site-facts");
    const html = renderToStaticMarkup(
      <PageShell page={event!} facts={getSiteFacts()}>
        <p>Text</p>
      </PageShell>,
    );
    expect(html).toContain('<a href="/kalendarium">Kalendarium</a>');
    expect(html).toContain("<h1>Höstträff för rektorer</h1>");
    expect(html).toContain('<a href="/kalendarium" aria-current="true">Kalendarium</a>');
    expect(html).toContain("Senast uppdaterad");

    // The sitemap, the A–Ö list and the search index's pages.
    const { default: sitemap } = await import("@/app/sitemap");
    const urls = sitemap().map((entry) => new URL(entry.url).pathname);
    expect(urls).toEqual(expect.arrayContaining(["/kalendarium", "/kalendarium/hosttraff-2027"]));
    const directory = pageDirectory().map((entry) => entry.path);
    expect(directory).toEqual(
      expect.arrayContaining(["/kalendarium", "/kalendarium/hosttraff-2027"]),
    );
    const searched = searchedPages().map((page) => page.path);
    expect(searched).toEqual(
      expect.arrayContaining(["/kalendarium", "/kalendarium/hosttraff-2027"]),
    );
    expect(searched).not.toContain(routes.ROUTES.sok.path);

    // Taken down, its page answers 410 with a page of its own section.
    const { REMOVED_SECTIONS, removedPage } = await import("@/lib/content/moves");
    expect(REMOVED_SECTIONS).toContain("kalendarium");
    expect(removedPage("/kalendarium/hosttraff-2026")).toBe("/borttagen/kalendarium");
  });

  it("is made from the content it is given, without reading the content again", async () => {
    const { root } = await withThrowawayKind(THROWAWAY);
    roots.push(root);
    const log = path.join(root, "reads.log");
    vi.stubEnv("RUN_CONTENT_READ_LOG", log);
    const { loadContent } = await import("@/lib/content/reader");
    const { sitePages } = await import("@/lib/content/site-pages");
    const { content } = loadContent(root, { includeDrafts: false });
    expect(sitePages(content!).length).toBeGreaterThan(0);
    expect(fs.existsSync(log)).toBe(false);
  });

  it("are checked like every other page", async () => {
    const { root } = await withThrowawayKind({
      "content/evenemang/hosttraff-2027.md": EVENT.replace("/kalendarium)", "/kalendarum)"),
      "content/evenemang/Fel namn.md": EVENT,
    });
    roots.push(root);
    const { loadContent } = await import("@/lib/content/reader");
    const problems = loadContent(root, { includeDrafts: false }).problems.map(formatProblem);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/sidor\/kalendarium\.md: saknas\. Adressen \/kalendarium/),
        expect.stringMatching(
          /^content\/evenemang\/hosttraff-2027\.md.*"\/kalendarum".*Menade du "\/kalendarium"/,
        ),
        expect.stringMatching(/^content\/evenemang\/Fel namn\.md/),
      ]),
    );
  });
});
