import { ContentPage, contentPageMetadata } from "@/components/content-page";
import { DocumentList } from "@/components/document-list";
import { getDocuments } from "@/lib/content/documents";

const route = "dokument";

export const generateMetadata = () => contentPageMetadata(route);

export default function DocumentsPage() {
  return (
    <ContentPage route={route}>
      <DocumentList documents={getDocuments()} />
    </ContentPage>
  );
}
