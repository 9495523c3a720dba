/**
 * Search at /sok, in the visitor's browser: Pagefind's index of the site (built after the pages,
 * scripts/search-index.mts) is loaded from /pagefind/ only here, and only once the page has a
 * query. `/sok?q=…` opens with that query's results, so the header's search field is a plain
 * GET form and a search can be linked. Without JavaScript the page still offers every page from
 * A to Ö. The results are written as plain DOM: title (a link), the passage with the words
 * marked, and the address; their number is announced in a live region.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** Shown at most; the count says how many there are in all. */
const SHOWN = 20;

let loading: Promise<Pagefind> | null = null;

function loadPagefind(): Promise<Pagefind> {
  // A URL, not a module in the bundle: the index is written after the build.
  const url = "/pagefind/pagefind.js";
  loading ??= (
    import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<Pagefind>
  ).then(async (pagefind) => {
    // Rank by where a word stands (headings, weighted passages), not by how often it recurs:
    // on a small site the page about a thing names it in its headings.
    await pagefind.options({
      baseUrl: "/",
      excerptLength: 24,
      ranking: { termFrequency: 0, pageLength: 0 },
    });
    return pagefind;
  });
  return loading;
}

/** Pagefind's excerpt is escaped text with `<mark>` around the words found; nothing else is kept. */
export function excerptNodes(excerpt: string, document: Document): Node[] {
  const decode = (text: string) =>
    new DOMParser().parseFromString(`<!doctype html><body>${text}`, "text/html").body.textContent ??
    "";
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).flatMap((part): Node[] => {
    if (part === "") return [];
    const marked = /^<mark>([\s\S]*?)<\/mark>$/.exec(part);
    if (!marked) return [document.createTextNode(decode(part.replace(/<[^>]*>/g, "")))];
    const mark = document.createElement("mark");
    mark.textContent = decode(marked[1]!.replace(/<[^>]*>/g, ""));
    return [mark];
  });
}

/** "1 träff", "12 träffar": Swedish, with the query named. */
export function countText(count: number, query: string): string {
  if (count === 0)
    return `Inga träffar för "${query}". Pröva ett annat ord, eller se alla sidor från A till Ö nedan.`;
  return `${count} ${count === 1 ? "träff" : "träffar"} för "${query}"${count > SHOWN ? `. De ${SHOWN} bästa visas` : ""}.`;
}

/** The address as a reader sees it: the path, without the site's own host. */
function shownAddress(url: string): string {
  return decodeURI(url.replace(/\/$/, "") || "/");
}

async function run(root: HTMLElement, query: string): Promise<void> {
  const status = root.querySelector<HTMLElement>("[data-search-status]")!;
  const list = root.querySelector<HTMLOListElement>("[data-search-results]")!;
  const section = root.querySelector<HTMLElement>("[data-search-results-section]")!;
  list.replaceChildren();
  section.hidden = true;
  if (query === "") {
    status.textContent = "";
    return;
  }
  status.textContent = "Söker …";
  try {
    const pagefind = await loadPagefind();
    const { results } = await pagefind.search(query);
    const found = await Promise.all(results.slice(0, SHOWN).map((result) => result.data()));
    for (const data of found) {
      const item = document.createElement("li");
      const heading = document.createElement("h3");
      const link = document.createElement("a");
      link.href = data.url;
      link.textContent = data.meta.title ?? shownAddress(data.url);
      heading.append(link);
      const passage = document.createElement("p");
      passage.append(...excerptNodes(data.excerpt, document));
      const address = document.createElement("p");
      address.className = "search-address";
      address.textContent = shownAddress(data.url);
      item.append(heading, passage, address);
      list.append(item);
    }
    section.hidden = found.length === 0;
    status.textContent = countText(results.length, query);
  } catch {
    status.textContent =
      "Sökningen går inte att använda just nu. Se alla sidor från A till Ö nedan.";
  }
}

/** Starts the search page in `root` (the element with `data-search`). */
export function startSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("form")!;
  const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
  const query = new URLSearchParams(location.search).get("q")?.trim() ?? "";
  input.value = query;
  void run(root, query);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = input.value.trim();
    // The address follows the query, so the results can be linked and Back works.
    const url = new URL(location.href);
    if (next) url.searchParams.set("q", next);
    else url.searchParams.delete("q");
    history.pushState(null, "", url);
    void run(root, next);
  });
  addEventListener("popstate", () => {
    const again = new URLSearchParams(location.search).get("q")?.trim() ?? "";
    input.value = again;
    void run(root, again);
  });
  root.dataset.searchReady = "";
}
