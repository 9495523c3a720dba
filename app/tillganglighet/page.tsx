import { contentRoute } from "@/app/_shared/content-page";
import { StatementParts } from "@/components/statement-parts";
import { TestedCriteria } from "@/components/tested-criteria";
import { getAccessibilityStatement } from "@/lib/content/accessibility-statement";

const route = contentRoute("tillganglighet", () => (
  <>
    <StatementParts statement={getAccessibilityStatement()} />
    <TestedCriteria />
  </>
));
export const generateMetadata = route.generateMetadata;
export default route.Page;
