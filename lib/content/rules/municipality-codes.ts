import { COUNTY_CODES, MUNICIPALITY_CODES } from "../../map/region-map";
import { comparisonKey } from "../characters";
import { fieldPath, suggestion, type Problem } from "../problems";
import type { Rule } from "./rule";

const codes = MUNICIPALITY_CODES as Record<string, { name: string; county: string }>;
const countyName = (code: string) =>
  Object.entries(COUNTY_CODES).find(([, county]) => county === code)?.[0] ?? `län ${code}`;
const same = (a: string, b: string) =>
  a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();

/**
 * A municipality's `kommunkod` is SCB's code for a municipality of that name in that county,
 * by the map data (lib/map/data/): a misspelt name or a wrong code is caught, and every member
 * lands on the map where it belongs.
 */
export const municipalityCodesMatch: Rule = (input) => {
  const problems: Problem[] = [];
  const at = (file: string, field: string, message: string) =>
    problems.push({ file, line: input.lineOf(file, [field]), field: fieldPath([field]), message });
  for (const member of input.content.members) {
    const code = member.kommunkod;
    if (member.kind !== "kommun" || code === undefined) continue;
    const known = codes[code];
    if (!known) {
      const byName = Object.entries(codes).find(([, entry]) => same(entry.name, member.name));
      at(
        member.source,
        "kommunkod",
        `"${code}" är ingen kommunkod hos SCB.${byName ? ` ${byName[1].name} har koden "${byName[0]}".` : ""}`,
      );
      continue;
    }
    if (!same(known.name, member.name)) {
      // A real municipality's name with another's code: say both codes, not "did you mean" the
      // name already written. Otherwise the name is likely misspelt: suggest the nearest.
      const named = Object.entries(codes).find(([, entry]) => same(entry.name, member.name));
      const hint = named
        ? ` ${named[1].name} har koden "${named[0]}".`
        : comparisonKey(member.name) === comparisonKey(known.name)
          ? ` Namnet ser ut som "${known.name}" men skrivs med ett tecken från ett annat alfabet (till exempel en kyrillisk bokstav) eller ett osynligt tecken: skriv namnet för hand.`
          : suggestion(
              member.name,
              Object.values(codes).map((entry) => entry.name),
            );
      at(
        member.source,
        "name",
        `"${member.name}" stämmer inte med kommunkoden ${code}, som är ${known.name}.${hint} Rätta namnet eller koden.`,
      );
    }
    if (member.county && COUNTY_CODES[member.county] !== known.county) {
      at(
        member.source,
        "county",
        `"${member.county}" stämmer inte: ${known.name} ligger i ${countyName(known.county)}.`,
      );
    }
  }
  return problems;
};
