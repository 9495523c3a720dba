import { afterEach, describe, expect, it, vi } from "vitest";
import { atomXml, escapeXml, type AtomEntry, type AtomFeed } from "@/lib/feeds/atom";
import { readAtom } from "../helpers/atom";
import { SITE_ROOT, VALID_ROOT } from "../helpers/fixtures";

const SITE = "https://run.example.se";

function entry(n: number, title = `Nyhet ${n}`): AtomEntry {
  return {
    id: `${SITE}/aktuellt/nyhet-${n}`,
    title,
    url: `${SITE}/aktuellt/nyhet-${n}`,
    published: new Date(Date.UTC(2018, 3, n)),
    updated: new Date(Date.UTC(2018, 4, n, 10)),
    summary: `Sammanfattning ${n}.`,
    html: `<p>Text ${n} med <a href="${SITE}/om-run">länk</a>.</p>`,
  };
}

function feed(entries: AtomEntry[]): AtomFeed {
  return {
    id: `${SITE}/aktuellt`,
    title: "RUN: Aktuellt",
    pageUrl: `${SITE}/aktuellt`,
    selfUrl: `${SITE}/aktuellt/flode.atom`,
    author: "RUN – Regionalt utvecklingsnätverk",
    lang: "sv",
    updatedWithoutEntries: new Date("2026-11-26T09:00:00Z"),
    entries,
  };
}

describe("the Atom feed (RFC 4287), read by a feed parser", () => {
  it("with no news: a valid feed without entries, dated by the news page", () => {
    const parsed = readAtom(atomXml(feed([])));
    expect(parsed.type).toBe("atom");
    expect(parsed.title).toBe("RUN: Aktuellt");
    expect(parsed.items).toEqual([]);
    expect(parsed.updated?.toISOString()).toBe("2026-11-26T09:00:00.000Z");
    expect(parsed.self).toBe(`${SITE}/aktuellt/flode.atom`);
  });

  it("with one item: its id, absolute link, dates, summary and content", () => {
    const parsed = readAtom(atomXml(feed([entry(23)])));
    expect(parsed.items).toEqual([
      {
        id: `${SITE}/aktuellt/nyhet-23`,
        title: "Nyhet 23",
        url: `${SITE}/aktuellt/nyhet-23`,
        published: new Date("2018-04-23T00:00:00Z"),
        updated: new Date("2018-05-23T10:00:00Z"),
        description: "Sammanfattning 23.",
        content: `<p>Text 23 med <a href="${SITE}/om-run">länk</a>.</p>`,
      },
    ]);
    expect(parsed.updated?.toISOString()).toBe("2018-05-23T10:00:00.000Z");
  });

  it("with many items: every id unique and the same when built again; the feed's date is the newest", () => {
    const entries = [3, 2, 1].map((n) => entry(n));
    const first = readAtom(atomXml(feed(entries)));
    const again = readAtom(atomXml(feed(entries.map((item) => ({ ...item })))));
    expect(first.items.map((item) => item.id)).toEqual(again.items.map((item) => item.id));
    expect(new Set(first.items.map((item) => item.id)).size).toBe(3);
    for (const item of first.items) {
      expect(item.url).toMatch(/^https:\/\/run\.example\.se\/aktuellt\/nyhet-\d$/);
      expect(item.updated).toBeInstanceOf(Date);
    }
    expect(first.updated?.toISOString()).toBe("2018-05-03T10:00:00.000Z");
  });

  it("keeps a hostile title, summary and body as text", () => {
    const hostile = 'Rubrik <script>alert(1)</script> & "citat" ]]> \u0007';
    const xml = atomXml(
      feed([
        { ...entry(1, hostile), summary: "<img src=x onerror=alert(1)>", html: "<p>a & b</p>" },
      ]),
    );
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<img");
    const [item] = readAtom(xml).items;
    // The control character is not allowed in XML at all and is dropped.
    expect(item!.title).toBe('Rubrik <script>alert(1)</script> & "citat" ]]>');
    expect(item!.description).toBe("<img src=x onerror=alert(1)>");
    expect(escapeXml("<a href='x'>&</a>")).toBe("&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;");
  });
});

describe("the news feed of a content folder", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function siteFeed(root: string) {
    vi.stubEnv("CONTENT_ROOT", root);
    vi.stubEnv("SITE_URL", SITE);
    vi.resetModules();
    const { newsFeedXml } = await import("@/lib/content/news-feed");
    return readAtom(newsFeedXml());
  }

  it("has every item of the fixture site, newest first, with absolute links and the text as text", async () => {
    const parsed = await siteFeed(SITE_ROOT);
    expect(parsed.items.map((item) => item.url)).toEqual([
      `${SITE}/aktuellt/2019-03-14-ledningsgruppens-mote`,
      `${SITE}/aktuellt/tecken-i-rubriken`,
      `${SITE}/aktuellt/verksamhetsrapport-2017`,
    ]);
    for (const item of parsed.items) expect(item.id).toBe(item.url);
    const hostile = parsed.items.find((item) => item.url?.endsWith("tecken-i-rubriken"));
    expect(hostile?.title).toBe('Rubrik med <script>alert(1)</script> & "citat" <b>fet</b>');
    // Raw HTML in the body is dropped by the sanitiser, as on the page.
    expect(hostile?.content).not.toContain("<em>");
    const report = parsed.items.find((item) => item.url?.endsWith("verksamhetsrapport-2017"));
    expect(report?.published?.toISOString()).toBe("2018-04-22T22:00:00.000Z");
    expect(report?.content).toContain(`href="${SITE}/om-run/dokument"`);
    expect(report?.content).toContain("RUN verksamhetsrapport 2017");
    expect((await siteFeed(SITE_ROOT)).items.map((item) => item.id)).toEqual(
      parsed.items.map((item) => item.id),
    );
  });

  it("is an empty feed when there is no news", async () => {
    expect((await siteFeed(VALID_ROOT)).items).toEqual([]);
  });
});
