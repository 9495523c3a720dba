/**
 * The webbriktlinjer (Digg's guidelines for public-sector websites, https://webbriktlinjer.se)
 * this site meets, each with how and the test that checks it. /om-webbplatsen lists them from
 * here, and the tests take their names from here (`guidelineTitle`), so the page never claims a
 * guideline that no test checks: tests/unit/web-guidelines.test.ts fails when the named file
 * has no such test.
 */
export interface WebGuideline {
  /** Its number at webbriktlinjer.se, e.g. "R4" (https://webbriktlinjer.se/4). */
  id: `R${number}`;
  /** Its title at webbriktlinjer.se. */
  title: string;
  /** In Swedish, for /om-webbplatsen: how this site meets it. */
  how: string;
  /** The test file (from the project root) with a test named `guidelineTitle(id)`. */
  test: string;
}

export const WEB_GUIDELINES = [
  {
    id: "R4",
    title: "Gör det lätt att komma i kontakt med er",
    how: "Sidfoten på varje sida länkar till sidan Kontakt, med RUN:s ordförande, adressen för synpunkter, varje nätverks kontaktperson och hur man prenumererar.",
    test: "tests/e2e/site/web-guidelines.spec.ts",
  },
  {
    id: "R12",
    title: "Ge information på lättläst svenska",
    how: "Sidan Lättläst berättar om RUN på lättläst svenska, är märkt Lättläst och länkas från startsidan, Om RUN och sidfoten.",
    test: "tests/e2e/site/web-guidelines.spec.ts",
  },
  {
    id: "R15",
    title: "Ge information på engelska och andra språk",
    how: "Sidan In English berättar om RUN, nätverken, medlemmarna och ledningsgruppen på engelska, med språket angivet (lang) och hreflang-länkar åt båda hållen till Om RUN, också i webbplatskartan.",
    test: "tests/e2e/site/web-guidelines.spec.ts",
  },
  {
    id: "R19",
    title: "Beskriv hur webbplatsen fungerar och vad den innehåller",
    how: "Sidan Om webbplatsen säger vem som ansvarar för webbplatsen, vilka personuppgifter den visar och vilka webbriktlinjer den följer, och länkas från sidfoten på varje sida.",
    test: "tests/e2e/site/web-guidelines.spec.ts",
  },
  {
    id: "R20",
    title: "Informera om hur personuppgifter, kakor (cookies) mm hanteras",
    how: "Webbplatsen sparar inga kakor och inget annat i webbläsaren (localStorage, sessionStorage, IndexedDB) på någon sida, inte heller när klockan för mötena, sökningen och Lyssna används. Sidorna Om webbplatsen och Kontakt säger vilka personuppgifter som visas och hur e-post med personuppgifter hanteras.",
    test: "tests/e2e/site/web-guidelines.spec.ts",
  },
  {
    id: "R21",
    title: "Ange vem som är innehållsansvarig för varje sida",
    how: "Varje sida, nätverk och dokument har en ansvarig person: sin egen, annars webbplatsens. Kontrollen stoppar en ansvarig som inte finns bland personerna, och sidor som ska ses över namnger den ansvariga.",
    test: "tests/unit/responsible.test.tsx",
  },
  {
    id: "R23",
    title: "Ange när webbsidorna har publicerats eller uppdaterats",
    how: "Varje sida visar under innehållet vilken dag något som sidan visar ändrades sist.",
    test: "tests/e2e/site/web-guidelines.spec.ts",
  },
  {
    id: "R24",
    title: "Ange tydligt om viss information är inaktuell",
    how: "En sida, ett nätverk eller ett dokument som inte setts över i tid säger det under rubriken, med vem man kan fråga, och kontrollen varnar redaktörerna varje vecka.",
    test: "tests/unit/responsible.test.tsx",
  },
  {
    id: "R87",
    title: "Erbjud prenumeration på nyheter",
    how: "Nyheterna under Aktuellt finns som ett Atom-flöde som varje sida anger i sitt huvud, och mötena som kalendrar att prenumerera på.",
    test: "tests/e2e/site/web-guidelines.spec.ts",
  },
] as const satisfies readonly WebGuideline[];

export type WebGuidelineId = (typeof WEB_GUIDELINES)[number]["id"];

/** A guideline's test name: "R4 Gör det lätt att komma i kontakt med er". */
export function guidelineTitle(id: WebGuidelineId): string {
  const guideline = WEB_GUIDELINES.find((candidate) => candidate.id === id)!;
  return `${guideline.id} ${guideline.title}`;
}

/** Its page at webbriktlinjer.se, by the short address the site offers for each number. */
export function guidelineHref(id: string): string {
  return `https://webbriktlinjer.se/${id.slice(1)}`;
}
