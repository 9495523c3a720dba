import { ContactDetails } from "@/components/contact-details";
import { contentRoute } from "@/app/_shared/content-page";
import { getContactFacts } from "@/lib/content/contact";
import { FILE_ROUTES, ROUTES } from "@/lib/routes";

const route = contentRoute("kontakt", () => (
  <ContactDetails
    facts={getContactFacts()}
    calendarHref={FILE_ROUTES.calendar}
    meetingsHref={ROUTES.moten.path}
    newsHref={ROUTES.aktuellt.path}
    newsFeedHref={FILE_ROUTES.newsFeed}
  />
));
export const generateMetadata = route.generateMetadata;
export default route.Page;
