import { contentRoute } from "@/app/_shared/content-page";
import { SectionLinks } from "@/components/section-links";
import { childSections } from "@/lib/routes";

const route = contentRoute("omRun", () => (
  <SectionLinks sections={childSections("omRun")} heading="Mer om RUN" />
));
export const generateMetadata = route.generateMetadata;
export default route.Page;
