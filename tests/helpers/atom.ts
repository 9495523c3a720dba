import { parseFeed } from "@rowanmanning/feed-parser";

/**
 * An Atom feed read by a real feed parser (@rowanmanning/feed-parser, as feed readers read
 * feeds), as plain values for assertions.
 */
export function readAtom(xml: string) {
  const feed = parseFeed(xml);
  return {
    type: feed.meta.type,
    title: feed.title,
    url: feed.url,
    self: feed.self,
    updated: feed.updated,
    items: feed.items.map((item) => ({
      id: item.id,
      title: item.title,
      url: item.url,
      published: item.published,
      updated: item.updated,
      description: item.description,
      content: item.content,
    })),
  };
}
