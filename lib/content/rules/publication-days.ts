import { formatDate } from "../../dates";
import { everyFile } from "../files-of";
import type { Rule } from "./rule";

/**
 * A file's publication days make sense: its last day (`publish_until`) is not before its first
 * (`publish_from`), or it would never be shown.
 */
export const publicationDaysInOrder: Rule = ({ content, lineOf }) =>
  everyFile(content).flatMap((item) =>
    item.publish_from && item.publish_until && item.publish_until < item.publish_from
      ? [
          {
            file: item.source,
            line: lineOf(item.source, ["publish_until"]),
            field: "publish_until",
            message: `(${formatDate(item.publish_until)}) är före publish_from (${formatDate(item.publish_from)}), så filen skulle aldrig visas. Skriv en sista dag som är samma dag eller senare, eller ta bort fältet.`,
          },
        ]
      : [],
  );
