import { CalendarSubscribe } from "@/components/calendar-subscribe";
import { ContentPage, contentPageMetadata } from "@/components/content-page";
import { JsonLd } from "@/components/json-ld";
import { MeetingSchedule } from "@/components/meeting-schedule";
import { getMeetingViews } from "@/lib/content/meetings";
import { upcomingEventsJsonLd } from "@/lib/structured-data";

const route = "moten";

export const generateMetadata = () => contentPageMetadata(route);

export default function MeetingsPage() {
  const meetings = getMeetingViews();
  return (
    <ContentPage route={route}>
      <MeetingSchedule meetings={meetings} />
      <CalendarSubscribe />
      {upcomingEventsJsonLd(meetings).map((event) => (
        <JsonLd key={event.startDate} data={event} />
      ))}
    </ContentPage>
  );
}
