import { expect, test, type Page } from "@playwright/test";
import { sentences } from "../../../lib/speech/browser";

/**
 * "Lyssna" with a stubbed speechSynthesis (a real voice cannot be counted on in a test browser):
 * shown only with a Swedish voice, speaks the main content in order, a sentence at a time,
 * pauses, continues and stops. Holds for any content: it compares with the page's own text.
 *
 * The stub keeps no clock of its own: a sentence ends only when the test says so
 * (`speechStub.finish()`) or, once the test has turned `auto` on, as soon as it is spoken. So
 * nothing races the test on a slow machine (the reading used to end by itself while the test
 * was still reaching for "Pausa").
 */

type Log = { spoken: { text: string; lang: string }[]; calls: string[]; voicesReady: boolean };

/** Replaces the browser's speech with a recorder; `voices` arrive after `voiceschanged`. */
async function stubSpeech(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((voices) => {
    const log: Log = { spoken: [], calls: [], voicesReady: false };
    let available: typeof voices = [];
    const target = new EventTarget();
    let current: Utterance | null = null;
    let paused = false;
    let auto = false;
    class Utterance {
      text: string;
      lang = "";
      voice: unknown = null;
      onend?: () => void;
      onerror?: () => void;
      constructor(text: string) {
        this.text = text;
      }
    }
    const end = (utterance: Utterance) => {
      if (current !== utterance || paused) return;
      current = null;
      utterance.onend?.();
    };
    const synth = {
      getVoices: () => available,
      addEventListener: (type: string, listener: EventListener) =>
        target.addEventListener(type, listener),
      removeEventListener: (type: string, listener: EventListener) =>
        target.removeEventListener(type, listener),
      speak(utterance: Utterance) {
        log.calls.push(paused ? "speak-while-paused" : "speak");
        log.spoken.push({ text: utterance.text, lang: utterance.lang });
        current = utterance;
        if (auto) setTimeout(() => end(utterance), 0);
      },
      pause() {
        log.calls.push("pause");
        paused = true;
      },
      resume() {
        log.calls.push("resume");
        paused = false;
        const held = current;
        if (held && auto) setTimeout(() => end(held), 0);
      },
      // As in Chrome: a cancelled utterance gets its error event, a moment later.
      cancel() {
        log.calls.push("cancel");
        const cancelled = current;
        current = null;
        setTimeout(() => {
          cancelled?.onerror?.();
          log.calls.push("cancel-delivered");
        }, 0);
      },
    };
    Object.assign(window, {
      speechLog: log,
      speechStub: {
        finish: () => current && end(current),
        auto: () => {
          auto = true;
        },
      },
    });
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", {
      value: Utterance,
      configurable: true,
    });
    // The voice list arrives late, as in Chrome.
    setTimeout(() => {
      available = voices;
      target.dispatchEvent(new Event("voiceschanged"));
      log.voicesReady = true;
    }, 200);
  }, voices);
}

const log = (page: Page) =>
  page.evaluate(() => (window as unknown as { speechLog: Log }).speechLog);
const stub = (page: Page, action: "finish" | "auto") =>
  page.evaluate(
    (action) =>
      (window as unknown as { speechStub: Record<typeof action, () => void> }).speechStub[action](),
    action,
  );

const PATHS = ["/", "/om-run", "/moten"];

test(
  "with a Swedish voice: read in order, a sentence at a time; pause, continue, stop",
  { tag: ["@next", "@phone"] },
  async ({ page }) => {
    await stubSpeech(page, [
      { lang: "en-US", name: "English" },
      { lang: "sv-SE", name: "Alva" },
    ]);
    for (const path of PATHS) {
      await page.goto(path);
      const play = page.getByRole("button", { name: "Lyssna på sidan" });
      await expect(play, path).toBeVisible();
      // What the page says, in order, from its own main content.
      const expected = await page.locator("main").evaluate((main) => {
        const blocks = [
          ...main.querySelectorAll(
            "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, figcaption, blockquote",
          ),
        ];
        return blocks
          .filter(
            (block) =>
              !block.closest(
                "[data-listen], [hidden], [aria-hidden=true], .visually-hidden, script, style, svg, noscript",
              ),
          )
          .map((block) => {
            const clone = block.cloneNode(true) as Element;
            clone
              .querySelectorAll(".visually-hidden, [hidden], [aria-hidden=true], svg")
              .forEach((node) => node.remove());
            clone
              .querySelectorAll(
                "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, figcaption, blockquote",
              )
              .forEach((node) => node.replaceWith(" "));
            return clone.textContent ?? "";
          });
      });
      const pieces = expected.flatMap((text) => sentences(text));
      await play.click();
      const pause = page.getByRole("button", { name: "Pausa" });
      await expect(pause).toBeFocused();
      // The first sentence is being said; the controls stay in reach while it reads.
      await expect.poll(async () => (await log(page)).spoken.length).toBe(1);
      await expect(page.locator("[data-listen]")).toHaveCSS("position", "fixed");
      await pause.click();
      await expect(page.getByRole("button", { name: "Fortsätt" })).toBeVisible();
      // The voice finishing its sentence while paused must not start the next one.
      await stub(page, "finish");
      expect((await log(page)).spoken.length, "nothing more is said while paused").toBe(1);
      await stub(page, "auto");
      await page.getByRole("button", { name: "Fortsätt" }).click();
      await expect
        .poll(async () => (await log(page)).spoken.length, { timeout: 15_000 })
        .toBe(pieces.length);
      const { spoken, calls } = await log(page);
      expect(spoken.map((item) => item.text)).toEqual(pieces);
      expect(spoken[0]!.text).toBe((await page.locator("h1").textContent())!.trim());
      expect(new Set(spoken.map((item) => item.lang))).toEqual(new Set(["sv-SE"]));
      expect(Math.max(...spoken.map((item) => item.text.length)), "sentence-sized").toBeLessThan(
        400,
      );
      expect(calls).toContain("pause");
      expect(calls).toContain("resume");
      expect(calls).not.toContain("speak-while-paused");
      // At the end the controls are as before.
      await expect(play).toBeVisible();
    }
  },
);

test("stop ends the reading at once and gives the button back", async ({ page }) => {
  await stubSpeech(page, [{ lang: "sv-SE", name: "Alva" }]);
  await page.goto("/om-run");
  await page.getByRole("button", { name: "Lyssna på sidan" }).click();
  await expect(page.locator(".listen-current")).toHaveCount(1);
  await page.getByRole("button", { name: "Stoppa" }).click();
  await expect(page.getByRole("button", { name: "Lyssna på sidan" })).toBeFocused();
  await expect(page.locator(".listen-current")).toHaveCount(0);
  await expect(page.locator("[data-listen]")).not.toHaveCSS("position", "fixed");
  // The cancelled sentence's error event arrives after the stop; it must not read on.
  await expect
    .poll(async () => (await log(page)).calls.filter((call) => call === "cancel-delivered"))
    .toHaveLength(2);
  await stub(page, "finish");
  expect((await log(page)).spoken.length).toBe(1);
});

test("without a Swedish voice there is no button", async ({ page }) => {
  await stubSpeech(page, [{ lang: "en-US", name: "English" }]);
  await page.goto("/om-run");
  await expect.poll(async () => (await log(page)).voicesReady).toBe(true);
  await expect(page.locator("[data-listen]")).toBeHidden();
  await expect(page.getByRole("button", { name: /Lyssna/ })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("there is no button", async ({ page }) => {
    await page.goto("/om-run");
    await expect(page.getByRole("button", { name: /Lyssna/ })).toHaveCount(0);
  });
});
