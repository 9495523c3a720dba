import { notFound } from "next/navigation";
import { PreviewBadge } from "@/components/draft-badge";
import { FormattedDate } from "@/components/formatted-date";
import { PageShell } from "@/components/layout/page-shell";
import { Markdown } from "@/components/markdown";
import { getNewsItem, getNewsSlugs, newsDocument, newsUpdated } from "@/lib/content/news";
import { getSiteFacts } from "@/lib/content/site-facts";
import { pageMetadata } from "@/lib/metadata";
import { PAGE_IDS } from "@/lib/page-ids";
import { newsHref, trailTo } from "@/lib/routes";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getNewsSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props) {
  const item = getNewsItem((await params).slug);
  if (!item) return {};
  return pageMetadata({ path: newsHref(item.slug), title: item.title, description: item.summary });
}

export default async function NewsItemPage({ params }: Props) {
  const item = getNewsItem((await params).slug);
  if (!item) notFound();
  const document = newsDocument(item);
  return (
    <PageShell
      currentPath={newsHref(item.slug)}
      title={item.title}
      trail={trailTo("aktuellt", [{ href: newsHref(item.slug), label: item.title }])}
      updated={newsUpdated(item)}
      facts={getSiteFacts()}
      source={item.source}
      lead={
        <p className="news-date">
          Publicerad <FormattedDate date={item.date} />
          <PreviewBadge item={item} />
        </p>
      }
    >
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
    </PageShell>
  );
}
