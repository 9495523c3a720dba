import fs from "node:fs";
import path from "node:path";
import type { Problem } from "../problems";
import { publicItems, type PublicItem } from "./public-files";
import type { Rule } from "./rule";

/**
 * Nothing in `public/` may run in a visitor's browser. Everything there is published as it is,
 * at its own address on the site's origin, where the site's script policy (`script-src 'self'`)
 * would let a script file run, and an SVG or HTML file opened directly is a document of its own.
 * So the check refuses, rather than rewrites, what a browser would execute: HTML pages, script
 * files, XSLT, and SVG or XML with scripts, event handlers, `javascript:` addresses, embedded
 * HTML or stylesheets. An editor learns why, and fixes the file at its source. (The servers also
 * send SVG with a policy that runs nothing: lib/security.ts, SVG_POLICY.)
 */

/** The one HTML page in `public/`: the editing interface's, not an editor's file. */
const ADMIN_PAGE = "/admin/index.html";

/** Kinds of file refused by their name, with why and what to do instead. */
const REFUSED_TYPES: { extensions: readonly string[]; message: string }[] = [
  {
    extensions: ["html", "htm", "shtml", "xhtml", "xht", "mht", "mhtml"],
    message:
      "är en webbsida (HTML). En sådan fil publiceras som den är, med sina skript och utan webbplatsens sidhuvud, meny och kontroller. Skriv texten som en Markdown-fil i content/ i stället, eller spara den som PDF.",
  },
  {
    extensions: ["js", "mjs", "cjs", "jsx", "wasm", "swf"],
    message:
      "är ett program som webbläsare kör (JavaScript eller liknande). Webbplatsen kör bara sina egna skript. Ta bort filen; behövs funktionen, be en utvecklare om hjälp.",
  },
  {
    extensions: ["xsl", "xslt"],
    message:
      "är en XSLT-mall, som gör om XML till en webbsida med skript. Ta bort filen; behövs den, be en utvecklare om hjälp.",
  },
  {
    extensions: ["gz", "br"],
    message:
      "är en komprimerad kopia. Servern skickar en sådan fil i stället för filen med samma namn utan .gz eller .br, så den kan ersätta en annan fil. Ta bort den: exporten komprimerar filerna själv.",
  },
  {
    extensions: ["svgz"],
    message:
      "är en komprimerad SVG-bild, som inte kan kontrolleras. Spara bilden som vanlig SVG (.svg) i stället.",
  },
];

/** Files that static hosts read as their settings (Netlify, Cloudflare Pages); the export writes `_headers`. */
const HOST_SETTINGS = ["/_headers", "/_redirects"];

/** Markup a browser renders as a document of its own when the file is opened. */
const MARKUP = ["svg", "xml", "rss", "atom"];

/** Larger markup files are not read; no image on a web page needs to be this large. */
export const MARKUP_LIMIT = 5 * 1024 * 1024;

/** An element name, with or without a namespace prefix (`<svg:script`). */
const element = (names: string) => new RegExp(`<\\s*(?:[\\w.-]+:)?(${names})\\b`, "i");

/**
 * What in an SVG or XML file a browser would run, as Swedish phrases for the message, each
 * test linear in the length of the text. It errs on the side of refusing: a `<script` in a
 * comment counts too.
 */
