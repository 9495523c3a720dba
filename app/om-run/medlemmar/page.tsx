import { ContentPage, contentPageMetadata } from "@/components/content-page";
import { MemberGroups } from "@/components/member-groups";
import { getMemberGroups } from "@/lib/content/members";

const route = "medlemmar";

export const generateMetadata = () => contentPageMetadata(route);

export default function MembersPage() {
  return (
    <ContentPage route={route}>
      <MemberGroups groups={getMemberGroups()} />
    </ContentPage>
  );
}
