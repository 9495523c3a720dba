import { collectLinks } from "../../markdown/links";
import { headingIds } from "../../markdown/processor";
import { PAGE_IDS } from "../../page-ids";
import { documentIdPrefix, FILE_ROUTES, itemHref, meetingIcsHref } from "../../routes";
import { forbiddenCharacter } from "../characters";
import { KINDS, type KindSpec } from "../kinds";
import { closest, type Problem } from "../problems";
import type { Source } from "../types";
import { publicEntry } from "./public-files";
import type { Rule } from "./rule";

/**
 * Links and images in editors' Markdown lead somewhere a visitor can go. The sanitiser would
 * silently drop some of these at render time (a `javascript:` link); here the editor learns why.
 */

const BLOCKED_PROTOCOL = /^\s*(javascript|data|vbscript|file):/i;
const LOCAL_HOST = /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(?=[:/]|$)/i;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i;

/**
 * The ids a kind's page has besides its text's headings (components/network-details.tsx,
 * components/meeting-details.tsx).
 */
const ITEM_ANCHORS: Record<string, readonly string[]> = {
  networks: [PAGE_IDS.purpose, PAGE_IDS.participants, PAGE_IDS.contact],
  meetings: [PAGE_IDS.meetingDocuments],
};

/** The ids a visitor can link to on each address: the text's headings and the page's own. */
function anchorsByAddress(input: Parameters<Rule>[0]): Map<string, Set<string>> {
  const { content, routes, pages } = input;
  const anchors = new Map<string, Set<string>>();
  const add = (address: string, ids: Iterable<string>) => {
    const set = anchors.get(address) ?? new Set<string>([PAGE_IDS.main]);
    for (const id of ids) set.add(id);
    anchors.set(address, set);
  };
  for (const entry of Object.values(routes)) {
    const page = content.pages.find((candidate) => candidate.slug === entry.page);
    add(entry.path, page ? headingIds(page.markdown) : []);
  }
  // The page of every file of a kind with pages (ITEM_PAGES), any kind added later too.
  const files = content as unknown as Record<string, readonly Source[] | undefined>;
  for (const kind of Object.keys(pages))
    for (const item of files[kind] ?? [])
      add(itemHref(kind, item.slug, pages, routes), [
        ...headingIds(item.markdown),
        ...(ITEM_ANCHORS[kind] ?? []),
      ]);
  const documentsPage = Object.values(routes).find((entry) => entry.shows?.includes("documents"));
  if (documentsPage)
    for (const document of content.documents)
      add(
        documentsPage.path,
        headingIds(document.markdown, { idPrefix: documentIdPrefix(document.slug) }),
      );
  return anchors;
}

/** The addresses of the site (pages and files), and the ids on each page. */
function siteMap(input: Parameters<Rule>[0]) {
  const anchors = anchorsByAddress(input);
  const files = new Set<string>([
    ...Object.values(FILE_ROUTES),
    ...input.content.meetings.map((meeting) => meetingIcsHref(meeting.slug)),
  ]);
  return { anchors, files, addresses: [...anchors.keys(), ...files] };
}

