import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import { loadContent } from "@/lib/content/reader";
import { RULES, type RuleInput } from "@/lib/content/rules";
import { documentFilesExist } from "@/lib/content/rules/document-files";
import { noDuplicates } from "@/lib/content/rules/duplicates";
import { oneChairOneViceChair } from "@/lib/content/rules/leadership-roles";
import { linksResolve } from "@/lib/content/rules/markdown-links";
import { municipalityCodesMatch } from "@/lib/content/rules/municipality-codes";
import { pageFilesMatchAddresses } from "@/lib/content/rules/page-files";
import { referencesExist } from "@/lib/content/rules/references";
import {
  childSections,
  ITEM_PAGES,
  MEETING_ICS_REWRITE,
  MEETING_ICS_SOURCE,
  meetingIcsHref,
  meetingIcsSource,
  navigation,
  proxyMatchers,
  ROUTES,
  startSections,
  trailTo,
  type RouteTable,
} from "@/lib/routes";
import { copyRoot, VALID_ROOT } from "../helpers/fixtures";

/** The valid fixture as a rule sees it, changed by `change`. */
function ruleInput(
  change: (content: RuleInput["content"]) => void = () => {},
  routes: RouteTable = ROUTES,
): RuleInput {
  const { content } = loadContent(VALID_ROOT, { includeDrafts: true });
  const copy = structuredClone(content!);
  change(copy);
  return {
    root: VALID_ROOT,
    content: copy,
    broken: new Set(),
    lineOf: () => undefined,
    markdownLine: () => 1,
    routes,
    pages: ITEM_PAGES,
  };
}

const run = (rule: (input: RuleInput) => ReturnType<(typeof RULES)[number]>, input: RuleInput) =>
  rule(input).map(formatProblem);

describe("each cross-file rule, alone", () => {
  it("every rule is listed once, and the valid fixture passes them all", () => {
    expect(new Set(RULES).size).toBe(11);
    for (const rule of RULES) expect(rule(ruleInput()), rule.name).toEqual([]);
  });

  it("referencesExist: a contact and who meets must exist", () => {
    const input = ruleInput((content) => {
      content.networks[0]!.contact = "bo-bergh";
      content.meetings[0]!.body = "ledningsgrupen";
    });
    expect(run(referencesExist, input)).toEqual([
      'content/natverk/testnatverk.md: fältet "contact" "bo-bergh" finns inte i content/personer/. Menade du "bo-berg"?',
      'content/moten/2018-01-26-ledningsgruppen.md: fältet "body" "ledningsgrupen" finns inte i listan över dem som möts (ledningsgruppen, run-riksdag, testnatverk, utkastnatverk). Menade du "ledningsgruppen"?',
    ]);
    // A reference to a file that exists but is broken is reported at that file only.
    expect(
      referencesExist({
        ...input,
        broken: new Set(["personer/bo-bergh", "natverk/ledningsgrupen"]),
      }),
    ).toEqual([]);
  });

  it("noDuplicates: the same member, network name, meeting or group member twice", () => {
    const input = ruleInput((content) => {
      content.members.push({ ...content.members[0]!, source: "content/medlemmar/kopia.md" });
      content.leadership!.members.push({ ...content.leadership!.members[0]! });
    });
    expect(run(noDuplicates, input)).toEqual([
      `content/medlemmar/kopia.md: Medlemmen "Åre" finns redan i content/medlemmar/are.md. Ta bort en av filerna.`,
      'content/ledningsgruppen.md: fältet "members[2].person" "anna-andersson" står redan tidigare i listan. Ta bort dubbletten.',
    ]);
  });

  it("oneChairOneViceChair: exactly one chair, at most one vice chair", () => {
    const none = ruleInput((content) => {
      content.leadership!.members[0]!.role = "ledamot";
    });
    expect(run(oneChairOneViceChair, none)).toHaveLength(1);
    const twoVice = ruleInput((content) => {
      for (const member of content.leadership!.members.slice(1)) member.role = "vice ordförande";
      content.leadership!.members.push({ person: "bo-berg", role: "vice ordförande" });
    });
    expect(run(oneChairOneViceChair, twoVice)[0]).toContain('har 2 med rollen "vice ordförande"');
  });

  it("pageFilesMatchAddresses: a missing page file, and a page file with no address", () => {
    const input = ruleInput((content) => {
      content.pages = content.pages.filter((page) => page.slug !== "moten");
      content.pages.push({ ...content.pages[0]!, slug: "extra", source: "content/sidor/extra.md" });
    });
    const found = run(pageFilesMatchAddresses, input);
    expect(found[0]).toBe(
      "content/sidor/moten.md: saknas. Adressen /moten hämtar sin rubrik, beskrivning och text härifrån.",
    );
    expect(found[1]).toMatch(/^content\/sidor\/extra\.md: har ingen adress på webbplatsen\./);
  });

  it("documentFilesExist: a file that is not in public/", () => {
    const input = ruleInput((content) => {
      content.documents[0]!.file = "/dokument/saknas.pdf";
    });
    expect(run(documentFilesExist, input)[0]).toContain(
      '"/dokument/saknas.pdf" finns inte i public/.',
    );
  });

  it("municipalityCodesMatch: a code names the municipality and its county", () => {
    const input = ruleInput((content) => {
      const are = content.members.find((member) => member.name === "Åre")!;
      are.kommunkod = "2281";
    });
    expect(run(municipalityCodesMatch, input)).toEqual([
      expect.stringContaining('"Åre" stämmer inte med kommunkoden 2281, som är Sundsvall.'),
      expect.stringContaining(
        '"Jämtland Härjedalen" stämmer inte: Sundsvall ligger i Västernorrland.',
      ),
    ]);
  });

  it("linksResolve: an address that does not exist suggests the nearest", () => {
    const input = ruleInput((content) => {
      content.pages[0]!.markdown = "[a](/om-run/ledningsgruppen)";
    });
    expect(run(linksResolve, input)[0]).toContain(
      'länkar till "/om-run/ledningsgruppen", en adress som inte finns på webbplatsen. Menade du "/om-run/ledningsgrupp"?',
    );
  });
});

