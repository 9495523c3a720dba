import type { Metadata } from "next";
import { PageShell } from "@/components/layout/page-shell";
import { NEWS_FEED } from "@/lib/metadata";
import { getSiteFacts } from "@/lib/content/site-facts";
import { SectionLinks } from "@/components/section-links";
import { ROUTES, startSections } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Sidan finns inte",
  description: "Sidan du sökte finns inte på RUN:s webbplats.",
  robots: { index: false },
  alternates: {
    types: { "application/atom+xml": [{ url: NEWS_FEED.href, title: NEWS_FEED.title }] },
  },
};

export default function NotFound() {
  return (
    <PageShell page={{ path: null, title: "Sidan finns inte" }} facts={getSiteFacts()}>
      <p>
        Vi hittar ingen sida på den här adressen. Den kan ha flyttats eller tagits bort, eller så är
        adressen felstavad.
      </p>
      <p>
        Gå till <a href={ROUTES.start.path}>startsidan</a> eller välj ett avsnitt nedan.
      </p>
      <SectionLinks sections={startSections()} />
    </PageShell>
  );
}
