import { ContentPage, contentPageMetadata } from "@/components/content-page";
import { DocumentList } from "@/components/document-list";
import { getDocuments } from "@/lib/content/documents";
import { OM_RUN, trail } from "@/lib/trails";

const route = "/om-run/dokument";

export const generateMetadata = () => contentPageMetadata(route);

export default function DocumentsPage() {
  return (
    <ContentPage route={route} trail={trail(OM_RUN, { href: route, label: "Dokument" })}>
      <DocumentList documents={getDocuments()} />
    </ContentPage>
  );
}
