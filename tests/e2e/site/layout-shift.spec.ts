import { expect, test, type Page } from "@playwright/test";
import { clockSettled, recordShifts, shownShifts, sitemapPaths } from "../helpers";

/**
 * No layout shift: the meeting clock fills in "Nästa möte" and regroups /moten after load, and
 * nothing on the page may move when it does. Checked on today's date on every page, and with a
 * clock in 2018 (meetings ahead) on /moten, at both widths. The box that keeps room for a
 * meeting when the build knew of one is covered in tests/unit/next-meeting.test.tsx.
 */
async function layoutShift(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await clockSettled(page);
  return shownShifts(page);
}

test.describe("every page", () => {
  test(
    "no page shifts its layout as it loads",
    { tag: ["@next", "@phone"] },
    async ({ page, request }) => {
      // Every page in one test: allow for a slow, busy machine.
      test.setTimeout(120_000);
      await recordShifts(page);
      for (const path of await sitemapPaths(request))
        expect(await layoutShift(page, path), path).toEqual([]);
    },
  );
});

test("no shift when the clock regroups the meetings page around an upcoming meeting", async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date("2018-01-01T12:00:00+01:00"));
  await recordShifts(page);
  expect(await layoutShift(page, "/moten")).toEqual([]);
});
