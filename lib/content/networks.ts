import { networkHref } from "../routes";
import { previewLabel } from "./publication";
import { getContent, type Network } from "./reader";

export type { Network };

const collator = new Intl.Collator("sv");

/** Every network, by name in Swedish alphabetical order. */
export function getNetworks(): Network[] {
  return [...getContent().networks].sort((a, b) => collator.compare(a.title, b.title));
}

export function getNetwork(slug: string): Network | undefined {
  return getContent().networks.find((network) => network.slug === slug);
}

export function getNetworkSlugs(): string[] {
  return getNetworks().map((network) => network.slug);
}

/** What the list of networks (NetworkDirectory) shows of each. */
export interface NetworkView {
  slug: string;
  href: string;
  title: string;
  summary: string;
  /** What marks a network only previews show ("Utkast", "Visas från …"); null on the built site. */
  preview: string | null;
}

export function toNetworkView(network: Network): NetworkView {
  return {
    slug: network.slug,
    href: networkHref(network.slug),
    title: network.title,
    summary: network.summary,
    preview: previewLabel(network),
  };
}
