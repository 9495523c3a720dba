import { newsFeedXml } from "@/lib/content/news-feed";
import { atomResponse } from "@/lib/feeds/atom";

export const dynamic = "force-static";

export function GET() {
  return atomResponse(newsFeedXml());
}
