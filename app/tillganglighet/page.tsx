import { contentRoute } from "@/components/content-page";
import { StatementParts } from "@/components/statement-parts";
import { TestedCriteria } from "@/components/tested-criteria";

const route = contentRoute("tillganglighet", () => (
  <>
    <StatementParts />
    <TestedCriteria />
  </>
));
export const generateMetadata = route.generateMetadata;
export default route.Page;
