/**
 * A content folder `scale` times the size of the real one, for the build benchmark: every
 * network, person, meeting and document copied `scale - 1` more times with unique names,
 * titles and dates. Page addresses are fixed by the product, so pages cannot multiply; their
 * text is repeated `scale` times instead. Members (the 19 municipalities and the university)
 * stay as they are. The result passes `npm run check`.
 */
import fs from "node:fs";
import path from "node:path";

const FOLDERS = ["natverk", "personer", "moten", "dokument"] as const;

function withFrontMatterChange(text: string, change: (frontMatter: string) => string): string {
  const end = text.indexOf("\n---", 3);
  return change(text.slice(0, end)) + text.slice(end);
}

/** One copy (number `n`, from 1) of a content file, made unique where the checks require it. */
function copyOf(folder: (typeof FOLDERS)[number], text: string, n: number): string {
  return withFrontMatterChange(text, (frontMatter) => {
    switch (folder) {
      case "natverk":
        return frontMatter.replace(
          /^title: (.+)$/m,
          (_, title: string) => `title: ${title} ${n + 1}`,
        );
      case "personer":
        return frontMatter.replace(/^name: (.+)$/m, (_, name: string) => `name: ${name} ${n + 1}`);
      case "dokument":
        return frontMatter.replace(
          /^title: (.+)$/m,
          (_, title: string) => `title: ${title} (${n + 1})`,
        );
      case "moten":
        // The same meeting n years later: no two meetings of one body start at the same time.
        return frontMatter.replace(
          /^date: (\d{4})(-\d\d-\d\d)$/m,
          (_, year: string, rest: string) => `date: ${Number(year) + n}${rest}`,
        );
    }
  });
}

export function generateContent(source: string, target: string, scale: number): void {
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(source, target, { recursive: true });
  if (scale <= 1) return;
  for (const folder of FOLDERS) {
    const dir = path.join(target, folder);
    for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".md"))) {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      for (let n = 1; n < scale; n++) {
        const slug = file.slice(0, -".md".length);
        // Networks and people are referred to by file name: copies refer to the originals.
        fs.writeFileSync(path.join(dir, `${slug}-k${n}.md`), copyOf(folder, text, n));
      }
    }
  }
  const pages = path.join(target, "sidor");
  for (const file of fs.readdirSync(pages)) {
    const text = fs.readFileSync(path.join(pages, file), "utf8");
    const end = text.indexOf("\n---", 3) + "\n---".length;
    const body = text.slice(end).trim();
    if (body)
      fs.writeFileSync(path.join(pages, file), text + `\n\n${body}`.repeat(scale - 1) + "\n");
  }
}
