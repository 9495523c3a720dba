import { contentRoute } from "@/app/_shared/content-page";
import { EasyReadFacts } from "@/components/easy-read-facts";
import { getContactFacts, getMemberFacts } from "@/lib/content/contact";
import { ROUTES } from "@/lib/routes";

const route = contentRoute("lattlast", () => (
  <EasyReadFacts
    members={getMemberFacts()}
    contact={getContactFacts()}
    contactHref={ROUTES.kontakt.path}
  />
));
export const generateMetadata = route.generateMetadata;
export default route.Page;
