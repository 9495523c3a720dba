import { itemRoute } from "@/app/_shared/item-route";
import { CalendarSubscribe } from "@/components/calendar-subscribe";
import { DraftBadge } from "@/components/draft-badge";
import { MeetingSchedule } from "@/components/meeting-schedule";
import { NetworkDetails } from "@/components/network-details";
import { bodyCalendar, getMeetingViews } from "@/lib/content/meetings";
import { getNetwork, getNetworkSlugs } from "@/lib/content/networks";
import { getPerson } from "@/lib/content/people";

const route = itemRoute("networks", getNetworkSlugs, (slug, page) => {
  const network = getNetwork(slug);
  if (!network) return null;
  return {
    lead: page.preview ? <DraftBadge label={page.preview} /> : undefined,
    body: (
      <>
        <NetworkDetails network={network} contact={getPerson(network.contact)} />
        <MeetingSchedule meetings={getMeetingViews(network.slug)} showBody={false} />
        <CalendarSubscribe href={bodyCalendar(network.slug).href} whose="Nätverkets möten" />
      </>
    ),
  };
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
