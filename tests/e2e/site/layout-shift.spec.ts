import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { clockSettled, sitemapPaths } from "../helpers";

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

/** The shifts so far, once two frames have rendered and a task has run after them. */
function shownShifts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => resolve((window as unknown as { __shifts: string[] }).__shifts)),
          ),
        ),
      ),
  );
}

/**
 * Where a page may be cut while it arrives: inside the header after every tag (the header is on
 * every page, and first), elsewhere after the end of each block (a list item, a paragraph, a
 * heading, a fact, a row). Never inside a script, a style or a template.
 */
function cutPoints(html: string): number[] {
  const opaque = [
    ...html.matchAll(/<(script|style|template|noscript|textarea)\b[\s\S]*?<\/\1>/g),
  ].map((match) => [match.index, match.index + match[0].length] as const);
  const header = [html.indexOf("<header"), html.indexOf("</header>")] as const;
  const body = html.indexOf("<body");
  const cuts = new Set<number>();
  for (const match of html.matchAll(/>/g))
    if (match.index > header[0] && match.index < header[1]) cuts.add(match.index + 1);
  const blockEnd =
    /<\/(li|p|h[1-6]|dd|dt|div|nav|form|label|header|section|ul|ol|dl|tr|table|main)>|<input[^>]*>/g;
  for (const match of html.matchAll(blockEnd))
    if (match.index > body) cuts.add(match.index + match[0].length);
  return [...cuts]
    .filter((at) => !opaque.some(([from, to]) => at > from && at < to))
    .sort((a, b) => a - b);
}

/** Collects every layout shift on the pages that open in it, with the elements that moved. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { __shifts: string[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[])
        if (!entry.hadRecentInput)
          shifts.push(
            `${entry.value.toFixed(5)}: ${(entry.sources ?? [])
              .map(({ node }) =>
                node instanceof Element
                  ? `${node.tagName.toLowerCase()}${node.className ? `.${node.className}` : ""} "${(node.textContent ?? "").trim().slice(0, 40)}"`
                  : String(node?.nodeName),
              )
              .join(", ")}`,
          );
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/**
 * A browser paints a page while it is still arriving (a slow network, a busy server), and
 * nothing painted may move when the rest comes: this is what made the menu jump left under
 * `next start` on a busy machine. A small server here hands the browser the page as the site
 * serves it, one piece at a time, and sends the next piece only once the browser has shown the
 * one before (a marker comment found, then two frames), so the test waits on the page and never
 * on a clock. Everything else the page asks for comes from the site itself.
 */
async function shiftWhileArriving(
  page: Page,
  origin: string,
  path: string,
  style = "",
): Promise<string[]> {
  const served = await (await fetch(new URL(path, origin))).text();
  const html = style ? served.replace("</head>", `<style>${style}</style></head>`) : served;
  const cuts = [...cutPoints(html), html.length];
  let pending: ServerResponse | undefined;
  const server = createServer((request, response) => {
    if (request.url === path) {
      pending = response;
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.write(`${html.slice(0, cuts[0])}<!--cut0-->`);
      return;
    }
    void fetch(new URL(request.url ?? "/", origin)).then(async (answer) => {
      response.writeHead(answer.status, {
        "content-type": answer.headers.get("content-type") ?? "application/octet-stream",
      });
      response.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  try {
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: "commit" });
    for (let index = 1; index < cuts.length; index++) {
      await page.waitForFunction(
        (marker) => {
          const walker = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT);
          for (let node = walker.nextNode(); node; node = walker.nextNode())
            if ((node as Comment).data === marker)
              return new Promise<boolean>((shown) =>
                requestAnimationFrame(() => requestAnimationFrame(() => shown(true))),
              );
          return false;
        },
        `cut${index - 1}`,
        { polling: "raf" },
      );
      const last = index === cuts.length - 1;
      pending!.write(
        `${html.slice(cuts[index - 1], cuts[index])}${last ? "" : `<!--cut${index}-->`}`,
      );
    }
    pending!.end();
    await page.waitForLoadState("load");
    return await shownShifts(page);
  } finally {
    pending?.destroy();
    server.closeAllConnections();
    await new Promise<void>((closed) => server.close(() => closed()));
  }
}

test(
  "nothing moves while a page is still arriving",
  { tag: "@phone" },
  async ({ page, request, baseURL }) => {
    test.setTimeout(120_000);
    const paths = await sitemapPaths(request);
    // One page of each kind the header and the long lists are on: the start page, the meetings
    // list, a meeting, the documents. Which exist depends on the content.
    const chosen = [
      "/",
      "/moten",
      paths.find((path) => /^\/moten\/\d{4}-/.test(path)),
      paths.find((path) => path === "/om-run/dokument"),
    ].filter((path): path is string => path !== undefined);
    await recordShifts(page);
    for (const path of chosen)
      expect(await shiftWhileArriving(page, baseURL!, path), path).toEqual([]);
  },
);

test("the arriving check catches a menu that moves when the search form arrives", async ({
  page,
  baseURL,
}) => {
  await recordShifts(page);
  // The header as it was: parts placed by their own widths, the menu pushed by the form.
  const shifts = await shiftWhileArriving(
    page,
    baseURL!,
    "/",
    ".site-header-inner { display: flex; justify-content: space-between; }",
  );
  expect(shifts.join("\n")).toMatch(/nav/);
});
