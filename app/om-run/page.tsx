import { ContentPage, contentPageMetadata } from "@/components/content-page";
import { SectionLinks } from "@/components/section-links";
import { childSections } from "@/lib/routes";

const route = "omRun";

export const generateMetadata = () => contentPageMetadata(route);

export default function OmRunPage() {
  return (
    <ContentPage route={route}>
      <SectionLinks sections={childSections(route)} heading="Mer om RUN" />
    </ContentPage>
  );
}
