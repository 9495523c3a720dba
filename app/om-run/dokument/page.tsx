import { contentRoute } from "@/components/content-page";
import { DocumentList } from "@/components/document-list";
import { getDocuments } from "@/lib/content/documents";

const route = contentRoute("dokument", () => <DocumentList documents={getDocuments()} />);
export const generateMetadata = route.generateMetadata;
export default route.Page;
