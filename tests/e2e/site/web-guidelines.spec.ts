import { expect, test, type Page } from "@playwright/test";
import { WEB_GUIDELINES, guidelineTitle } from "../../../lib/web-guidelines";
import { readAtom } from "../../helpers/atom";
import { sitemapPaths } from "../helpers";

/**
 * The webbriktlinjer /om-webbplatsen claims (lib/web-guidelines.ts), each checked for any valid
 * content: they read the sitemap, the feed and the pages, and never name particular content.
 */

const CONTACT = "/kontakt";
const EASY_READ = "/lattlast";
const ENGLISH = "/in-english";
const ABOUT_SITE = "/om-webbplatsen";
const FEED = "/aktuellt/flode.atom";

test(guidelineTitle("R4"), async ({ page, request }) => {
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    await expect(page.locator(`footer a[href="${CONTACT}"]`), path).toHaveCount(1);
  }
  await page.goto(CONTACT);
  await expect(page.locator("h1")).toHaveText("Kontakt");
  await expect(page.locator('main a[href^="mailto:"]').first()).toBeVisible();
  await expect(page.locator(`main a[href="${FEED}"]`)).toHaveCount(1);
  await expect(page.locator('main a[href$=".ics"]').first()).toBeVisible();
});

test(guidelineTitle("R12"), async ({ page }) => {
  await page.goto(EASY_READ);
  await expect(page.locator("main .easy-read-mark")).toHaveText("Lättläst");
  for (const path of ["/", "/om-run"]) {
    await page.goto(path);
    await expect(page.locator(`main a[href="${EASY_READ}"]`), path).toBeVisible();
    await expect(page.locator(`footer a[href="${EASY_READ}"]`), path).toHaveCount(1);
  }
});

/** The `hreflang` links in a page's head, as language → path. */
async function alternates(page: Page): Promise<Record<string, string>> {
  return page
    .locator("head link[rel=alternate][hreflang]")
    .evaluateAll((links) =>
      Object.fromEntries(
        links.map((link) => [
          link.getAttribute("hreflang"),
          new URL((link as HTMLLinkElement).href).pathname,
        ]),
      ),
    );
}

test(guidelineTitle("R15"), async ({ page, request }) => {
  await page.goto(ENGLISH);
  await expect(page.locator("main")).toHaveAttribute("lang", "en");
  expect(await alternates(page)).toEqual({ sv: "/om-run", en: ENGLISH });
  await page.goto("/om-run");
  expect(await alternates(page)).toEqual({ sv: "/om-run", en: ENGLISH });
  await expect(page.locator(`main a[href="${ENGLISH}"]`)).toHaveAttribute("hreflang", "en");
  // The sitemap says the same, both ways.
  const xml = await (await request.get("/sitemap.xml")).text();
  const entry = (path: string) =>
    [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)]
      .map((match) => match[1]!)
      .find((url) => new RegExp(`<loc>[^<]*${path}</loc>`).test(url));
  for (const path of ["/om-run", ENGLISH]) {
    expect(entry(path), path).toMatch(
      /<xhtml:link rel="alternate" hreflang="sv" href="[^"]*\/om-run"/,
    );
    expect(entry(path), path).toMatch(
      new RegExp(`<xhtml:link rel="alternate" hreflang="en" href="[^"]*${ENGLISH}"`),
    );
  }
});

test(guidelineTitle("R19"), async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(`footer a[href="${ABOUT_SITE}"]`)).toHaveCount(1);
  await page.goto(ABOUT_SITE);
  const items = page.locator(".guidelines > li");
  await expect(items).toHaveCount(WEB_GUIDELINES.length);
  for (const [index, guideline] of WEB_GUIDELINES.entries())
    await expect(items.nth(index)).toHaveText(
      `${guideline.id} ${guideline.title}: ${guideline.how}`,
    );
});

