import { ContentPage, contentPageMetadata } from "@/components/content-page";

const route = "organisation";

export const generateMetadata = () => contentPageMetadata(route);

export default function OrganisationPage() {
  return <ContentPage route={route} />;
}
