import { contentRoute } from "@/components/content-page";
import { SearchPage } from "@/components/search-page";
import { getPageDirectory } from "@/lib/content/addresses";

const route = contentRoute("sok", () => <SearchPage directory={getPageDirectory()} />);
export const generateMetadata = route.generateMetadata;
export default route.Page;
