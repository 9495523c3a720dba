import { notFound } from "next/navigation";
import { CalendarSubscribe } from "@/components/calendar-subscribe";
import { DraftBadge, previewLabel } from "@/components/draft-badge";
import { MeetingSchedule } from "@/components/meeting-schedule";
import { PageShell } from "@/components/layout/page-shell";
import { NetworkDetails } from "@/components/network-details";
import { networkReview, networkUpdated } from "@/lib/content/addresses";
import { bodyCalendar, getMeetingViews } from "@/lib/content/meetings";
import { getNetwork, getNetworkSlugs } from "@/lib/content/networks";
import { getPerson } from "@/lib/content/people";
import { getSiteFacts } from "@/lib/content/site-facts";
import { pageMetadata } from "@/lib/metadata";
import { networkHref, trailTo } from "@/lib/routes";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getNetworkSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props) {
  const network = getNetwork((await params).slug);
  if (!network) return {};
  return pageMetadata({
    path: networkHref(network.slug),
    title: network.title,
    description: network.summary,
    calendar: bodyCalendar(network.slug),
  });
}

export default async function NetworkPage({ params }: Props) {
  const network = getNetwork((await params).slug);
  if (!network) notFound();
  return (
    <PageShell
      currentPath={networkHref(network.slug)}
      title={network.title}
      trail={trailTo("natverk", [{ href: networkHref(network.slug), label: network.title }])}
      updated={networkUpdated(network.slug)}
      review={networkReview(network.slug)}
      facts={getSiteFacts()}
      source={network.source}
      lead={previewLabel(network) ? <DraftBadge label={previewLabel(network)!} /> : undefined}
    >
      <NetworkDetails network={network} contact={getPerson(network.contact)} />
      <MeetingSchedule meetings={getMeetingViews(network.slug)} showBody={false} />
      <CalendarSubscribe href={bodyCalendar(network.slug).href} whose="Nätverkets möten" />
    </PageShell>
  );
}
