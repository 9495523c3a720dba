import { expect, test, type Page } from "@playwright/test";
import { ACCESSIBILITY_CHECKS, checkTitle } from "../../../lib/accessibility-checks";
import { sitemapPaths } from "../helpers";

/**
 * WCAG 2.2 AA criteria that engines such as axe cannot judge, on every address in the sitemap
 * and the 404 page (on the fixture site that includes /natverk/langa-ord, the worst an editor
 * can write). Each detector is also shown to catch its criterion broken on purpose, so none of
 * these checks can pass by looking at nothing. The names come from lib/accessibility-checks.ts,
 * which the accessibility statement shows.
 */

const WORST = "/natverk/langa-ord";

// The spacing, size and breaking styles are the visitor's own (as a browser setting or an
// extension would add them), which the page's Content-Security-Policy does not govern.
test.use({ bypassCSP: true });

async function everyAddress(request: Parameters<typeof sitemapPaths>[0]): Promise<string[]> {
  return [...(await sitemapPaths(request)), "/finns-inte"];
}

/** How far the page scrolls sideways (0 when it fits). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Elements that hide part of their text (overflow hidden or clip, content larger than box). */
const clipped = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>("*")) {
      if (element.closest(".visually-hidden, .skip-link") || !element.textContent?.trim()) continue;
      const style = getComputedStyle(element);
      const hides = (value: string) => value === "hidden" || value === "clip";
      if (
        (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) ||
        (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
      )
        found.push(`${element.tagName.toLowerCase()}.${element.className}`);
    }
    return found;
  });

/** WCAG 1.4.12's spacing: line height 1.5, paragraphs 2em, letters 0.12em, words 0.16em. */
const TEXT_SPACING =
  "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

test.describe("reflow", () => {
  test.use({ viewport: { width: 320, height: 256 } });

  test(checkTitle("reflow"), async ({ page, request }) => {
    test.setTimeout(120_000);
    const wide: string[] = [];
    for (const path of await everyAddress(request)) {
      await page.goto(path);
      const overflow = await sideways(page);
      if (overflow > 0) wide.push(`${path}: ${overflow} px too wide`);
    }
    expect(wide).toEqual([]);
  });

  test("the reflow check catches a page that scrolls sideways", async ({ page, request }) => {
    const paths = await sitemapPaths(request);
    test.skip(!paths.includes(WORST), "the worst-case page is in the fixture site");
    // Without the break rule the long words push these pages sideways, as they did before it:
    // "Regionalt utvecklingsnätverks organisation" and "kvalitetsarbete/utvecklingsarbete".
    for (const path of [WORST, "/om-run/organisation", "/natverk"]) {
      await page.goto(path);
      await page.addStyleTag({
        content: "* { overflow-wrap: normal !important; hyphens: manual !important; }",
      });
      expect(await sideways(page), path).toBeGreaterThan(0);
    }
  });
});

test.describe("text spacing and text size", () => {
  test(checkTitle("text-spacing"), { tag: "@phone" }, async ({ page, request }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    for (const path of await everyAddress(request)) {
      await page.goto(path);
      await page.addStyleTag({ content: TEXT_SPACING });
      const overflow = await sideways(page);
      if (overflow > 0) problems.push(`${path}: ${overflow} px too wide`);
      for (const element of await clipped(page)) problems.push(`${path}: ${element} cuts text`);
    }
    expect(problems).toEqual([]);
  });

  test(checkTitle("resize-text"), async ({ page, request }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "200 % text is asked of the desktop view");
    test.setTimeout(120_000);
    const problems: string[] = [];
    for (const path of await everyAddress(request)) {
      await page.goto(path);
      await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
      const overflow = await sideways(page);
      if (overflow > 0) problems.push(`${path}: ${overflow} px too wide`);
      for (const element of await clipped(page)) problems.push(`${path}: ${element} cuts text`);
    }
    expect(problems).toEqual([]);
  });

  test("the spacing and size checks catch text that is cut off", async ({ page }) => {
    await page.goto("/om-run");
    await page.addStyleTag({ content: `${TEXT_SPACING} h1 { height: 1em; overflow: hidden; }` });
    expect(await clipped(page)).toContain("h1.");
  });
});

