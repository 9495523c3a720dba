import { ContentPage, contentPageMetadata } from "@/app/_shared/content-page";
import { JsonLd } from "@/components/json-ld";
import { LatestNews } from "@/components/latest-news";
import { NextMeeting } from "@/components/next-meeting";
import { SectionLinks } from "@/components/section-links";
import { getMeetingViews } from "@/lib/content/meetings";
import { latestNews, toNewsView } from "@/lib/content/news";
import { organizationJsonLd } from "@/lib/structured-data";
import { ROUTES, startSections } from "@/lib/routes";

const route = "start";

export const generateMetadata = () => contentPageMetadata(route);

export default function HomePage() {
  return (
    <ContentPage route={route} lead>
      <NextMeeting
        meetings={getMeetingViews()}
        allHref={ROUTES.moten.path}
        builtAt={new Date().toISOString()}
      />
      <LatestNews items={latestNews().map(toNewsView)} allHref={ROUTES.aktuellt.path} />
      <SectionLinks sections={startSections()} />
      <JsonLd data={organizationJsonLd()} />
    </ContentPage>
  );
}
