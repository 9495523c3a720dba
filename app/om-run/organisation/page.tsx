import { CalendarSubscribe } from "@/components/calendar-subscribe";
import { ContentPage, contentPageMetadata } from "@/components/content-page";
import { bodyCalendar } from "@/lib/content/meetings";

const route = "organisation";
/** RUN-riksdagen is described on this page, so its meetings' feed is offered here. */
const body = "run-riksdag";

export const generateMetadata = () => contentPageMetadata(route, bodyCalendar(body));

export default function OrganisationPage() {
  return (
    <ContentPage route={route}>
      <CalendarSubscribe
        href={bodyCalendar(body).href}
        whose="RUN-riksdagens möten"
        heading="Prenumerera på RUN-riksdagens möten"
      />
    </ContentPage>
  );
}
