import { contentRoute } from "@/components/content-page";

const route = contentRoute("organisation");
export const generateMetadata = route.generateMetadata;
export default route.Page;
