import { contentRoute } from "@/app/_shared/content-page";
import { EnglishFacts } from "@/components/english-facts";
import { getContactFacts, getMemberFacts } from "@/lib/content/contact";
import { getLeadershipMembers } from "@/lib/content/leadership";
import { ROUTES } from "@/lib/routes";

const route = contentRoute("inEnglish", () => (
  <EnglishFacts
    members={getMemberFacts()}
    leadership={getLeadershipMembers()}
    contact={getContactFacts()}
    networksHref={ROUTES.natverk.path}
  />
));
export const generateMetadata = route.generateMetadata;
export default route.Page;
