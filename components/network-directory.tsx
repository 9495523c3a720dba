import type { NetworkView } from "@/lib/content/networks";
import { PreviewBadge } from "./draft-badge";
import { PAGE_IDS } from "@/lib/page-ids";

/** Every network with its summary, each linking to its own page. */
export function NetworkDirectory({ networks }: { networks: readonly NetworkView[] }) {
  return (
    <section aria-labelledby={PAGE_IDS.allNetworks}>
      <h2 id={PAGE_IDS.allNetworks}>Alla nätverk</h2>
      <ul className="network-directory">
        {networks.map((network) => (
          <li key={network.slug}>
            <h3>
              <a href={network.href}>{network.title}</a>
              <PreviewBadge label={network.preview} />
            </h3>
            <p>{network.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
