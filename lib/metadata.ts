import type { Metadata } from "next";
import { FILE_ROUTES, type LanguageVersion } from "./routes";
import { site, siteUrl } from "./site";

/** The news feed every page announces (Webbriktlinjer R87: let visitors subscribe). */
export const NEWS_FEED = { href: FILE_ROUTES.newsFeed, title: `${site.shortName}: Aktuellt` };

/** Title, description, canonical address and Open Graph basics for one page. */
export function pageMetadata({
  path,
  title: heading,
  headTitle,
  description,
  absoluteTitle = false,
  calendar,
  languages = [],
  lang,
}: {
  path: string;
  title: string;
  /** The title in the head where it says more than the heading (a page record's). */
  headTitle?: string;
  description: string;
  /** The start page's title stands alone, without the " – RUN" suffix. */
  absoluteTitle?: boolean;
  /** A meetings feed the page offers, announced as `<link rel="alternate" type="text/calendar">`. */
  calendar?: { href: string; title: string };
  /** The page's language versions, itself included: `<link rel="alternate" hreflang="…">`. */
  languages?: readonly LanguageVersion[];
  /** The page's language when it is not Swedish. */
  lang?: "en";
}): Metadata {
  const title = headTitle ?? heading;
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: {
      canonical: path,
      ...(languages.length > 0
        ? {
            languages: Object.fromEntries(languages.map((version) => [version.lang, version.href])),
          }
        : {}),
      types: {
        "application/atom+xml": [{ url: NEWS_FEED.href, title: NEWS_FEED.title }],
        ...(calendar ? { "text/calendar": [{ url: calendar.href, title: calendar.title }] } : {}),
      },
    },
    openGraph: {
      type: "website",
      locale: lang === "en" ? "en_GB" : site.locale,
      siteName: site.name,
      title,
      description,
      url: `${siteUrl}${path}`,
    },
  };
}