/** Tabs through the page; for each stop, what is wrong with how it shows (empty when fine). */
async function focusProblems(page: Page): Promise<{ stops: number; problems: string[] }> {
  const problems: string[] = [];
  const seen = new Set<string>();
  let stops = 0;
  for (let step = 0; step < 200; step++) {
    await page.keyboard.press("Tab");
    const report = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const path: string[] = [];
      for (
        let node: Element | null = element;
        node && node !== document.body;
        node = node.parentElement
      )
        path.unshift(`${node.tagName}${[...(node.parentElement?.children ?? [])].indexOf(node)}`);
      // 2.4.11 (AA) asks that the focused element is not entirely hidden: the part of it left
      // inside the window and every scrolling box around it must show, uncovered.
      const rect = element.getBoundingClientRect();
      let [left, top, right, bottom] = [rect.left, rect.top, rect.right, rect.bottom];
      const clip = (box: { left: number; top: number; right: number; bottom: number }) => {
        left = Math.max(left, box.left);
        top = Math.max(top, box.top);
        right = Math.min(right, box.right);
        bottom = Math.min(bottom, box.bottom);
      };
      for (let node = element.parentElement; node; node = node.parentElement) {
        const overflow = getComputedStyle(node);
        if (/auto|scroll|hidden|clip/.test(overflow.overflowX + overflow.overflowY))
          clip(node.getBoundingClientRect());
      }
      clip({ left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight });
      const inView = right - left >= 1 && bottom - top >= 1;
      const topmost = inView
        ? document.elementFromPoint((left + right) / 2, (top + bottom) / 2)
        : null;
      const covered =
        inView &&
        !(
          topmost &&
          (element === topmost || element.contains(topmost) || topmost.contains(element))
        );
      // The indicator: an outline or a box shadow, in a colour with 3:1 against the page behind.
      const style = getComputedStyle(element);
      const rgb = (text: string) => (text.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const channel = (value: number) => {
          const c = value / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
      };
      const contrast = (a: number[], b: number[]) => {
        const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
        return (x! + 0.05) / (y! + 0.05);
      };
      let background = [255, 255, 255];
      for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
        const value = rgb(getComputedStyle(node).backgroundColor);
        if (value.length >= 3 && (value[3] ?? 1) > 0) {
          background = value.slice(0, 3);
          break;
        }
      }
      const colours: number[][] = [];
      if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2)
        colours.push(rgb(style.outlineColor));
      for (const match of style.boxShadow.matchAll(/rgba?\([^)]+\)/g)) colours.push(rgb(match[0]));
      const best = Math.max(
        0,
        ...colours.map((colour) => contrast(colour.slice(0, 3), background)),
      );
      return {
        key: path.join("/"),
        name: `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 30)}"`,
        inView,
        covered,
        best,
      };
    });
    if (!report || seen.has(report.key)) break;
    seen.add(report.key);
    stops += 1;
    if (!report.inView) problems.push(`${report.name} is not in the window at all`);
    if (report.covered) problems.push(`${report.name} is covered`);
    if (report.best < 3)
      problems.push(`${report.name}: focus indicator contrast ${report.best.toFixed(2)}`);
  }
  return { stops, problems };
}

test(checkTitle("focus"), { tag: "@phone" }, async ({ page, request }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  for (const path of await everyAddress(request)) {
    await page.goto(path);
    const result = await focusProblems(page);
    expect(result.stops, path).toBeGreaterThan(5);
    problems.push(...result.problems.map((problem) => `${path}: ${problem}`));
  }
  expect(problems).toEqual([]);
});

test("the focus check catches a focus indicator that is gone", async ({ page }) => {
  await page.goto("/om-run");
  await page.addStyleTag({
    content: ":focus-visible { outline: none !important; box-shadow: none !important; }",
  });
  const { problems } = await focusProblems(page);
  expect(problems.join("\n")).toMatch(/focus indicator contrast 0\.00/);
});

