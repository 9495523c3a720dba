import { ContentPage, contentPageMetadata } from "@/components/content-page";
import { SectionLinks } from "@/components/section-links";
import { omRunSections } from "@/lib/site";

const route = "/om-run";

export const generateMetadata = () => contentPageMetadata(route);

export default function OmRunPage() {
  return (
    <ContentPage route={route}>
      <SectionLinks sections={omRunSections} heading="Mer om RUN" />
    </ContentPage>
  );
}
