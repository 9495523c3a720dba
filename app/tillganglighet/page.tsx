import { contentRoute } from "@/components/content-page";
import { TestedCriteria } from "@/components/tested-criteria";

const route = contentRoute("tillganglighet", () => <TestedCriteria />);
export const generateMetadata = route.generateMetadata;
export default route.Page;
