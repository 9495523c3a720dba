import { CalendarSubscribe } from "@/components/calendar-subscribe";
import { ContentPage, contentPageMetadata } from "@/app/_shared/content-page";
import { ROUTES } from "@/lib/routes";
import { bodyCalendar } from "@/lib/content/meetings";

const route = "organisation";
/** RUN-riksdagen is described on this page, so its meetings' feed is offered here. */
const body = ROUTES.organisation.feed;

export const generateMetadata = () => contentPageMetadata(route);

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
