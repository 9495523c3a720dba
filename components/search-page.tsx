import type { DirectoryEntry } from "@/lib/content/site-pages";
import { PAGE_IDS } from "@/lib/page-ids";
import { ROUTES } from "@/lib/routes";
import { SearchStart } from "./search-start";

/** The first letter a page is filed under in the A–Ö list. */
function letterOf(title: string): string {
  return title.trim().charAt(0).toLocaleUpperCase("sv");
}

/**
 * The search page: a GET form (so `/sok?q=…` can be linked and works from the header), a live
 * region with the number of results, the results (written by lib/search/browser.ts), and every
 * page from A to Ö, which is what the page offers without JavaScript.
 */
export function SearchPage({ directory }: { directory: DirectoryEntry[] }) {
  const letters = [...new Set(directory.map((entry) => letterOf(entry.title)))];
  return (
    <div data-search="">
      <form role="search" action={ROUTES.sok.path} method="get" className="search-form">
        <label htmlFor={PAGE_IDS.searchField}>Sök efter</label>
        <input id={PAGE_IDS.searchField} type="search" name="q" autoComplete="off" />
        <button type="submit">Sök</button>
      </form>
      <noscript>
        <p>Sökningen behöver JavaScript. Alla sidor finns listade från A till Ö nedan.</p>
      </noscript>
      <p role="status" className="search-status" data-search-status="" />
      <section aria-labelledby={PAGE_IDS.searchResults} data-search-results-section="" hidden>
        <h2 id={PAGE_IDS.searchResults}>Träffar</h2>
        <ol className="search-results" data-search-results="" />
      </section>
      <section aria-labelledby={PAGE_IDS.allPages}>
        <h2 id={PAGE_IDS.allPages}>Alla sidor från A till Ö</h2>
        {letters.map((letter, index) => (
          <section key={letter} aria-labelledby={PAGE_IDS.letter(index)}>
            <h3 id={PAGE_IDS.letter(index)}>{letter}</h3>
            <dl className="directory">
              {directory
                .filter((entry) => letterOf(entry.title) === letter)
                .map((entry) => (
                  <div key={entry.path}>
                    <dt>
                      <a href={entry.path}>{entry.title}</a>
                    </dt>
                    <dd>{entry.description}</dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </section>
      <SearchStart />
    </div>
  );
}
