import { contentRoute } from "@/components/content-page";

const route = contentRoute("tillganglighet");
export const generateMetadata = route.generateMetadata;
export default route.Page;
