import { contentRoute } from "@/app/_shared/content-page";
import { MemberGroups } from "@/components/member-groups";
import { MembersMap } from "@/components/members-map";
import { getMemberGroups, getMembers } from "@/lib/content/members";

const route = contentRoute("medlemmar", () => (
  <>
    <MembersMap members={getMembers()} />
    <MemberGroups groups={getMemberGroups()} />
  </>
));
export const generateMetadata = route.generateMetadata;
export default route.Page;
