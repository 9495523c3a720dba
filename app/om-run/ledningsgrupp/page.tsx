import { CalendarSubscribe } from "@/components/calendar-subscribe";
import { ContentPage, contentPageMetadata } from "@/app/_shared/content-page";
import { LeadershipList } from "@/components/leadership-list";
import { MeetingsByYear } from "@/components/meetings-by-year";
import { NextMeeting } from "@/components/next-meeting";
import { getLeadershipMembers } from "@/lib/content/leadership";
import { bodyCalendar, getMeetingViews } from "@/lib/content/meetings";
import { ROUTES } from "@/lib/routes";
import { PAGE_IDS } from "@/lib/page-ids";

const route = "ledningsgrupp";
const body = ROUTES.ledningsgrupp.feed;

export const generateMetadata = () => contentPageMetadata(route);

export default function LeadershipPage() {
  const meetings = getMeetingViews(body);
  return (
    <ContentPage route={route}>
      <LeadershipList members={getLeadershipMembers()} />
      <NextMeeting
        meetings={meetings}
        allHref={ROUTES.moten.path}
        builtAt={new Date().toISOString()}
      />
      <section aria-labelledby={PAGE_IDS.meetingTimes}>
        <h2 id={PAGE_IDS.meetingTimes}>Mötestider</h2>
        <MeetingsByYear meetings={meetings} headingLevel={3} showBody={false} />
      </section>
      <CalendarSubscribe href={bodyCalendar(body).href} whose="Ledningsgruppens möten" />
    </ContentPage>
  );
}
