import { bodyCalendarHref, FILE_ROUTES, KIND_ADDRESSES } from "../../routes";
import { fixedBodies } from "../../site";
import { KINDS } from "../kinds";
import type { Problem } from "../problems";
import { publicItems } from "./public-files";
import type { Rule, RuleInput } from "./rule";

/**
 * No two things on the site share an address. A content file's name becomes addresses
 * (KIND_ADDRESSES in lib/routes.ts), and so does a file's place in `public/`; each must be
 * free, or one would silently replace the other: a meeting file named `kalender` would be the
 * feed of all meetings (/moten/kalender.ics), a network named `ledningsgruppen` the group's feed
 * (/kalender/ledningsgruppen.ics) and its meetings.
 */

type KindWithAddresses = keyof typeof KIND_ADDRESSES;

interface Claim {
  address: string;
  /** What the address is, in Swedish, for the message. */
  owner: string;
  /** The file that gives it, when an editor's: the one to rename. */
  file?: string;
  kind?: KindWithAddresses;
  slug?: string;
}

type FileClaim = Claim & { file: string };

/** Added to a file name to suggest a free one: "ledningsgruppen" → "ledningsgruppen-natverk". */
const SUFFIX: Record<KindWithAddresses, string> = { networks: "natverk", meetings: "mote" };

/** What else changes with the name, when it does. */
const RENAME_HINT: Record<KindWithAddresses, string> = {
  networks: " Ändra då också body: i nätverkets mötesfiler.",
  meetings: "",
};

const FILE_ROUTE_NAMES: Record<keyof typeof FILE_ROUTES, string> = {
  calendar: "kalendern med alla möten",
  newsFeed: "nyhetsflödet",
  sitemap: "webbplatskartan",
  robots: "filen för sökmotorer",
};

/** The site's own addresses, from the table of addresses and the bodies that always meet. */
function fixedClaims(routes: RuleInput["routes"]): Claim[] {
  return [
    ...Object.values(routes).map((entry) => ({
      address: entry.path,
      owner: `sidan ${entry.label}`,
    })),
    ...(Object.keys(FILE_ROUTES) as (keyof typeof FILE_ROUTES)[]).map((key) => ({
      address: FILE_ROUTES[key],
      owner: FILE_ROUTE_NAMES[key],
    })),
    ...Object.entries(fixedBodies).map(([slug, body]) => ({
      address: bodyCalendarHref(slug),
      owner: `kalendern för ${body.name}`,
    })),
  ];
}

function contentClaims(content: RuleInput["content"]): Claim[] {
  return (Object.keys(KIND_ADDRESSES) as KindWithAddresses[]).flatMap((kind) =>
    content[kind].flatMap((item) =>
      KIND_ADDRESSES[kind](item.slug).map((address) => ({
        address,
        owner: `adressen till ${item.source}`,
        file: item.source,
        kind,
        slug: item.slug,
      })),
    ),
  );
}

/** A name for the file that gives no address already taken. */
function freeName(
  kind: KindWithAddresses,
  slug: string,
  taken: ReadonlySet<string>,
  names: ReadonlySet<string>,
): string {
  const base = `${slug}-${SUFFIX[kind]}`;
  for (let number = 1; ; number++) {
    const name = number === 1 ? base : `${base}-${number}`;
    if (!names.has(name) && KIND_ADDRESSES[kind](name).every((address) => !taken.has(address)))
      return name;
  }
}

/**
 * Which of the files sharing an address must change: every editor's file beside one of the
 * site's own addresses; beside a content file, the file in public/, which only moves.
 */
function toChange(owners: readonly Claim[]): FileClaim[] {
  const files = owners.filter((claim): claim is FileClaim => claim.file !== undefined);
  if (files.length < owners.length) return files;
  const inPublic = files.filter((claim) => !claim.kind);
  return inPublic.length > 0 && inPublic.length < files.length ? inPublic : files;
}

export const addressesAreUnique: Rule = ({ root, content, routes }) => {
  const publicFiles: Claim[] = publicItems(root).items.map((item) => ({
    address: item.sitePath,
    owner: `adressen till ${item.file}`,
    file: item.file,
  }));
  const claims = [...fixedClaims(routes), ...contentClaims(content), ...publicFiles];
  const byAddress = new Map<string, Claim[]>();
  for (const claim of claims)
    byAddress.set(claim.address, [...(byAddress.get(claim.address) ?? []), claim]);
  const taken = new Set(byAddress.keys());
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const [address, owners] of byAddress) {
    if (owners.length < 2) continue;
    for (const claim of toChange(owners)) {
      if (reported.has(claim.file)) continue;
      reported.add(claim.file);
      const other =
        owners.find((candidate) => !candidate.file) ??
        owners.find((candidate) => candidate !== claim)!;
      const what = `ger adressen ${address}, som redan är ${other.owner}, och den ena skulle ersätta den andra`;
      if (claim.kind && claim.slug) {
        const kind = claim.kind;
        const names = new Set(content[kind].map((item) => item.slug));
        const name = freeName(kind, claim.slug, taken, names);
        problems.push({
          file: claim.file,
          message: `har ett filnamn som ${what}. Byt namn på filen, t.ex. till content/${KINDS[kind].folder}/${name}.md.${RENAME_HINT[kind]}`,
        });
      } else {
        problems.push({
          file: claim.file,
          message: `${what}. Flytta filen till en egen mapp, t.ex. public/filer${address}, och ändra länkarna till den.`,
        });
      }
    }
  }
  return problems;
};
