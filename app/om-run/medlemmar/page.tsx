import { ContentPage, contentPageMetadata } from "@/components/content-page";
import { MemberGroups } from "@/components/member-groups";
import { getMemberGroups } from "@/lib/content/members";
import { OM_RUN, trail } from "@/lib/trails";

const route = "/om-run/medlemmar";

export const generateMetadata = () => contentPageMetadata(route);

export default function MembersPage() {
  return (
    <ContentPage route={route} trail={trail(OM_RUN, { href: route, label: "Medlemmar" })}>
      <MemberGroups groups={getMemberGroups()} />
    </ContentPage>
  );
}
