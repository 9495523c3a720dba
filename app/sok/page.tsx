import { contentRoute } from "@/app/_shared/content-page";
import { SearchPage } from "@/components/search-page";
import { pageDirectory } from "@/lib/content/site-pages";

const route = contentRoute("sok", () => <SearchPage directory={pageDirectory()} />);
export const generateMetadata = route.generateMetadata;
export default route.Page;
