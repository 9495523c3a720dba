import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/layout/page-shell";
import { REMOVED_SECTIONS } from "@/lib/content/moves";
import { getSiteFacts } from "@/lib/content/site-facts";
import { ROUTES } from "@/lib/routes";

/**
 * What an address of a page that was taken down answers, with status 410 (lib/content/moves.ts):
 * one page per section, which it leads back to. nginx serves it in place of the removed page
 * and `next start` through proxy.ts; its own address is not a page of the site.
 */

type Props = { params: Promise<{ section: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return REMOVED_SECTIONS.map((section) => ({ section }));
}

export const metadata: Metadata = {
  title: "Sidan är borttagen",
  description: "Sidan som fanns på adressen är borttagen från RUN:s webbplats.",
  robots: { index: false },
};

export default async function RemovedPage({ params }: Props) {
  const { section } = await params;
  const route = Object.values(ROUTES).find((entry) => entry.path === `/${section}`);
  if (!route) notFound();
  return (
    <PageShell page={{ path: null, title: "Sidan är borttagen" }} facts={getSiteFacts()}>
      <p>
        Sidan som fanns på den här adressen är borttagen från RUN:s webbplats, och ingen annan sida
        har tagit dess plats. Har du ett bokmärke hit kan du ta bort det.
      </p>
      <p>
        Det som finns nu hittar du under <a href={route.path}>{route.label}</a>, eller på{" "}
        <a href={ROUTES.start.path}>startsidan</a>.
      </p>
    </PageShell>
  );
}
