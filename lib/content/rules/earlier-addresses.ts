import { BODY_CALENDARS, FILE_ROUTES, REMOVED_PAGES } from "../../routes";
import { filesWithPages } from "../files-of";
import { fileAddress } from "../moves";
import type { Rule } from "./rule";

/**
 * Addresses of the site that are no pages of the content: the editing interface, the search's
 * files, the group feeds, the pages that stand in for removed ones, the 404 page.
 */
const RESERVED = ["/admin", "/pagefind", BODY_CALENDARS, REMOVED_PAGES, "/404"];

/**
 * Earlier addresses (`earlier_addresses`) lead somewhere and nowhere else: none is one of the
 * site's own addresses or one it uses now (a page in use wins, and a redirect there would hide
 * it), none is the page's own, and none is claimed by two files, so no redirect loops or points
 * two ways.
 */
export const earlierAddressesFree: Rule = ({ content, routes, pages, lineOf }) => {
  const items = filesWithPages(content, pages);
  const inUse = new Map<string, string>();
  for (const entry of Object.values(routes)) inUse.set(entry.path, `sidan ${entry.path}`);
  for (const path of Object.values(FILE_ROUTES)) inUse.set(path, path);
  for (const item of items) {
    const address = fileAddress(item.source);
    if (address) inUse.set(address, item.source);
  }
  const claimed = new Map<string, string>();
  return items.flatMap((item) =>
    (item.earlier_addresses ?? []).flatMap((address, index) => {
      const at = {
        file: item.source,
        line: lineOf(item.source, ["earlier_addresses", index]),
        field: `earlier_addresses[${index}]`,
      };
      const reserved = RESERVED.find(
        (prefix) => address === prefix || address.startsWith(`${prefix}/`),
      );
      if (reserved)
        return [
          {
            ...at,
            message: `"${address}" hör till webbplatsens egna adresser under ${reserved}, som inte kan skicka besökare vidare. Ta bort raden.`,
          },
        ];
      const user = inUse.get(address);
      if (user === item.source)
        return [{ ...at, message: `"${address}" är filens egen adress. Ta bort raden.` }];
      if (user)
        return [
          {
            ...at,
            message: `"${address}" används av ${user}, och en adress som används kan inte också skicka besökare vidare. Ta bort raden.`,
          },
        ];
      const other = claimed.get(address);
      if (other)
        return [
          {
            ...at,
            message: `"${address}" står redan som tidigare adress i ${other}; en adress kan bara leda till en sida. Ta bort raden i en av filerna.`,
          },
        ];
      claimed.set(address, item.source);
      return [];
    }),
  );
};
