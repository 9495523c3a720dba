import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";

/** Opens a page with the browser's clock fixed at an instant, as a visitor on that day. */
async function visitAt(page: Page, path: string, instant: string) {
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(path);
  await expect(
    page.locator("[data-schedule=grouped], [data-next-meeting=ready]").first(),
  ).toBeVisible();
}

const next = (page: Page) => page.locator("section.next-meeting");

test.describe("the schedule follows the visitor's clock", () => {
  test("new year 2018: the January meeting is next, five more are coming", async ({ page }) => {
    await visitAt(page, "/moten", "2018-01-01T12:00:00+01:00");
    await expect(next(page).locator("time")).toHaveText("fredag 26 januari 2018");
    await expect(next(page)).toContainText("kl. 09.00–12.00");
    await expect(next(page)).toContainText("Bildkonferens");
    await expect(page.locator("#kommande-moten + ul > li")).toHaveCount(5);
    await expect(page.locator("#tidigare-moten")).toHaveCount(0);
  });

  test("during a meeting it is still the next one", async ({ page }) => {
    await visitAt(page, "/moten", "2018-03-27T10:00:00+02:00");
    await expect(next(page).locator("time")).toHaveText("tisdag 27 mars 2018");
  });

  test("an hour after a meeting ended, the following one is next", async ({ page }) => {
    await visitAt(page, "/moten", "2018-03-27T13:00:00+02:00");
    await expect(next(page).locator("time")).toHaveText("torsdag 3 maj 2018");
    await expect(next(page)).toContainText("Plats: Campus Östersund");
    await expect(page.locator("#tidigare-2018 + ul > li")).toHaveCount(3);
  });

  test("after the last meeting, nothing is planned and the past is listed", async ({ page }) => {
    await visitAt(page, "/moten", "2018-12-01T12:00:00+01:00");
    await expect(next(page)).toContainText("Inga planerade möten just nu");
    await expect(page.locator("#tidigare-2018 + ul > li")).toHaveCount(6);
    // Newest first among past meetings.
    await expect(page.locator("#tidigare-2018 + ul time").first()).toHaveText(
      "torsdag 22 november 2018",
    );
  });

  test("the start page and the leadership page show the next meeting", async ({ page }) => {
    for (const path of ["/", "/om-run/ledningsgrupp"]) {
      await visitAt(page, path, "2018-09-01T12:00:00+02:00");
      await expect(next(page).getByRole("heading", { name: "Nästa möte" })).toBeVisible();
      await expect(next(page).locator("time")).toHaveText("torsdag 20 september 2018");
    }
  });

  test("the start page says so plainly when nothing is planned", async ({ page }) => {
    await visitAt(page, "/", "2026-11-23T12:00:00+01:00");
    await expect(next(page)).toContainText("Inga planerade möten just nu");
  });
});

test.describe("calendar files", () => {
  test("the feed is text/calendar and parses with every meeting at the right instant", async ({
    request,
  }) => {
    const response = await request.get("/moten/kalender.ics");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const starts = calendar
      .getAllSubcomponents("vevent")
      .map((event) => new ICAL.Event(event).startDate.toJSDate().toISOString());
    expect(starts).toEqual([
      "2018-01-26T08:00:00.000Z",
      "2018-02-14T16:00:00.000Z",
      "2018-03-27T07:00:00.000Z",
      "2018-05-03T08:00:00.000Z",
      "2018-09-20T08:00:00.000Z",
      "2018-11-22T08:00:00.000Z",
    ]);
  });

  test("each meeting offers its own calendar file", async ({ page, request }) => {
    await page.goto("/moten");
    const link = page.getByRole("link", { name: /Lägg till i kalender.*14 februari 2018/ });
    const href = await link.getAttribute("href");
    expect(href).toBe("/moten/2018-02-14-ledningsgruppen.ics");
    const response = await request.get(href!);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents(
      "vevent",
    );
    expect(events).toHaveLength(1);
    expect(new ICAL.Event(events[0]).location).toBe("Södra Berget");
  });

  test("the meetings page explains how to subscribe", async ({ page }) => {
    await page.goto("/moten");
    for (const name of ["Prenumerera på mötena", "Outlook", "Google Kalender", "Apple Kalender"]) {
      await expect(page.getByRole("heading", { name })).toBeVisible();
    }
  });
});
