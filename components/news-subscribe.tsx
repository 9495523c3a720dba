import { PAGE_IDS } from "@/lib/page-ids";
import { siteUrl } from "@/lib/site";

/** How to follow the news in a feed reader (Webbriktlinjer R87). */
export function NewsSubscribe({ href }: { href: string }) {
  return (
    <section aria-labelledby={PAGE_IDS.newsSubscribe} className="subscribe">
      <h2 id={PAGE_IDS.newsSubscribe}>Prenumerera på nyheterna</h2>
      <p>
        Nyheterna finns som ett flöde (Atom) som du kan prenumerera på i en flödesläsare eller i
        ditt e-postprogram. Då ser du nya nyheter utan att besöka webbplatsen. Flödets adress är:
      </p>
      <p className="feed-address">
        <code>{`${siteUrl}${href}`}</code>
      </p>
      <p>
        <a href={href} type="application/atom+xml">
          Öppna nyhetsflödet
        </a>
      </p>
    </section>
  );
}
