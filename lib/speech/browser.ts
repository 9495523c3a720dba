/**
 * "Lyssna": reads the page's main content aloud with the browser's own Swedish voice (Web
 * Speech API), no third-party script. The control is in every page's HTML but hidden; it is
 * shown only once the browser has said it has a Swedish voice (the voice list often arrives
 * late, with `voiceschanged`), so there is never a button that does nothing. Text is spoken one
 * sentence at a time (Chrome stops long utterances), and the block being read is marked and
 * scrolled into view without moving focus. While it reads, the controls stand fixed in a corner
 * of the window (`listen-active`), so Pausa and Stoppa stay in reach as the page scrolls on a
 * phone instead of scrolling away with the title.
 */

/** Blocks read aloud, in document order. */
const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, figcaption, blockquote";
/** Not read: the control itself, anything hidden, and what is only for search or structure. */
const SKIP =
  "[data-listen], [hidden], [aria-hidden=true], .visually-hidden, script, style, svg, noscript";

/** Swedish abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATIONS =
  /(?:^|\s)(?:kl|t\.ex|bl\.a|m\.m|s\.k|ca|nr|jfr|dvs|osv|resp|fr\.o\.m|t\.o\.m|tel|st|p\.g\.a|f\.d|o\.s\.v)\.$/i;

/** Sentence-sized pieces of a text: split after . ! ? or … followed by a space. */
export function sentences(text: string): string[] {
  const pieces = text
    .replace(/\s+/g, " ")
    .trim()
    .split(/(?<=[.!?…])\s+(?=[A-ZÅÄÖ0-9"”(])/u)
    .filter(Boolean);
  const joined: string[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    if (last !== undefined && ABBREVIATIONS.test(last))
      joined[joined.length - 1] = `${last} ${piece}`;
    else joined.push(piece);
  }
  return joined;
}

/** The text a block says itself, not counting blocks nested in it (a list in a list item). */
function ownText(block: Element): string {
  let text = "";
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? "";
      else if (child instanceof Element && !child.matches(SKIP) && !child.matches(BLOCKS))
        walk(child);
      else if (child instanceof Element && child.matches(BLOCKS)) text += " ";
    }
  };
  walk(block);
  return text;
}

/** What will be read: each block with its sentences, in document order. */
export function readingOrder(main: Element): { block: Element; sentences: string[] }[] {
  return [...main.querySelectorAll(BLOCKS)]
    .filter((block) => !block.closest(SKIP))
    .map((block) => ({ block, sentences: sentences(ownText(block)) }))
    .filter((item) => item.sentences.length > 0);
}

function swedishVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | undefined {
  return synth
    .getVoices()
    .find((voice) => voice.lang.toLowerCase().replace("_", "-").startsWith("sv"));
}

/** Calls back with a Swedish voice once the browser has one; never, if it has none. */
function whenSwedishVoice(
  synth: SpeechSynthesis,
  found: (voice: SpeechSynthesisVoice) => void,
): void {
  const now = swedishVoice(synth);
  if (now) return found(now);
  const changed = () => {
    const voice = swedishVoice(synth);
    if (!voice) return;
    synth.removeEventListener("voiceschanged", changed);
    found(voice);
  };
  synth.addEventListener("voiceschanged", changed);
}

export function startListen(control: HTMLElement, main: HTMLElement): void {
  const synth = window.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === "undefined") return;
  const play = control.querySelector<HTMLButtonElement>("[data-listen-play]")!;
  const pause = control.querySelector<HTMLButtonElement>("[data-listen-pause]")!;
  const stop = control.querySelector<HTMLButtonElement>("[data-listen-stop]")!;

  whenSwedishVoice(synth, (voice) => {
    let queue: { block: Element; text: string }[] = [];
    let current: Element | null = null;
    let paused = false;
    let run = 0;

    const mark = (block: Element | null) => {
      current?.classList.remove("listen-current");
      current = block;
      if (block) {
        block.classList.add("listen-current");
        const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
        block.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" });
      }
    };
    const reset = () => {
      queue = [];
      paused = false;
      mark(null);
      play.hidden = false;
      pause.hidden = true;
      stop.hidden = true;
      pause.textContent = "Pausa";
      control.classList.remove("listen-active");
    };
    const next = (thisRun: number) => {
      if (thisRun !== run) return;
      const item = queue.shift();
      if (!item) return reset();
      if (item.block !== current) mark(item.block);
      const utterance = new SpeechSynthesisUtterance(item.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.onend = () => next(thisRun);
      utterance.onerror = () => next(thisRun);
      synth.speak(utterance);
    };

    play.addEventListener("click", () => {
      synth.cancel();
      run += 1;
      queue = readingOrder(main).flatMap(({ block, sentences: parts }) =>
        parts.map((text) => ({ block, text })),
      );
      play.hidden = true;
      pause.hidden = false;
      stop.hidden = false;
      control.classList.add("listen-active");
      pause.focus();
      next(run);
    });
    pause.addEventListener("click", () => {
      paused = !paused;
      if (paused) synth.pause();
      else synth.resume();
      pause.textContent = paused ? "Fortsätt" : "Pausa";
    });
    stop.addEventListener("click", () => {
      run += 1;
      synth.cancel();
      reset();
      play.focus();
    });
    addEventListener("pagehide", () => synth.cancel());
    control.hidden = false;
  });
}
