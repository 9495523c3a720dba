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
