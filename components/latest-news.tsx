import { NewsList } from "@/components/news-list";
import type { NewsView } from "@/lib/content/news";
import { PAGE_IDS } from "@/lib/page-ids";

/** The start page's newest news; nothing at all when there is none, so no empty box shows. */
export function LatestNews({ items, allHref }: { items: readonly NewsView[]; allHref: string }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={PAGE_IDS.latestNews} className="latest-news">
      <h2 id={PAGE_IDS.latestNews}>Aktuellt</h2>
      <NewsList items={items} headingLevel={3} />
      <p>
        <a href={allHref}>Alla nyheter</a>
      </p>
    </section>
  );
}
