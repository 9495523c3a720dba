import { PersonContact } from "@/components/person-contact";
import type { PersonalDataFacts } from "@/lib/content/contact";
import type { Person } from "@/lib/content/people";
import { mailtoHref } from "@/lib/feedback";
import { PAGE_IDS } from "@/lib/page-ids";
import { guidelineHref, type WebGuideline } from "@/lib/web-guidelines";

/**
 * /om-webbplatsen (Webbriktlinjer R19–R21): who answers for the site, that it keeps nothing in
 * the browser, which personal data it shows and how to have it corrected, and the guidelines it
 * meets, from lib/web-guidelines.ts. The storage sentence is the code's to say, not an
 * editor's: a browser test proves it on every address.
 */
export function SiteStatement({
  responsible,
  personalData,
  feedbackEmail,
  guidelines,
  contactHref,
  accessibilityHref,
}: {
  responsible?: Person;
  personalData: PersonalDataFacts;
  feedbackEmail: string;
  guidelines: readonly WebGuideline[];
  contactHref: string;
  accessibilityHref: string;
}) {
  const correction = mailtoHref(feedbackEmail, { subject: "Rätta en uppgift om mig" });
  return (
    <>
      {responsible && (
        <section aria-labelledby={PAGE_IDS.siteResponsible}>
          <h2 id={PAGE_IDS.siteResponsible}>Ansvarig för webbplatsen</h2>
          <div className="person">
            <PersonContact person={responsible} />
          </div>
          <p>
            Varje sida, nätverk och dokument kan ha en egen ansvarig. Den står på sidan när
            innehållet behöver ses över. Alla vägar till RUN finns på sidan{" "}
            <a href={contactHref}>Kontakt</a>.
          </p>
        </section>
      )}
      <section aria-labelledby={PAGE_IDS.storage}>
        <h2 id={PAGE_IDS.storage}>Kakor och lagring i webbläsaren</h2>
        <p>
          <strong>Webbplatsen använder inga kakor</strong> (cookies). Den sparar inte heller något
          annat i din webbläsare: ingen localStorage, sessionStorage eller IndexedDB. Därför behöver
          du inte godkänna något. Sökningen, mötesklockan och Lyssna arbetar bara i den sida du har
          öppen, och webbplatsen hämtar inget från andra webbplatser.
        </p>
      </section>
      <section aria-labelledby={PAGE_IDS.personalData}>
        <h2 id={PAGE_IDS.personalData}>Personuppgifter på webbplatsen</h2>
        <p>
          Webbplatsen visar uppgifter om {personalData.people}{" "}
          {personalData.people === 1 ? "person" : "personer"} med uppdrag i RUN: ledamöterna i
          ledningsgruppen och nätverkens kontaktpersoner.
        </p>
        <ul>
          <li>namn ({personalData.people})</li>
          {personalData.withTitle > 0 && <li>titel eller befattning ({personalData.withTitle})</li>}
          {personalData.withOrganisation > 0 && (
            <li>organisation eller region ({personalData.withOrganisation})</li>
          )}
          {personalData.withRepresents > 0 && (
            <li>vad de representerar i ledningsgruppen ({personalData.withRepresents})</li>
          )}
          {personalData.withEmail > 0 && <li>e-postadress ({personalData.withEmail})</li>}
        </ul>
        <p>
          Uppgifterna finns här för att du ska kunna se vem som leder RUN och vem du kan kontakta.
          Är en uppgift om dig fel, eller vill du att den tas bort?{" "}
          <a href={correction}>Skriv till {feedbackEmail}</a>, så rättar vi den.
        </p>
      </section>
      <section aria-labelledby={PAGE_IDS.guidelines}>
        <h2 id={PAGE_IDS.guidelines}>Webbriktlinjer som webbplatsen följer</h2>
        <p>
          Myndigheten för digital förvaltning (Digg) ger ut webbriktlinjerna för offentliga
          webbplatser. Varje riktlinje här prövas av ett automatiskt test vid varje ändring. Hur
          webbplatsen uppfyller kraven på tillgänglighet står i{" "}
          <a href={accessibilityHref}>tillgänglighetsredogörelsen</a>.
        </p>
        <ul className="guidelines">
          {guidelines.map((guideline) => (
            <li key={guideline.id}>
              <strong>
                <a href={guidelineHref(guideline.id)}>
                  {guideline.id} {guideline.title}
                </a>
              </strong>
              : {guideline.how}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
