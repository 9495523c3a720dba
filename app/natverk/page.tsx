import { ContentPage, contentPageMetadata } from "@/components/content-page";
import { NetworkDirectory } from "@/components/network-directory";
import { getNetworks } from "@/lib/content/networks";

const route = "natverk";

export const generateMetadata = () => contentPageMetadata(route);

export default function NetworksPage() {
  return (
    <ContentPage route={route}>
      <NetworkDirectory networks={getNetworks()} />
    </ContentPage>
  );
}