const ACTIVE: { test: (raw: string, decoded: string) => string | null }[] = [
  { test: (raw) => (element("script").test(raw) ? "ett skript (<script>)" : null) },
  {
    test: (raw) => {
      const found = /(?:^|[\s"'/])((?:[\w.-]+:)?on[a-z]+)\s*=/i.exec(raw);
      return found ? `en händelse som kör kod (${found[1]}=)` : null;
    },
  },
  {
    test: (raw) =>
      /attributeName\s*=\s*["']?\s*on/i.test(raw)
        ? 'en animation som sätter en händelse (attributeName="on…")'
        : null,
  },
  {
    test: (_raw, decoded) => {
      const found = /(java|vb)script:/i.exec(decoded.replace(/[\u0000-\u0020]/g, ""));
      return found ? `en ${found[1]!.toLowerCase()}script:-adress` : null;
    },
  },
  {
    test: (raw) => {
      const found = element("foreignObject|iframe|frame|embed|object|portal|handler|listener").exec(
        raw,
      );
      return found ? `inbäddat innehåll (<${found[1]}>)` : null;
    },
  },
  {
    test: (_raw, decoded) =>
      /http:\/\/www\.w3\.org\/1999\/xhtml/i.test(decoded)
        ? 'HTML-element (xmlns="http://www.w3.org/1999/xhtml")'
        : null,
  },
  {
    test: (raw) => (/<\?\s*xml-stylesheet/i.test(raw) ? "en stilmall (<?xml-stylesheet?>)" : null),
  },
  {
    test: (raw) =>
      /<!ENTITY/i.test(raw) || /<!DOCTYPE[^>[]*\[/i.test(raw) ? "egna entiteter (<!ENTITY>)" : null,
  },
];

/** Character references as an XML parser reads them in attribute values: `&#106;` is `j`. */
function decodeReferences(text: string): string {
  return text.replace(/&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));?/gi, (reference, hex, decimal) => {
    const code = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}

/** The text of a markup file, as a browser would decode it (a byte-order mark picks UTF-16). */
function markupText(bytes: Buffer): string | null {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : "utf-8";
  const text = new TextDecoder(encoding).decode(bytes);
  // A NUL means another encoding than the one read (UTF-16 without its mark, say).
  return text.includes("\u0000") ? null : text;
}

/** Why a markup file would run something in the browser (empty: it would not). */
export function activeContent(text: string): string[] {
  const decoded = decodeReferences(text);
  return ACTIVE.flatMap(({ test }) => test(text, decoded) ?? []);
}

function extension(item: PublicItem): string {
  return path.extname(item.file).slice(1).toLowerCase();
}

function markupProblem(item: PublicItem): string | null {
  if (item.size > MARKUP_LIMIT)
    return `är större än ${MARKUP_LIMIT / 1024 / 1024} MB och kan inte kontrolleras. Gör filen mindre (en bild på webben brukar vara under 1 MB), eller spara bilden som PNG eller JPEG.`;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(item.absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "okänt fel";
    return `kan inte läsas (${code}). Kontrollera att filen får läsas, eller ta bort den.`;
  }
  const text = markupText(bytes);
  if (text === null)
    return "är inte sparad som UTF-8-text och kan inte kontrolleras. Spara filen som UTF-8 (i Inkscape: Spara som → Vanlig SVG).";
  const found = activeContent(text);
  if (found.length === 0) return null;
  return `innehåller ${found.join(", ")}, som en webbläsare kör när filen öppnas direkt. Spara bilden utan skript, länkar och interaktivitet (i Inkscape: Spara som → Optimerad SVG; i Illustrator: Exportera som → SVG), eller som PNG, och lägg den här igen.`;
}

function itemProblem(item: PublicItem): string | null {
  if (item.entry === "link")
    return "är en länk (genväg). Den publiceras inte och kan inte kontrolleras. Lägg den riktiga filen här i stället.";
  if (item.entry === "special")
    return "är ingen vanlig fil (utan till exempel en namngiven pipe eller en enhet). Ta bort den.";
  if (HOST_SETTINGS.includes(item.sitePath))
    return "är en inställningsfil för webbhotell (Netlify, Cloudflare Pages), som kan ändra webbplatsens adresser och säkerhetsinställningar. Exporten skriver den själv; ta bort filen.";
  // The editing interface's page (/admin, lib/admin/), the project's own, with its own policy.
  if (item.sitePath === ADMIN_PAGE) return null;
  const type = extension(item);
  const refused = REFUSED_TYPES.find((candidate) => candidate.extensions.includes(type));
  if (refused) return refused.message;
  return MARKUP.includes(type) ? markupProblem(item) : null;
}

/** No file in `public/` runs in the browser (see above). */
export const publicFilesAreInert: Rule = ({ root }) => {
  const { items, problems } = publicItems(root);
  return [
    ...problems,
    ...items.flatMap((item): Problem[] => {
      const message = itemProblem(item);
      return message ? [{ file: item.file, message }] : [];
    }),
  ];
};