function problemFor(
  url: string,
  image: boolean,
  shownAt: string | undefined,
  input: Parameters<Rule>[0],
  site: ReturnType<typeof siteMap>,
): string | null {
  const trimmed = url.trim();
  const what = image ? "visar bilden" : "länkar till";
  if (BLOCKED_PROTOCOL.test(trimmed))
    return `${what} "${trimmed}", som tas bort när sidan visas: bara adresser som börjar med https://, http://, mailto:, tel: eller / fungerar.`;
  if (/^www\./i.test(trimmed))
    return `${what} "${trimmed}", som saknar "https://" först och då blir en adress på den här webbplatsen. Skriv "https://${trimmed}".`;
  if (LOCAL_HOST.test(trimmed))
    return `${what} "${trimmed}", som leder till den egna datorn (localhost) och inte når besökare. Skriv adressen som den ser ut på webben, eller som /adress för en sida här.`;
  if (EMAIL.test(trimmed))
    return `${what} "${trimmed}", en e-postadress utan "mailto:" först. Skriv [${trimmed}](mailto:${trimmed}).`;
  if (/^(mailto|tel):/i.test(trimmed))
    return image ? `visar bilden "${trimmed}", som inte är en bild.` : null;
  if (/^https?:\/\//i.test(trimmed))
    return image
      ? `visar bilden "${trimmed}" från en annan webbplats, och sådana visas inte (webbplatsen hämtar inget från andra). Lägg bilden i public/ och skriv /bildens-namn.`
      : null;
  if (trimmed.startsWith("//"))
    return `${what} "${trimmed}", som saknar "https:" först. Skriv "https:${trimmed}".`;

  const [rawPath = "", rawHash] = trimmed.split("#", 2) as [string, string | undefined];
  if (!trimmed.startsWith("/") && !trimmed.startsWith("#"))
    return `${what} "${trimmed}". En adress på webbplatsen börjar med / (t.ex. /om-run), och en på en annan webbplats med https://.`;
  let path: string;
  let hash: string | undefined;
  try {
    path = rawPath === "" ? "" : decodeURI(rawPath.split("?")[0]!);
    hash = rawHash === undefined ? undefined : decodeURIComponent(rawHash);
  } catch {
    return `${what} "${trimmed}", där ett %-tecken inte följs av två tecken 0–9 eller A–F. Skriv %25 för ett procenttecken, eller ta bort det.`;
  }
  // "%00" decodes to a character no file name or address may hold (and Node refuses to look up).
  const hidden = forbiddenCharacter(`${path}${hash ?? ""}`);
  if (hidden)
    return `${what} "${trimmed}", där en %-kod blir ett osynligt styrtecken (${hidden.code}). Ta bort %-koden.`;
  const here = path === "" ? undefined : path.replace(/\/+$/, "") || "/";
  if (path.split("/").includes(".."))
    return `${what} "${trimmed}", som pekar utanför webbplatsen. Skriv hela adressen från / .`;

  // A page of the site: the page, and its anchor if any.
  const address = here ?? shownAt;
  const ids = address ? site.anchors.get(address) : undefined;
  if (here === undefined || ids) {
    if (image) return `visar bilden "${trimmed}", som är en sida och inte en bild.`;
    if (hash === undefined || hash === "") return null;
    if (ids?.has(hash)) return null;
    const guess = ids ? closest(hash, [...ids]) : undefined;
    return `länkar till "${trimmed}", men ${here ? `sidan ${here}` : "den här sidan"} har ingen rubrik med id "${hash}".${guess ? ` Menade du "#${guess}"?` : ""} Ett id är rubrikens text med små bokstäver och bindestreck, t.ex. "## Vårt uppdrag" → #vårt-uppdrag.`;
  }
  if (site.files.has(here)) return image ? `visar bilden "${trimmed}", som inte är en bild.` : null;
  // A page whose own file is broken is reported there, not again here.
  for (const kind of Object.keys(input.pages)) {
    const below = itemHref(kind, "", input.pages, input.routes);
    const folder = (KINDS as Record<string, KindSpec | undefined>)[kind]?.folder;
    if (here.startsWith(below) && input.broken.has(`${folder}/${here.slice(below.length)}`))
      return null;
  }
  const entry = publicEntry(input.root, here);
  if (entry === "file") return null;
  if (entry === "folder")
    return `${what} "${trimmed}", som är en mapp i public/ och inte en fil. Skriv hela sökvägen till filen.`;
  if (entry === "link")
    return `${what} "${trimmed}", en länk (genväg) i public/ som inte publiceras.`;
  if (image)
    return `visar bilden "${trimmed}", som inte finns i public/. Lägg bilden i public${here} eller rätta sökvägen.`;
  const guess = closest(here, site.addresses);
  return `länkar till "${trimmed}", en adress som inte finns på webbplatsen.${guess ? ` Menade du "${guess}"?` : ""}`;
}

/** Every text with Markdown, and the address it is shown on (for `#anchor` links), if any. */
function texts({
  content,
  routes,
  pages,
}: Parameters<Rule>[0]): { item: Source; address?: string }[] {
  const entries = Object.values(routes);
  const documentsPage = entries.find((entry) => entry.shows?.includes("documents"))?.path;
  const files = content as unknown as Record<string, readonly Source[] | undefined>;
  return [
    ...content.pages.map((item) => ({
      item,
      address: entries.find((entry) => entry.page === item.slug)?.path,
    })),
    ...Object.keys(pages).flatMap((kind) =>
      (files[kind] ?? []).map((item) => ({
        item,
        address: itemHref(kind, item.slug, pages, routes),
      })),
    ),
    ...content.documents.map((item) => ({ item, address: documentsPage })),
  ];
}

export const linksResolve: Rule = (input) => {
  const site = siteMap(input);
  const problems: Problem[] = [];
  for (const { item, address } of texts(input))
    for (const link of collectLinks(item.markdown)) {
      const message = problemFor(link.url, link.image, address, input, site);
      if (message)
        problems.push({
          file: item.source,
          line:
            link.line === undefined ? undefined : input.markdownLine(item.source) + link.line - 1,
          message,
        });
    }
  return problems;
};
