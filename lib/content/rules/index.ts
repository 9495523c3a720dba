import { publicFilesAreInert } from "./active-files";
import { addressesAreUnique } from "./address-collisions";
import { documentFilesExist } from "./document-files";
import { earlierAddressesFree } from "./earlier-addresses";
import { noDuplicates } from "./duplicates";
import { oneChairOneViceChair } from "./leadership-roles";
import { linksResolve } from "./markdown-links";
import { municipalityCodesMatch } from "./municipality-codes";
import { pageFilesMatchAddresses } from "./page-files";
import { publicationDaysInOrder } from "./publication-days";
import { referencesExist } from "./references";
import type { Rule } from "./rule";

/** The cross-file rules, in the order their problems are listed. */
export const RULES: readonly Rule[] = [
  referencesExist,
  oneChairOneViceChair,
  noDuplicates,
  pageFilesMatchAddresses,
  addressesAreUnique,
  publicFilesAreInert,
  documentFilesExist,
  linksResolve,
  municipalityCodesMatch,
  publicationDaysInOrder,
  earlierAddressesFree,
];

export type { Rule, RuleInput } from "./rule";
