import { beforeAll, describe, expect, it } from "vitest";
import { VALID_ROOT } from "../helpers/fixtures";

// The getters read the content root from the environment, once per process.
beforeAll(() => {
  process.env.CONTENT_ROOT = VALID_ROOT;
});

describe("content getters on the valid fixture", () => {
  it("reads a page by its address", async () => {
    const { getPage } = await import("@/lib/content/pages");
    const page = getPage("omRun");
    expect(page.title).toBe("Om RUN");
    expect(page.source).toBe("content/sidor/om-run.md");
    expect(page.markdown).toContain("## Uppdrag");
    expect(page.updated.toISOString()).toBe("2024-05-16T22:00:00.000Z");
  });

  it("lists networks in Swedish order, drafts included outside production", async () => {
    const { getNetworks, getNetwork, getNetworkSlugs } = await import("@/lib/content/networks");
    expect(getNetworkSlugs()).toEqual(["testnatverk", "utkastnatverk"]);
    expect(getNetworks()[1]?.draft).toBe(true);
    const network = getNetwork("testnatverk");
    expect(network?.purposes).toEqual(["att pröva", "att lära"]);
    expect(network?.contact).toBe("bo-berg");
    expect(getNetwork("finns-inte")).toBeUndefined();
  });

  it("finds people by slug", async () => {
    const { getPerson } = await import("@/lib/content/people");
    expect(getPerson("anna-andersson")).toMatchObject({
      name: "Anna Andersson",
      title: "Rektor",
      organisation: "Testkommun",
      email: "anna.andersson@example.se",
    });
    expect(() => getPerson("ingen")).toThrow("content/personer/ingen.md");
  });

  it("groups members by county in a fixed order, universities last", async () => {
    const { getMemberGroups, getMembers } = await import("@/lib/content/members");
    expect(getMembers().map((member) => member.name)).toEqual([
      "Ljusdal",
      "Lärosätet",
      "Sundsvall",
      "Åre",
    ]);
    expect(
      getMemberGroups().map((group) => [group.heading, group.members.map((m) => m.name)]),
    ).toEqual([
      ["Västernorrland", ["Sundsvall"]],
      ["Jämtland Härjedalen", ["Åre"]],
      ["Gävleborg", ["Ljusdal"]],
      ["Lärosäte", ["Lärosätet"]],
    ]);
  });

  it("resolves the leadership group's people", async () => {
    const { getLeadershipMembers } = await import("@/lib/content/leadership");
    const members = getLeadershipMembers();
    expect(members.map((member) => [member.person.name, member.role, member.represents])).toEqual([
      ["Anna Andersson", "ordförande", "Lärosätet"],
      ["Bo Berg", "ledamot", undefined],
    ]);
  });

  it("gives meetings as instants and as views for pages", async () => {
    const { getMeetings, getMeetingViews, meetingBody } = await import("@/lib/content/meetings");
    const meetings = getMeetings();
    expect(meetings.map((meeting) => meeting.slug)).toEqual([
      "2018-01-26-ledningsgruppen",
      "2018-05-03-testnatverk",
      "2018-10-28-run-riksdag",
      "2019-03-01-utkast",
    ]);
    expect(meetingBody(meetings[1]!)).toEqual({
      name: "Testnätverk",
      href: "/natverk/testnatverk",
    });
    expect(meetingBody(meetings[2]!)).toEqual({
      name: "RUN-riksdag",
      href: "/om-run/organisation",
    });
    const [view] = getMeetingViews("ledningsgruppen");
    expect(view).toMatchObject({
      bodyName: "Ledningsgruppen",
      startsAt: "2018-01-26T09:00:00+01:00",
      endsAt: "2018-01-26T12:00:00+01:00",
      dateText: "fredag 26 januari 2018",
      timeText: "kl. 09.00–12.00",
      year: 2018,
      form: "bildkonferens",
      icsHref: "/moten/2018-01-26-ledningsgruppen.ics",
    });
  });

  it("lists documents newest period first, with their files", async () => {
    const { getDocuments, formatPeriod } = await import("@/lib/content/documents");
    const documents = getDocuments();
    expect(
      documents.map((document) => [document.title, formatPeriod(document.period), document.file]),
    ).toEqual([
      ["Avtal för perioden 2017-2019", "2017–2019", "/dokument/avtal.pdf"],
      ["Handlingsplan 2018", "2018", undefined],
    ]);
  });

  it("lists every address for the sitemap", async () => {
    const { sitePages } = await import("@/lib/content/site-pages");
    const paths = sitePages().map((page) => page.path);
    expect(paths).toEqual([
      "/",
      "/om-run",
      "/om-run/organisation",
      "/om-run/medlemmar",
      "/om-run/ledningsgrupp",
      "/natverk",
      "/moten",
      "/om-run/dokument",
      "/aktuellt",
      "/kontakt",
      "/om-webbplatsen",
      "/lattlast",
      "/in-english",
      "/tillganglighet",
      "/sok",
      "/natverk/testnatverk",
      "/moten/2018-01-26-ledningsgruppen",
      "/moten/2018-05-03-testnatverk",
      "/moten/2018-10-28-run-riksdag",
    ]);
  });

  it("reads content once per process", async () => {
    const { getContent } = await import("@/lib/content/reader");
    expect(getContent()).toBe(getContent());
  });
});

describe("last updated", () => {
  it("is the newest commit among a page's files, else the page's own date", async () => {
    const { lastUpdated } = await import("@/lib/content/pages");
    const base = {
      slug: "x",
      source: "content/sidor/x.md",
      markdown: "",
      updated: new Date("2020-01-01"),
    };
    expect(lastUpdated({ ...base, committedAt: null })).toEqual(new Date("2020-01-01"));
    expect(
      lastUpdated({ ...base, committedAt: new Date("2021-01-01") }, [
        { ...base, committedAt: new Date("2022-03-04") },
        { ...base, committedAt: null },
      ]),
    ).toEqual(new Date("2022-03-04"));
  });
});
