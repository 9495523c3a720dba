/**
 * Characters in editors' text: which ones are never published, and how names are compared so
 * that two names that look the same are the same.
 */

/**
 * C0 and C1 control characters (NUL included) and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069). Tab and line feed are ordinary whitespace; carriage returns
 * are gone once a file is read (see parse.ts). A control character breaks the page's text, its
 * attributes and the calendar feeds; an override makes text read as something else than it
 * says (https://www.unicode.org/reports/tr36/#Bidirectional_Text_Spoofing).
 */
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

export interface ForbiddenCharacter {
  /** The character's code, e.g. `U+202E`. */
  code: string;
  /** 1-based position in the text it was found in. */
  column: number;
  bidi: boolean;
}

export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

export function forbiddenCharacter(text: string): ForbiddenCharacter | null {
  const match = FORBIDDEN.exec(text);
  if (!match) return null;
  const char = match[0];
  const value = char.codePointAt(0)!;
  return {
    code: codePoint(char),
    column: match.index + 1,
    bidi: (value >= 0x202a && value <= 0x202e) || (value >= 0x2066 && value <= 0x2069),
  };
}

/** "har ett osynligt styrtecken (U+0000) …", for a field or for a line of text. */
export function forbiddenMessage(found: ForbiddenCharacter, where: string): string {
  const what = found.bidi
    ? `ett osynligt tecken som vänder textens läsriktning (${found.code})`
    : `ett osynligt styrtecken (${found.code})`;
  const why = found.bidi
    ? "Det kan få texten att se ut att säga något annat än den gör"
    : "Sådana tecken kommer ofta från inklistrad text och förstör sidan och kalendrarna";
  return `har ${what} ${where}, vid tecken ${found.column}. ${why}: radera ordet där det står och skriv det igen för hand.`;
}

/**
 * Cyrillic and Greek letters that look like Latin ones, to the Latin letter (lower case, since
 * names are compared in lower case). A small table, not all of Unicode's confusables
 * (https://www.unicode.org/reports/tr39/#Confusable_Detection): enough that a pasted "Sundsvаll"
 * with a Cyrillic а is the same name as "Sundsvall".
 */
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  а: "a",
  А: "a",
  в: "b",
  В: "b",
  с: "c",
  С: "c",
  ԁ: "d",
  е: "e",
  Е: "e",
  ё: "ë",
  Ё: "ë",
  һ: "h",
  н: "h",
  Н: "h",
  і: "i",
  І: "i",
  ӏ: "l",
  Ӏ: "l",
  ј: "j",
  Ј: "j",
  к: "k",
  К: "k",
  м: "m",
  М: "m",
  о: "o",
  О: "o",
  ӧ: "ö",
  Ӧ: "ö",
  ӓ: "ä",
  Ӓ: "ä",
  р: "p",
  Р: "p",
  ԛ: "q",
  ѕ: "s",
  Ѕ: "s",
  т: "t",
  Т: "t",
  у: "y",
  У: "y",
  ү: "y",
  ԝ: "w",
  Ԝ: "w",
  х: "x",
  Х: "x",
  // Greek
  α: "a",
  Α: "a",
  Β: "b",
  ϲ: "c",
  Ε: "e",
  Ζ: "z",
  Η: "h",
  ι: "i",
  Ι: "i",
  κ: "k",
  Κ: "k",
  Μ: "m",
  ν: "v",
  Ν: "n",
  ο: "o",
  Ο: "o",
  ρ: "p",
  Ρ: "p",
  τ: "t",
  Τ: "t",
  υ: "u",
  Υ: "y",
  χ: "x",
  Χ: "x",
  // Latin letters that pass for others
  ı: "i",
  ſ: "s",
};

/** Characters that take no room on screen (soft hyphen, zero-width, joiners, BOM, bidi marks). */
const IGNORABLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF]/g;

/**
 * A name as a reader sees it, for comparing: compatibility forms folded (NFKC: full-width
 * letters, ligatures, no-break spaces), invisible characters dropped, look-alike Cyrillic and
 * Greek letters read as Latin, case and runs of spaces ignored.
 */
export function comparisonKey(text: string): string {
  let folded = "";
  for (const char of text.normalize("NFKC").replace(IGNORABLE, ""))
    folded += LOOK_ALIKES[char] ?? char;
  return folded.normalize("NFC").toLocaleLowerCase("sv").replace(/\s+/g, " ").trim();
}
