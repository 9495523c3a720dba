/**
 * The ids that page components give their own headings and landmarks. Headings in editors'
 * Markdown get ids too (for links such as `/om-run#uppdrag`); one that would equal any of these
 * is renamed (`kontakt` → `kontakt-1`), so no page ever has the same id twice (WCAG 4.1.1,
 * and links to an anchor go to one place).
 */
export const PAGE_IDS = {
  main: "innehall",
  nextMeeting: "nasta-mote",
  sections: "sektioner",
  meetingTimes: "motestider",
  subscribe: "prenumerera",
  feedback: "synpunkter",
  groupFeeds: "kalender-per-grupp",
  meetingDocuments: "handlingar",
  upcoming: "kommande-moten",
  past: "tidigare-moten",
  groupMembers: "ledamoter",
  map: "karta",
  allNetworks: "alla-natverk",
  purpose: "syfte",
  participants: "deltagare",
  contact: "kontakt",
  tested: "testas-automatiskt",
  searchField: "sok-fraga",
  searchResults: "traffar",
  allPages: "alla-sidor",
  inaccessible: "inte-tillgangligt",
  report: "rapportera-brister",
  statementDates: "granskning",
  latestNews: "senaste-nytt",
  newsSubscribe: "prenumerera-pa-nyheter",
  newsDocument: "dokument",
  runContact: "kontakta-run",
  networkContacts: "natverkens-kontakter",
  guidelines: "webbriktlinjer",
  siteResponsible: "ansvarig-for-webbplatsen",
  storage: "kakor",
  personalData: "personuppgifter",
  easyReadMembers: "vilka-ar-med",
  easyReadContact: "kontakta",
  englishNetworks: "networks",
  englishMembers: "members",
  englishLeadership: "leadership",
  englishContact: "contact",
  pastYear: (year: number) => `tidigare-${year}`,
  meetingsYear: (year: number) => `moten-${year}`,
  memberGroup: (index: number) => `grupp-${index}`,
  letter: (index: number) => `bokstav-${index}`,
  role: (role: string) => `roll-${role.replace(" ", "-")}`,
} as const;

const FIXED = new Set<string>(
  Object.values(PAGE_IDS).flatMap((id) => (typeof id === "string" ? [id] : [])),
);
const PATTERNS = [/^tidigare-\d+$/, /^moten-\d+$/, /^grupp-\d+$/, /^bokstav-\d+$/, /^roll-/];

/** Whether a page component may use `id` for itself. */
export function isPageId(id: string): boolean {
  return FIXED.has(id) || PATTERNS.some((pattern) => pattern.test(id));
}
