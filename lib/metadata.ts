import type { Metadata } from "next";
import { site, siteUrl } from "./site";

/** Title, description, canonical address and Open Graph basics for one page. */
export function pageMetadata({
  path,
  title,
  description,
  absoluteTitle = false,
}: {
  path: string;
  title: string;
  description: string;
  /** The start page's title stands alone, without the " – RUN" suffix. */
  absoluteTitle?: boolean;
}): Metadata {
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: "website",
      locale: site.locale,
      siteName: site.name,
      title,
      description,
      url: `${siteUrl}${path}`,
    },
  };
}
