import type { Metadata } from "next";
import { site, siteUrl } from "./site";

/** Title, description, canonical address and Open Graph basics for one page. */
export function pageMetadata({
  path,
  title,
  description,
  absoluteTitle = false,
  calendar,
}: {
  path: string;
  title: string;
  description: string;
  /** The start page's title stands alone, without the " – RUN" suffix. */
  absoluteTitle?: boolean;
  /** A meetings feed the page offers, announced as `<link rel="alternate" type="text/calendar">`. */
  calendar?: { href: string; title: string };
}): Metadata {
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: {
      canonical: path,
      ...(calendar
        ? { types: { "text/calendar": [{ url: calendar.href, title: calendar.title }] } }
        : {}),
    },
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