/** A stand-in for the browser's speech with one Swedish voice, so "Lyssna" shows and runs. */
async function stubSpeech(page: Page) {
  await page.addInitScript(() => {
    const voices = [{ lang: "sv-SE", name: "Alva" }];
    const synth = {
      getVoices: () => voices,
      addEventListener: () => {},
      removeEventListener: () => {},
      speak: (utterance: { onend?: () => void }) => setTimeout(() => utterance.onend?.(), 10),
      pause: () => {},
      resume: () => {},
      cancel: () => {},
    };
    class Utterance {
      text: string;
      lang = "";
      voice: unknown = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", {
      value: Utterance,
      configurable: true,
    });
  });
}

/** Everything the site could have left in the browser for this origin. */
async function stored(page: Page) {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((database) => database.name ?? ""),
    cookie: document.cookie,
  }));
}

test(guidelineTitle("R20"), async ({ page, context, request }) => {
  test.setTimeout(180_000);
  await stubSpeech(page);
  const none = { localStorage: [], sessionStorage: [], indexedDB: [], cookie: "" };
  // The clock runs on every page that shows meetings; set it somewhere it has work to do.
  await page.clock.setFixedTime(new Date());
  for (const path of [...(await sitemapPaths(request)), "/finns-inte"]) {
    await page.goto(path);
    const listen = page.getByRole("button", { name: "Lyssna på sidan" });
    if (await listen.isVisible()) await listen.click();
    expect(await stored(page), path).toEqual(none);
  }
  // Search, with a query typed and its results shown.
  await page.goto("/sok?q=RUN");
  await expect(page.getByRole("status")).not.toBeEmpty();
  await page.locator("#sok-fraga").fill("möte");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).not.toBeEmpty();
  expect(await stored(page), "/sok").toEqual(none);
  expect(await context.cookies()).toEqual([]);
  // The page that says so.
  await page.goto(ABOUT_SITE);
  await expect(page.locator("main")).toContainText("Webbplatsen använder inga kakor");
});

test(guidelineTitle("R23"), async ({ request }) => {
  for (const path of await sitemapPaths(request)) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/Senast uppdaterad <time dateTime="\d{4}-\d{2}-\d{2}"/i);
  }
});

test(guidelineTitle("R87"), async ({ page, request }) => {
  // Every page announces the news feed, and the feed answers as Atom.
  for (const path of [...(await sitemapPaths(request)), "/finns-inte"]) {
    await page.goto(path);
    const feeds = await page
      .locator('head link[rel=alternate][type="application/atom+xml"]')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
      );
    expect(feeds, path).toEqual([FEED]);
  }
  const response = await request.get(FEED);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  // A strict XML parser (the browser's) finds it well-formed; a feed parser reads it.
  await page.goto("/");
  const wellFormed = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, "application/xml").getElementsByTagName("parsererror")
        .length === 0,
    xml,
  );
  expect(wellFormed).toBe(true);
  const feed = readAtom(xml);
  expect(feed.type).toBe("atom");
  expect(feed.updated).toBeInstanceOf(Date);
  const ids = feed.items.map((item) => item.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const item of feed.items) {
    expect(item.url, String(item.id)).toMatch(/^https?:\/\/[^/]+\/aktuellt\/[a-z0-9-]+$/);
    expect(item.id).toBe(item.url);
    expect(item.updated, String(item.id)).toBeInstanceOf(Date);
    expect(item.published, String(item.id)).toBeInstanceOf(Date);
    expect((await request.get(new URL(item.url!).pathname)).status(), item.url!).toBe(200);
  }
  // Built once, the feed is the same file on every request: ids cannot drift.
  expect(await (await request.get(FEED)).text()).toBe(xml);
  // /aktuellt lists the same items.
  const html = await (await request.get("/aktuellt")).text();
  for (const item of feed.items)
    expect(html, String(item.url)).toContain(`href="${new URL(item.url!).pathname}"`);
});
