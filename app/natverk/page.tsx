import { contentRoute } from "@/app/_shared/content-page";
import { NetworkDirectory } from "@/components/network-directory";
import { getNetworks, toNetworkView } from "@/lib/content/networks";

const route = contentRoute("natverk", () => (
  <NetworkDirectory networks={getNetworks().map(toNetworkView)} />
));
export const generateMetadata = route.generateMetadata;
export default route.Page;
