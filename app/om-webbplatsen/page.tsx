import { contentRoute } from "@/app/_shared/content-page";
import { SiteStatement } from "@/components/site-statement";
import { getPersonalDataFacts, siteResponsible } from "@/lib/content/contact";
import { feedbackEmail } from "@/lib/content/site-facts";
import { ROUTES } from "@/lib/routes";
import { WEB_GUIDELINES } from "@/lib/web-guidelines";

const route = contentRoute("omWebbplatsen", () => (
  <SiteStatement
    responsible={siteResponsible()}
    personalData={getPersonalDataFacts()}
    feedbackEmail={feedbackEmail()}
    guidelines={WEB_GUIDELINES}
    contactHref={ROUTES.kontakt.path}
    accessibilityHref={ROUTES.tillganglighet.path}
  />
));
export const generateMetadata = route.generateMetadata;
export default route.Page;
