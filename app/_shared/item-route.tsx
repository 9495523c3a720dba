import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageShell } from "@/components/layout/page-shell";
import { getSiteFacts } from "@/lib/content/site-facts";
import { itemPage, type PageRecord } from "@/lib/content/site-pages";
import { pageMetadata } from "@/lib/metadata";
import type { ItemPageKind } from "@/lib/routes";

type Props = { params: Promise<{ slug: string }> };

/** What a kind's page shows of one file: below the heading (`lead`), and its body. */
export interface ItemView {
  lead?: ReactNode;
  body: ReactNode;
}

/**
 * A route file for the pages of a kind's files (`app/natverk/[slug]/page.tsx`): one page per
 * name, its head and frame from the page model (lib/content/site-pages.ts), and what the kind
 * shows of the file (`show`; null: no such file, so no such page).
 */
export function itemRoute(
  kind: ItemPageKind,
  slugs: () => readonly string[],
  show: (slug: string, page: PageRecord) => ItemView | null,
) {
  return {
    generateStaticParams: () => slugs().map((slug) => ({ slug })),
    generateMetadata: async ({ params }: Props) => {
      const page = itemPage(kind, (await params).slug);
      return page ? pageMetadata(page) : {};
    },
    Page: async function ItemPage({ params }: Props) {
      const { slug } = await params;
      const page = itemPage(kind, slug);
      const view = page ? show(slug, page) : null;
      if (!page || !view) notFound();
      return (
        <PageShell page={page} facts={getSiteFacts()} lead={view.lead}>
          {view.body}
        </PageShell>
      );
    },
  };
}