/** Targets outside running text that are smaller than 24 × 24 CSS px (WCAG 2.5.8). */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(
      "a[href], button, [tabindex='0']",
    )) {
      if (element.closest(".visually-hidden, .skip-link")) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      // The inline exception: a link inside a sentence is sized by the text around it.
      const block = element.parentElement;
      const text = (node: Element | null) => (node?.textContent ?? "").replace(/\s+/g, " ").trim();
      if (block && text(block) !== text(element)) continue;
      if (rect.width < 24 || rect.height < 24)
        found.push(
          `${element.tagName.toLowerCase()} "${text(element).slice(0, 30)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`,
        );
    }
    return found;
  });

for (const [orientation, viewport] of [
  ["portrait", { width: 375, height: 740 }],
  ["landscape", { width: 740, height: 375 }],
] as const) {
  test.describe(`phone, ${orientation}`, () => {
    test.use({ viewport, isMobile: true, hasTouch: true });

    test(
      `${checkTitle("target-size")} (${orientation})`,
      { tag: "@phone" },
      async ({ page, request }, testInfo) => {
        test.skip(testInfo.project.name !== "phone", "a phone's sizes");
        test.setTimeout(120_000);
        const problems: string[] = [];
        for (const path of await everyAddress(request)) {
          await page.goto(path);
          for (const target of await smallTargets(page)) problems.push(`${path}: ${target}`);
          // "Nästa möte" as it is on a day before the content's first meeting, too.
          if (await page.locator("[data-next-meeting], [data-schedule]").count()) {
            await page.clock.setFixedTime(new Date("2000-01-01T12:00:00Z"));
            await page.goto(path);
            await expect(
              page.locator("[data-next-meeting=ready], [data-schedule=grouped]").first(),
            ).toBeVisible();
            for (const target of await smallTargets(page))
              problems.push(`${path} (a meeting ahead): ${target}`);
          }
          const overflow = await sideways(page);
          if (overflow > 0) problems.push(`${path}: ${overflow} px too wide`);
          await expect(page.locator("main h1"), path).toBeVisible();
        }
        expect(problems).toEqual([]);
      },
    );
  });
}

test("the target-size check catches a small target", async ({ page }) => {
  await page.goto("/om-run");
  await page.addStyleTag({
    content:
      ".main-nav a { padding: 0 !important; font-size: 10px !important; line-height: 1 !important; }",
  });
  expect((await smallTargets(page)).join("\n")).toMatch(/a "Start"/);
});

/** The help a visitor finds on every page: the footer's contact and its links, in order. */
const help = (page: Page) =>
  page.evaluate(() => {
    const footer = document.querySelector("footer");
    const landmarks = [...document.querySelectorAll("header, nav, main, footer")];
    return {
      last: landmarks.at(-1) === footer,
      links: [...(footer?.querySelectorAll("a") ?? [])].map(
        (link) => `${link.textContent}→${link.getAttribute("href")}`,
      ),
    };
  });

test(checkTitle("consistent-help"), async ({ page, request }) => {
  test.setTimeout(120_000);
  const seen = new Map<string, string>();
  for (const path of await everyAddress(request)) {
    await page.goto(path);
    const found = await help(page);
    expect(found.last, `${path}: the footer comes last`).toBe(true);
    expect(found.links.length, path).toBeGreaterThanOrEqual(2);
    seen.set(path, found.links.join(" | "));
  }
  expect(
    new Set(seen.values()).size,
    [...seen].map(([path, links]) => `${path}: ${links}`).join("\n"),
  ).toBe(1);
});

test("the consistent-help check catches a page whose help moved", async ({ page }) => {
  await page.goto("/om-run");
  const before = (await help(page)).links.join(" | ");
  await page.evaluate(() => {
    const list = document.querySelector("footer ul");
    list?.append(list.firstElementChild!);
  });
  expect((await help(page)).links.join(" | ")).not.toBe(before);
});

test("the accessibility statement lists every check, from the same list", async ({ page }) => {
  await page.goto("/tillganglighet");
  const items = page.locator(".tested-criteria > li");
  await expect(items).toHaveCount(ACCESSIBILITY_CHECKS.length);
  for (const [index, check] of ACCESSIBILITY_CHECKS.entries())
    await expect(items.nth(index)).toHaveText(`${check.criteria.join(", ")}: ${check.how}`);
});
