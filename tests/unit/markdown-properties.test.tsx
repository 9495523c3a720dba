import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import { BENIGN_FRAGMENTS, HOSTILE_FRAGMENTS } from "../helpers/hostile-markdown";

/**
 * Property: whatever Markdown goes in — generated text with hostile fragments mixed into
 * ordinary Markdown — the HTML that comes out has no executable markup.
 */

const render = (markdown: string) => renderToStaticMarkup(renderMarkdown(markdown));

/** Elements that can run code, load other documents, submit data or restyle the page. */
const FORBIDDEN_ELEMENTS =
  /^(script|style|iframe|frame|frameset|object|embed|applet|form|input|button|textarea|select|svg|math|base|meta|link|template|noscript|xmp|plaintext)$/;

/** Attributes whose value is a URL. */
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "cite",
  "action",
  "formaction",
  "xlink:href",
  "poster",
  "data",
]);
const ALLOWED_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

/** Every reason the HTML could run code; empty when it is inert. */
function executableMarkup(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const name = tag[1]!.toLowerCase();
    // React itself adds <link rel="preload" as="image"> for each image; its URL is checked below.
    const imagePreload =
      name === "link" && /^ rel="preload" as="image" href="[^"]*"$/.test(tag[2]!);
    if (FORBIDDEN_ELEMENTS.test(name) && name !== "input" && !imagePreload) found.push(`<${name}>`);
    for (const attribute of tag[2]!.matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)) {
      const key = attribute[1]!.toLowerCase();
      const value = decodeEntities(attribute[2] ?? "");
      if (key.startsWith("on")) found.push(`${name} ${key}=`);
      if (key === "style" || key === "srcdoc") found.push(`${name} ${key}=`);
      if (
        name === "input" &&
        !(key === "type" && value === "checkbox") &&
        key !== "checked" &&
        key !== "disabled"
      )
        found.push(`input ${key}=`);
      if (URL_ATTRIBUTES.has(key)) {
        // Browsers ignore ASCII whitespace and control characters in a URL's scheme.
        const cleaned = value.replace(/[\u0000-\u0020]/g, "");
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
        if (scheme && !ALLOWED_SCHEMES.has(`${scheme.toLowerCase()}:`))
          found.push(`${name} ${key}="${value}"`);
      }
    }
  }
  // Markup that survived as markup inside text would show up unescaped.
  if (/<\s*(script|iframe|svg|style)\b/i.test(html.replace(/<(\/?)(code|pre)>/g, "")))
    found.push("raw tag");
  return found;
}

/** An input is live markup only if it is not GFM's disabled task-list checkbox. */
function liveInputs(html: string): string[] {
  return [...html.matchAll(/<input\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((input) => !/type="checkbox"/.test(input) || !/disabled=""/.test(input));
}

describe("the checker itself", () => {
  it("sees executable markup when there is some", () => {
    expect(executableMarkup('<p><a href="javascript:alert(1)">x</a></p>')).not.toEqual([]);
    expect(executableMarkup('<img src="x" onerror="alert(1)">')).not.toEqual([]);
    expect(executableMarkup('<a href=" &#x6A;avascript:x">x</a>')).not.toEqual([]);
    expect(executableMarkup("<svg></svg>")).not.toEqual([]);
    expect(executableMarkup('<link rel="stylesheet" href="/x.css"/>')).not.toEqual([]);
    expect(executableMarkup('<link rel="preload" as="image" href="data:x"/>')).not.toEqual([]);
    expect(executableMarkup('<p style="x">y</p>')).not.toEqual([]);
    expect(executableMarkup('<a href="https://ok.example">x</a><a href="/om-run#a">y</a>')).toEqual(
      [],
    );
  });
});

describe("every hostile fragment", () => {
  it.each(HOSTILE_FRAGMENTS)("renders inert: %s", (fragment) => {
    const html = render(fragment);
    expect(executableMarkup(html)).toEqual([]);
    expect(liveInputs(html)).toEqual([]);
  });
});

describe("generated Markdown with hostile fragments mixed in", () => {
  const fragment = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
    { weight: 2, arbitrary: fc.constantFrom(...BENIGN_FRAGMENTS) },
    // Arbitrary text, biased towards the characters markup is made of.
    {
      weight: 2,
      arbitrary: fc.string({
        unit: fc.constantFrom(
          ..."<>\"'&=:;/#()[]!`*_ \n\tjavascriptonerrorsvgdata%x0123456789".split(""),
        ),
        maxLength: 40,
      }),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
  const document = fc
    .tuple(
      fc.array(fragment, { minLength: 1, maxLength: 10 }),
      fc.constantFrom("\n\n", "\n", " ", ""),
    )
    .map(([parts, separator]) => parts.join(separator));

  it("never produces executable markup", () => {
    fc.assert(
      fc.property(document, (markdown) => {
        const html = render(markdown);
        expect(executableMarkup(html)).toEqual([]);
        expect(liveInputs(html)).toEqual([]);
      }),
      { numRuns: 400, seed: Number(process.env.FC_SEED ?? 20261124) },
    );
  });

  it("keeps the ordinary Markdown around it: headings get ids usable as anchors", () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTILE_FRAGMENTS), (hostile) => {
        const html = render(`## Om oss\n\n${hostile}\n\n[Till rubriken](#om-oss)`);
        // (a hostile "# Rubrik" moves every heading down a level)
        expect(html).toMatch(/<h([23]) id="om-oss">Om oss<\/h\1>/);
        expect(html).toContain('<a href="#om-oss">Till rubriken</a>');
      }),
      { numRuns: HOSTILE_FRAGMENTS.length * 2, seed: 7 },
    );
  });
});
