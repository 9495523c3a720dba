import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { sitemapPaths } from "../helpers";

/**
 * What must hold for any valid content, so these run on the real content as well as on the
 * fixture site: they read what the site has (its sitemap, its feed) and never name, count or
 * date particular content. An editor's correct change can never turn them red.
 */

interface FeedEvent {
  uid: string;
  start: Date;
  end: Date;
  cancelled: boolean;
}

/** Every event in a calendar feed of the site (by default all meetings), earliest first. */
async function feedEvents(
  request: APIRequestContext,
  feed = "/moten/kalender.ics",
): Promise<FeedEvent[]> {
  const response = await request.get(feed);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return calendar
    .getAllSubcomponents("vevent")
    .map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        start: event.startDate.toJSDate(),
        end: event.endDate.toJSDate(),
        cancelled: component.getFirstPropertyValue("status") === "CANCELLED",
      };
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

test("every page answers 200 with one h1, a unique title and description", async ({ request }) => {
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  const paths = await sitemapPaths(request);
  expect(paths).toContain("/");
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html.match(/<h1[ >]/g), path).toHaveLength(1);
    expect(html, path).toContain('<html lang="sv"');
    expect(html, path).toContain("Senast uppdaterad");
    expect(html, path).toMatch(/<link rel="canonical" href="[^"]+"/);
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
    const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1];
    expect(title && !titles.has(title), `${path}: ${title}`).toBeTruthy();
    expect(description && !descriptions.has(description), `${path}: ${description}`).toBeTruthy();
    titles.add(title!);
    descriptions.add(description!);
  }
});

test("unknown addresses answer 404 with the navigation", async ({ request }) => {
  for (const path of ["/finns-inte", "/natverk/finns-inte", "/om-run/okand"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html).toContain("Sidan finns inte");
    expect(html).toContain('aria-label="Huvudmeny"');
  }
});

test("robots.txt points to the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test("the feed parses, and every meeting in it has a unique UID, an end after its start and a file of its own", async ({
  request,
}) => {
  const events = await feedEvents(request);
  expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  for (const event of events)
    expect(event.end.getTime(), event.uid).toBeGreaterThan(event.start.getTime());
  // /moten lists exactly the feed's meetings (in the server's HTML), each with its own file.
  const html = await (await request.get("/moten")).text();
  const files = [...html.matchAll(/href="(\/moten\/(?!kalender\.ics)[^"]+\.ics)"/g)].map(
    (m) => m[1]!,
  );
  expect(new Set(files).size).toBe(events.length);
  for (const file of new Set(files)) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    const single = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents(
      "vevent",
    );
    expect(single, file).toHaveLength(1);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every page shows its content, and /moten lists every meeting in the feed", async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    for (const path of await sitemapPaths(request)) {
      await page.goto(path);
      await expect(page.locator("h1"), path).toHaveCount(1);
      await expect(page.getByText("Senast uppdaterad"), path).toBeVisible();
    }
    await page.goto("/moten");
    await expect(page.locator(".meeting")).toHaveCount((await feedEvents(request)).length);
  });
});

/** Opens a page with the browser's clock fixed at an instant, once the meeting clock has run. */
async function visitAt(page: Page, path: string, instant: Date) {
  await page.clock.setFixedTime(instant);
  await page.goto(path);
  await expect(
    page.locator("[data-schedule=grouped], [data-next-meeting=ready]").first(),
  ).toBeVisible();
}

/** What "Nästa möte" shows: the start of the meeting it names, or null for "none planned". */
async function shownNext(page: Page): Promise<number | null> {
  const box = page.locator("section.next-meeting");
  const time = box.locator("time[datetime]");
  if ((await time.count()) === 0) {
    await expect(box).toContainText("Inga planerade möten just nu");
    return null;
  }
  return new Date((await time.first().getAttribute("datetime"))!).getTime();
}

test(
  "'Nästa möte' is right at clocks set around the content's own meetings",
  { tag: "@next" },
  async ({ page, request }) => {
    const events = await feedEvents(request);
    const HOUR = 3_600_000;
    // The meeting that should be next at an instant: the first by start that has not ended and
    // is not cancelled.
    const expected = (now: Date) =>
      events
        .find((event) => !event.cancelled && event.end.getTime() > now.getTime())
        ?.start.getTime() ?? null;
    const clocks = events.length
      ? [
          new Date(events[0]!.start.getTime() - 24 * HOUR),
          new Date(events[Math.floor(events.length / 2)]!.end.getTime() + HOUR),
          new Date(events[events.length - 1]!.end.getTime() + HOUR),
        ]
      : [new Date()];
    for (const clock of clocks) {
      for (const path of ["/moten", "/"]) {
        await visitAt(page, path, clock);
        expect(await shownNext(page), `${path} at ${clock.toISOString()}`).toBe(expected(clock));
      }
    }
  },
);

test("every feed a page announces parses, and holds only meetings of the all-meetings feed, each with its page", async ({
  page,
  request,
}) => {
  const all = new Set((await feedEvents(request)).map((event) => event.uid));
  const feeds = new Set<string>();
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    for (const href of await page
      .locator('head link[rel=alternate][type="text/calendar"]')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
      ))
      feeds.add(href);
  }
  expect(feeds).toContain("/moten/kalender.ics");
  for (const feed of feeds) {
    for (const event of await feedEvents(request, feed))
      expect(all, `${feed}: ${event.uid}`).toContain(event.uid);
  }
  const calendar = new ICAL.Component(
    ICAL.parse(await (await request.get("/moten/kalender.ics")).text()),
  );
  for (const component of calendar.getAllSubcomponents("vevent")) {
    const url = new URL(String(component.getFirstPropertyValue("url")));
    expect((await request.get(url.pathname)).status(), url.pathname).toBe(200);
  }
});

test("every page has the feedback link, whose e-mail names the page and its address", async ({
  page,
  request,
}) => {
  for (const path of [...(await sitemapPaths(request)), "/finns-inte"]) {
    await page.goto(path);
    const box = page.locator("section.page-feedback");
    const link = box.getByRole("link");
    await expect(link, path).toHaveCount(1);
    const url = new URL((await link.getAttribute("href"))!);
    expect(url.protocol, path).toBe("mailto:");
    // The recipient is the one the box names.
    const to = decodeURIComponent(url.pathname);
    await expect(box, path).toContainText(`till ${to}.`);
    const h1 = (await page.locator("h1").textContent())!;
    expect(url.searchParams.get("subject"), path).toBe(`Synpunkt på sidan "${h1}"`);
    const body = url.searchParams.get("body")!;
    if (path !== "/finns-inte")
      expect(body, path).toMatch(
        new RegExp(`Adress: https?://[^/]+${path === "/" ? "/" : path}\\r\\n`),
      );
    expect(body, path).toContain("personuppgifter");
  }
});
