import { ContentPage } from "@/components/content-page";
import { JsonLd } from "@/components/json-ld";
import { LatestNews } from "@/components/latest-news";
import { NextMeeting } from "@/components/next-meeting";
import { SectionLinks } from "@/components/section-links";
import { getMeetingViews } from "@/lib/content/meetings";
import { latestNews, toNewsView } from "@/lib/content/news";
import { getPage } from "@/lib/content/pages";
import { pageMetadata } from "@/lib/metadata";
import { organizationJsonLd } from "@/lib/structured-data";
import { languageVersions, ROUTES, startSections } from "@/lib/routes";

const route = "start";

export function generateMetadata() {
  const page = getPage(route);
  return pageMetadata({
    path: ROUTES[route].path,
    title: page.title,
    description: page.description,
    absoluteTitle: true,
    languages: languageVersions(route),
  });
}

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