describe("the table of addresses", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** One line added to the table: a fixed page below Om RUN, in the navigation too. */
  const withCalendarPage: RouteTable = {
    ...ROUTES,
    kalendarium: {
      path: "/om-run/kalendarium",
      page: "kalendarium",
      label: "Kalendarium",
      parent: "omRun",
      nav: true,
      sectionText: "Året i RUN.",
    },
  };

  it("gives navigation, breadcrumbs and section links from one entry", () => {
    expect(navigation(withCalendarPage).map((item) => item.href)).toEqual([
      "/",
      "/om-run",
      "/natverk",
      "/moten",
      "/aktuellt",
      "/om-run/kalendarium",
    ]);
    expect(trailTo("kalendarium", [], withCalendarPage)).toEqual([
      { href: "/", label: "Start" },
      { href: "/om-run", label: "Om RUN" },
      { href: "/om-run/kalendarium", label: "Kalendarium" },
    ]);
    expect(childSections("omRun", withCalendarPage).map((link) => link.href)).toContain(
      "/om-run/kalendarium",
    );
    expect(startSections(withCalendarPage).map((link) => link.href)).not.toContain(
      "/om-run/kalendarium",
    );
  });

  it("asks for the page file, and with it puts the page in the sitemap", async () => {
    expect(
      run(
        pageFilesMatchAddresses,
        ruleInput(() => {}, withCalendarPage),
      ),
    ).toEqual([
      "content/sidor/kalendarium.md: saknas. Adressen /om-run/kalendarium hämtar sin rubrik, beskrivning och text härifrån.",
    ]);
    const root = copyRoot();
    try {
      fs.writeFileSync(
        path.join(root, "content/sidor/kalendarium.md"),
        "---\ntitle: Kalendarium\ndescription: Året i RUN.\nupdated: 2026-11-25\n---\nText.\n",
      );
      // Without the entry the page file is refused; with it, it is read and in the sitemap.
      expect(loadContent(root, { includeDrafts: true }).problems.map(formatProblem)[0]).toMatch(
        /^content\/sidor\/kalendarium\.md: har ingen adress på webbplatsen\./,
      );
      vi.doMock("@/lib/routes", async () => ({
        ...(await vi.importActual<typeof import("@/lib/routes")>("@/lib/routes")),
        ROUTES: withCalendarPage,
      }));
      vi.stubEnv("CONTENT_ROOT", root);
      vi.resetModules();
      const { sitePages } = await import("@/lib/content/site-pages");
      expect(sitePages().map((page) => page.path)).toContain("/om-run/kalendarium");
    } finally {
      vi.doUnmock("@/lib/routes");
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("is what proxy.ts matches and next.config.ts rewrites, which Next reads as literal text", async () => {
    const { config } = await import("@/proxy");
    expect(config.matcher).toEqual(proxyMatchers());
    // The matcher holds each kind's pages: a kind added to ITEM_PAGES changes the list.
    expect(proxyMatchers({ ...ITEM_PAGES, events: "omRun" })).toContain(
      "/om-run/:page([a-z0-9-]+)",
    );
    expect(MEETING_ICS_SOURCE.test(meetingIcsSource("2027-03-10-ledningsgruppen"))).toBe(true);
    expect(MEETING_ICS_SOURCE.test(meetingIcsHref("2027-03-10-ledningsgruppen"))).toBe(false);
    expect(MEETING_ICS_REWRITE).toEqual({
      source: "/moten/:slug([a-z0-9-]+)\\.ics",
      destination: "/moten/:slug/kalender.ics",
    });
  });
});
