import { ContentPage, contentPageMetadata } from "@/components/content-page";
import { LeadershipList } from "@/components/leadership-list";
import { MeetingsByYear } from "@/components/meetings-by-year";
import { NextMeeting } from "@/components/next-meeting";
import { getLeadershipMembers } from "@/lib/content/leadership";
import { getMeetingViews } from "@/lib/content/meetings";
import { OM_RUN, trail } from "@/lib/trails";

const route = "/om-run/ledningsgrupp";

export const generateMetadata = () => contentPageMetadata(route);

export default function LeadershipPage() {
  const meetings = getMeetingViews("ledningsgruppen");
  return (
    <ContentPage route={route} trail={trail(OM_RUN, { href: route, label: "Ledningsgrupp" })}>
      <LeadershipList members={getLeadershipMembers()} />
      <NextMeeting meetings={meetings} allHref="/moten" builtAt={new Date().toISOString()} />
      <section aria-labelledby="motestider">
        <h2 id="motestider">Mötestider</h2>
        <MeetingsByYear meetings={meetings} headingLevel={3} showBody={false} />
      </section>
    </ContentPage>
  );
}
