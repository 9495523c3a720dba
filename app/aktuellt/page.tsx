import { contentRoute } from "@/app/_shared/content-page";
import { NewsList } from "@/components/news-list";
import { NewsSubscribe } from "@/components/news-subscribe";
import { getNews, toNewsView } from "@/lib/content/news";
import { FILE_ROUTES } from "@/lib/routes";

const route = contentRoute("aktuellt", () => {
  const items = getNews().map(toNewsView);
  return (
    <>
      {items.length > 0 ? (
        <NewsList items={items} />
      ) : (
        <p className="no-news">Det finns inga nyheter just nu.</p>
      )}
      <NewsSubscribe href={FILE_ROUTES.newsFeed} />
    </>
  );
});
export const generateMetadata = route.generateMetadata;
export default route.Page;
