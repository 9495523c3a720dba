import { ContentPage, contentPageMetadata } from "@/components/content-page";
import { OM_RUN, trail } from "@/lib/trails";

const route = "/om-run/organisation";

export const generateMetadata = () => contentPageMetadata(route);

export default function OrganisationPage() {
  return (
    <ContentPage route={route} trail={trail(OM_RUN, { href: route, label: "Organisation" })} />
  );
}
