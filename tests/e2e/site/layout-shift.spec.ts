import { expect, test, type Page } from "@playwright/test";
import { clockSettled, sitemapPaths } from "../helpers";

/**
 * No layout shift: the meeting clock fills in "Nästa möte" and regroups /moten after load, and
 * nothing on the page may move when it does. Checked on today's date on every page, and with a
 * clock in 2018 (meetings ahead) on /moten, at both widths. The box that keeps room for a
 * meeting when the build knew of one is covered in tests/unit/next-meeting.test.tsx.
 */
async function layoutShift(page: Page, path: string): Promise<number> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(path);
  await clockSettled(page);
  // Two frames rendered and a task after them: any shift is reported to the observer by then.
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() =>
              resolve(
                (window as unknown as { __shifts: number[] }).__shifts.reduce(
                  (sum, value) => sum + value,
                  0,
                ),
              ),
            ),
          ),
        ),
      ),
  );
}

test("no page shifts its layout as it loads", async ({ page, request }) => {
  // Every page in one test: allow for a slow, busy machine.
  test.setTimeout(120_000);
  for (const path of await sitemapPaths(request))
    expect(await layoutShift(page, path), path).toBe(0);
});

test("no shift when the clock regroups the meetings page around an upcoming meeting", async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date("2018-01-01T12:00:00+01:00"));
  expect(await layoutShift(page, "/moten")).toBe(0);
});
