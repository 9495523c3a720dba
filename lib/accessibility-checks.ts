/**
 * What is tested, criterion by criterion: the browser tests take their names from this list
 * (tests/e2e/site/wcag.spec.ts and the others named here), and the accessibility statement
 * (/tillganglighet) shows it, so the statement never claims more or less than is checked.
 */
export interface AccessibilityCheck {
  /** A stable id the tests look the check up by. */
  id: string;
  /** The WCAG 2.2 success criteria it covers, e.g. "1.4.10". */
  criteria: readonly string[];
  /** In Swedish, for the statement: what is checked, on which pages, how. */
  how: string;
}

export const ACCESSIBILITY_CHECKS = [
  {
    id: "axe",
    criteria: ["WCAG 2.0–2.2 A och AA (automatiska regler)"],
    how: "axe-core granskar varje sida i webbplatskartan och 404-sidan mot alla regler för WCAG 2.0, 2.1 och 2.2 på nivå A och AA, i mobil- och datorbredd.",
  },
  {
    id: "html",
    criteria: ["4.1.1"],
    how: "W3C:s Nu HTML Checker granskar koden på varje sida; alla länkar och ankare följs från startsidan och ska leda någonstans.",
  },
  {
    id: "reflow",
    criteria: ["1.4.10"],
    how: "Ingen sida rullar i sidled vid 320 × 256 CSS-pixlar (det som 1280 × 1024 visar vid 400 % zoom), inte heller en provsida med mycket långa ord, adresser och en bred tabell.",
  },
  {
    id: "text-spacing",
    criteria: ["1.4.12"],
    how: "Med ökat radavstånd, styckeavstånd, teckenavstånd och ordavstånd enligt WCAG klipps ingen text av och ingen sida rullar i sidled.",
  },
  {
    id: "resize-text",
    criteria: ["1.4.4"],
    how: "Med texten i dubbel storlek (200 %) klipps ingen text av och ingen sida rullar i sidled.",
  },
  {
    id: "focus",
    criteria: ["2.4.7", "2.4.11", "1.4.11"],
    how: "Varje länk och knapp nås med tabbtangenten i tur och ordning, syns då i fönstret utan att skymmas och har en fokusmarkering med minst 3:1 i kontrast mot bakgrunden.",
  },
  {
    id: "target-size",
    criteria: ["2.5.8", "1.3.4"],
    how: "I mobilstorlek, både stående och liggande, är varje klickyta utanför löptext minst 24 × 24 CSS-pixlar, och allt innehåll går att nå i båda lägena.",
  },
  {
    id: "consistent-help",
    criteria: ["3.2.6"],
    how: "Kontaktuppgifterna och länken till tillgänglighetsredogörelsen står på samma ställe, i samma ordning, på varje sida.",
  },
  {
    id: "keyboard-and-no-js",
    criteria: ["2.1.1", "2.4.1"],
    how: "Första tabbstoppet är en länk till innehållet; menyn går att använda med tangentbord; varje sida visar hela sitt innehåll utan JavaScript.",
  },
] as const satisfies readonly AccessibilityCheck[];

export type AccessibilityCheckId = (typeof ACCESSIBILITY_CHECKS)[number]["id"];

/** A check by id, for test names: "1.4.10: Ingen sida rullar …". */
export function checkTitle(id: AccessibilityCheckId): string {
  const check = ACCESSIBILITY_CHECKS.find((candidate) => candidate.id === id)!;
  return `${check.criteria.join(", ")}: ${check.how}`;
}
