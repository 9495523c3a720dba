import { JsonLd } from "@/components/json-ld";
import { PageShell } from "@/components/layout/page-shell";
import { Markdown } from "@/components/markdown";
import { NextMeeting } from "@/components/next-meeting";
import { SectionLinks } from "@/components/section-links";
import { routeUpdated } from "@/lib/content/addresses";
import { getMeetingViews } from "@/lib/content/meetings";
import { getPage } from "@/lib/content/pages";
import { pageMetadata } from "@/lib/metadata";
import { organizationJsonLd } from "@/lib/structured-data";
import { startSections } from "@/lib/site";

const route = "/";

export function generateMetadata() {
  const page = getPage(route);
  return pageMetadata({
    path: route,
    title: page.title,
    description: page.description,
    absoluteTitle: true,
  });
}

export default function HomePage() {
  const page = getPage(route);
  return (
    <PageShell
      currentPath={route}
      title={page.title}
      updated={routeUpdated(route)}
      source={page.source}
    >
      <div className="lead">
        <Markdown source={page.markdown} />
      </div>
      <NextMeeting
        meetings={getMeetingViews()}
        allHref="/moten"
        builtAt={new Date().toISOString()}
      />
      <SectionLinks sections={startSections} />
      <JsonLd data={organizationJsonLd()} />
    </PageShell>
  );
}
