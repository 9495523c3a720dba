import { getChair } from "./leadership";
import { getMembers } from "./members";
import type { Person } from "./reader";

/** What every page's footer says about RUN, from the content. */
export interface SiteFacts {
  /** RUN's contact: the leadership group's chair (the check makes sure there is one). */
  contact?: Person;
  /** How many municipalities are members. */
  municipalities: number;
}

export function getSiteFacts(): SiteFacts {
  return {
    contact: getChair()?.person,
    municipalities: getMembers().filter((member) => member.kind === "kommun").length,
  };
}
