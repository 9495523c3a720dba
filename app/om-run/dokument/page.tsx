import { contentRoute } from "@/app/_shared/content-page";
import { DocumentList } from "@/components/document-list";
import { getDocumentViews } from "@/lib/content/documents";

const route = contentRoute("dokument", () => <DocumentList documents={getDocumentViews()} />);
export const generateMetadata = route.generateMetadata;
export default route.Page;
