import { itemRoute } from "@/app/_shared/item-route";
import { PreviewBadge } from "@/components/draft-badge";
import { FormattedDate } from "@/components/formatted-date";
import { Markdown } from "@/components/markdown";
import { getNewsItem, getNewsSlugs, newsDocument } from "@/lib/content/news";
import { PAGE_IDS } from "@/lib/page-ids";

const route = itemRoute("news", getNewsSlugs, (slug, page) => {
  const item = getNewsItem(slug);
  if (!item) return null;
  const document = newsDocument(item);
  return {
    lead: (
      <p className="news-date">
        Publicerad <FormattedDate date={item.date} />
        <PreviewBadge label={page.preview} />
      </p>
    ),
    body: (
      <>
        <div className="lead">
          <p>{item.summary}</p>
        </div>
        <Markdown markdown={item.markdown} />
        {document && (
          <section aria-labelledby={PAGE_IDS.newsDocument}>
            <h2 id={PAGE_IDS.newsDocument}>Dokument</h2>
            <p className="news-document">
              <a href={document.href}>{document.title}</a>
            </p>
          </section>
        )}
      </>
    ),
  };
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
