import type { MetadataRoute } from "next";
import { sitePages } from "@/lib/content/site-pages";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages().map((page) => ({
    url: `${siteUrl}${page.path}`,
    lastModified: page.updated,
    // Written as <xhtml:link rel="alternate" hreflang="…"> for each language version.
    ...(page.languages.length > 0
      ? {
          alternates: {
            languages: Object.fromEntries(
              page.languages.map((version) => [version.lang, `${siteUrl}${version.href}`]),
            ),
          },
        }
      : {}),
  }));
}
