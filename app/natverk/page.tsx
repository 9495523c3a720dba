import { contentRoute } from "@/components/content-page";
import { NetworkDirectory } from "@/components/network-directory";
import { getNetworks } from "@/lib/content/networks";

const route = contentRoute("natverk", () => <NetworkDirectory networks={getNetworks()} />);
export const generateMetadata = route.generateMetadata;
export default route.Page;
