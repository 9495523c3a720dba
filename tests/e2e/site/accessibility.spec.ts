import { expect, test } from "@playwright/test";
import { checkTitle } from "../../../lib/accessibility-checks";
import { axeViolations, clockSettled, sitemapPaths } from "../helpers";

/** axe on every address in the sitemap and on the 404 page, at the project's width. */
test(checkTitle("axe"), { tag: "@phone" }, async ({ page, request }) => {
  const paths = [...(await sitemapPaths(request)), "/finns-inte"];
  // Every page in one test: allow for a slow, busy machine, and for a site that grows.
  test.setTimeout(Math.max(120_000, paths.length * 6_000));
  for (const path of paths) {
    await page.goto(path);
    // Let the meeting clock regroup first, so the page axe sees is the one visitors see.
    await clockSettled(page);
    expect(await axeViolations(page), path).toEqual([]);
  }
});

test(`${checkTitle("keyboard-and-no-js")} (skip link)`, async ({ page }) => {
  await page.goto("/om-run");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Till innehållet" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#innehall$/);
  await expect(page.locator("main")).toBeFocused();
});

test("the keyboard can walk the navigation", async ({ page }) => {
  await page.goto("/");
  const labels: string[] = [];
  for (let index = 0; index < 6; index++) {
    await page.keyboard.press("Tab");
    labels.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
  }
  expect(labels).toEqual([
    "Till innehållet",
    "RUNRegionalt utvecklingsnätverk",
    "Start",
    "Om RUN",
    "Nätverk",
    "Möten",
  ]);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/moten$/);
});
