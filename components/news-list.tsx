import { PreviewBadge } from "@/components/draft-badge";
import { FormattedDate } from "@/components/formatted-date";
import type { NewsView } from "@/lib/content/news";

/** News items, newest first: date, title linking to the item, and its summary. */
export function NewsList({
  items,
  headingLevel = 2,
}: {
  items: readonly NewsView[];
  /** The items' headings: h2 on /aktuellt, h3 inside the start page's section. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="news-list">
      {items.map((item) => (
        <li key={item.slug} className="news-item">
          <Heading className="news-title">
            <a href={item.href}>{item.title}</a>
            <PreviewBadge label={item.preview} />
          </Heading>
          <p className="news-date">
            <FormattedDate date={item.date} />
          </p>
          <p>{item.summary}</p>
        </li>
      ))}
    </ul>
  );
}
