import { ContentPage, contentPageMetadata } from "@/components/content-page";

const route = "tillganglighet";

export const generateMetadata = () => contentPageMetadata(route);

export default function AccessibilityPage() {
  return <ContentPage route={route} />;
}
