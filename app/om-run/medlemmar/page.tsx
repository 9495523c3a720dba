import { contentRoute } from "@/components/content-page";
import { MemberGroups } from "@/components/member-groups";
import { getMemberGroups } from "@/lib/content/members";

const route = contentRoute("medlemmar", () => <MemberGroups groups={getMemberGroups()} />);
export const generateMetadata = route.generateMetadata;
export default route.Page;
