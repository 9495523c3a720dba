import type { MetadataRoute } from "next";
import { getSiteAddresses } from "@/lib/content/addresses";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return getSiteAddresses().map((address) => ({
    url: `${siteUrl}${address.path}`,
    lastModified: address.lastModified,
    // Written as <xhtml:link rel="alternate" hreflang="…"> for each language version.
    ...(address.languages.length > 0
      ? {
          alternates: {
            languages: Object.fromEntries(
              address.languages.map((version) => [version.lang, `${siteUrl}${version.href}`]),
            ),
          },
        }
      : {}),
  }));
}
