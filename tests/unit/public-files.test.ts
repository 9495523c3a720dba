import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { activeContent, MARKUP_LIMIT } from "@/lib/content/rules/active-files";
import { problemsAfter } from "../helpers/fixtures";

/**
 * Files in public/ are published as they are, on the site's own origin: the check refuses
 * every one a browser would run, naming the file, why and what to do instead.
 */

const svg = (inner: string, attributes = "") =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attributes}>${inner}</svg>`;
const SAFE = svg('<title>Karta</title><rect width="10" height="10" style="fill:#036"/>');
const REDO =
  "som en webbläsare kör när filen öppnas direkt. Spara bilden utan skript, länkar och interaktivitet (i Inkscape: Spara som → Optimerad SVG; i Illustrator: Exportera som → SVG), eller som PNG, och lägg den här igen.";

describe("active content in public/", () => {
  it("an ordinary SVG, image, XML file or text passes", () => {
    expect(
      problemsAfter({
        "public/bilder/karta.svg": SAFE,
        "public/bilder/LOGGA.SVG": svg('<a href="https://run.example.se/"><circle r="4"/></a>'),
        "public/bilder/foto.png": Buffer.from([0x89, 0x50, 0x4e, 0x47]),
        "public/filer/data.xml": '<?xml version="1.0"?><rader><rad>ett</rad></rader>',
        "public/filer/lista.txt": "<script>alert(1)</script> som text",
      }),
    ).toEqual([]);
  });

  it("an SVG with a script, an event handler, a javascript: address or embedded HTML is refused", () => {
    expect(
      problemsAfter({
        "public/a.svg": svg("<script>alert(1)</script>"),
        "public/b.svg": svg('<circle r="4"/>', ' onload="alert(1)"'),
        "public/c.svg": svg('<a href="java&#x73;cript:alert(1)"><circle r="4"/></a>'),
        "public/d.svg": svg(
          '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
        ),
        "public/e.svg": svg('<svg:script xmlns:svg="http://www.w3.org/2000/svg">x</svg:script>'),
        "public/f.svg": svg('<set attributeName="onmouseover" to="alert(1)"/>'),
      }),
    ).toEqual([
      `public/a.svg: innehåller ett skript (<script>), ${REDO}`,
      `public/b.svg: innehåller en händelse som kör kod (onload=), ${REDO}`,
      `public/c.svg: innehåller en javascript:-adress, ${REDO}`,
      `public/d.svg: innehåller inbäddat innehåll (<foreignObject>), HTML-element (xmlns="http://www.w3.org/1999/xhtml"), ${REDO}`,
      `public/e.svg: innehåller ett skript (<script>), ${REDO}`,
      `public/f.svg: innehåller en animation som sätter en händelse (attributeName="on…"), ${REDO}`,
    ]);
  });

  it("XML that a browser turns into a page is refused too", () => {
    const found = problemsAfter({
      "public/rss.xml":
        '<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="/x.xsl"?><rss/>',
      "public/sida.xml": '<html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>',
      "public/entiteter.svg": `<!DOCTYPE svg [<!ENTITY s "&#60;script&#62;">]>${svg("&s;")}`,
    });
    expect(found).toEqual([
      `public/entiteter.svg: innehåller egna entiteter (<!ENTITY>), ${REDO}`,
      `public/rss.xml: innehåller en stilmall (<?xml-stylesheet?>), ${REDO}`,
      `public/sida.xml: innehåller HTML-element (xmlns="http://www.w3.org/1999/xhtml"), ${REDO}`,
    ]);
  });

  it("HTML pages, scripts, XSLT and compressed copies are refused by their kind", () => {
    expect(
      problemsAfter({
        "public/sida.html": "<p>hej</p>",
        "public/gammal/Sida.HTM": "<p>hej</p>",
        "public/skript.js": "alert(1)",
        "public/modul.mjs": "alert(1)",
        "public/mall.xsl": "<xsl:stylesheet/>",
        "public/bilder/karta.svg.gz": Buffer.from([0x1f, 0x8b]),
        "public/_headers": "/*\n  X-Frame-Options: ALLOW\n",
      }),
    ).toEqual([
      "public/_headers: är en inställningsfil för webbhotell (Netlify, Cloudflare Pages), som kan ändra webbplatsens adresser och säkerhetsinställningar. Exporten skriver den själv; ta bort filen.",
      "public/bilder/karta.svg.gz: är en komprimerad kopia. Servern skickar en sådan fil i stället för filen med samma namn utan .gz eller .br, så den kan ersätta en annan fil. Ta bort den: exporten komprimerar filerna själv.",
      "public/gammal/Sida.HTM: är en webbsida (HTML). En sådan fil publiceras som den är, med sina skript och utan webbplatsens sidhuvud, meny och kontroller. Skriv texten som en Markdown-fil i content/ i stället, eller spara den som PDF.",
      "public/mall.xsl: är en XSLT-mall, som gör om XML till en webbsida med skript. Ta bort filen; behövs den, be en utvecklare om hjälp.",
      "public/modul.mjs: är ett program som webbläsare kör (JavaScript eller liknande). Webbplatsen kör bara sina egna skript. Ta bort filen; behövs funktionen, be en utvecklare om hjälp.",
      "public/sida.html: är en webbsida (HTML). En sådan fil publiceras som den är, med sina skript och utan webbplatsens sidhuvud, meny och kontroller. Skriv texten som en Markdown-fil i content/ i stället, eller spara den som PDF.",
      "public/skript.js: är ett program som webbläsare kör (JavaScript eller liknande). Webbplatsen kör bara sina egna skript. Ta bort filen; behövs funktionen, be en utvecklare om hjälp.",
    ]);
  });

  it("a link, a pipe, UTF-16 without its mark and a huge SVG are refused, not followed or read", () => {
    const utf16 = Buffer.from(svg("<script>x</script>"), "utf16le");
    const found = problemsAfter({ "public/utf16.svg": utf16 }, undefined, (root) => {
      fs.mkdirSync(path.join(root, "public"), { recursive: true });
      fs.symlinkSync("/etc/passwd", path.join(root, "public/genvag.svg"));
      fs.writeFileSync(path.join(root, "public/stor.svg"), Buffer.alloc(MARKUP_LIMIT + 1, 0x20));
    });
    expect(found).toEqual([
      "public/genvag.svg: är en länk (genväg). Den publiceras inte och kan inte kontrolleras. Lägg den riktiga filen här i stället.",
      "public/stor.svg: är större än 5 MB och kan inte kontrolleras. Gör filen mindre (en bild på webben brukar vara under 1 MB), eller spara bilden som PNG eller JPEG.",
      "public/utf16.svg: är inte sparad som UTF-8-text och kan inte kontrolleras. Spara filen som UTF-8 (i Inkscape: Spara som → Vanlig SVG).",
    ]);
    const marked = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]);
    expect(problemsAfter({ "public/utf16.svg": marked })[0]).toContain("ett skript (<script>)");
  });

  it("the search index that npm run build writes to public/pagefind/ is not the editors'", () => {
    expect(problemsAfter({ "public/pagefind/pagefind.js": "export {}" })).toEqual([]);
  });

  it("reads long hostile text in linear time", () => {
    const started = performance.now();
    for (const text of [
      ` on${"a".repeat(200_000)}`,
      `<${"a:".repeat(100_000)}`,
      `<!DOCTYPE${" x".repeat(100_000)}`,
      "&#1".repeat(100_000),
    ])
      activeContent(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
