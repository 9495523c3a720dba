import type { Network } from "@/lib/content/networks";
import { networkHref } from "@/lib/routes";
import { PreviewBadge } from "./draft-badge";
import { PAGE_IDS } from "@/lib/page-ids";

/** Every network with its summary, each linking to its own page. */
export function NetworkDirectory({ networks }: { networks: readonly Network[] }) {
  return (
    <section aria-labelledby={PAGE_IDS.allNetworks}>
      <h2 id={PAGE_IDS.allNetworks}>Alla nätverk</h2>
      <ul className="network-directory">
        {networks.map((network) => (
          <li key={network.slug}>
            <h3>
              <a href={networkHref(network.slug)}>{network.title}</a>
              <PreviewBadge item={network} />
            </h3>
            <p>{network.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
