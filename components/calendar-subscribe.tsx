import { FILE_ROUTES } from "@/lib/routes";
import { siteUrl } from "@/lib/site";
import { PAGE_IDS } from "@/lib/page-ids";

/**
 * How to subscribe to a meetings feed in the calendars people use: all meetings on /moten, one
 * body's meetings on its own page.
 */
export function CalendarSubscribe({
  href = FILE_ROUTES.calendar,
  whose = "Alla möten",
  heading = "Prenumerera på mötena",
}: {
  /** The feed's address on this site. */
  href?: string;
  /** Whose meetings the feed holds, as the start of a sentence: "Ledningsgruppens möten". */
  whose?: string;
  heading?: string;
}) {
  const feed = `${siteUrl}${href}`;
  const webcal = feed.replace(/^https?:/, "webcal:");
  return (
    <section aria-labelledby={PAGE_IDS.subscribe} className="subscribe">
      <h2 id={PAGE_IDS.subscribe}>{heading}</h2>
      <p>
        {whose} finns som en kalender som du kan prenumerera på. Då kommer nya, ändrade och
        inställda möten in i din egen kalender av sig själva. Kalenderns adress är:
      </p>
      <p className="feed-address">
        <code>{feed}</code>
      </p>
      <p>
        <a href={webcal}>Prenumerera i din kalenderapp</a> eller{" "}
        <a href={href}>ladda ner kalenderfilen</a>.
      </p>
      <h3>Outlook</h3>
      <p>
        Öppna kalendern i Outlook på webben, välj <strong>Lägg till kalender</strong> och sedan{" "}
        <strong>Prenumerera från webben</strong>. Klistra in adressen ovan, ge kalendern ett namn
        och välj <strong>Importera</strong>.
      </p>
      <h3>Google Kalender</h3>
      <p>
        Öppna Google Kalender på en dator. Välj plustecknet vid <strong>Andra kalendrar</strong> och
        sedan <strong>Från webbadress</strong>. Klistra in adressen ovan och välj{" "}
        <strong>Lägg till kalender</strong>.
      </p>
      <h3>Apple Kalender</h3>
      <p>
        På en Mac: välj <strong>Arkiv</strong> och <strong>Ny kalenderprenumeration</strong>,
        klistra in adressen och välj <strong>Prenumerera</strong>. På iPhone och iPad: öppna{" "}
        <strong>Inställningar</strong>, <strong>Kalender</strong>, <strong>Konton</strong>,{" "}
        <strong>Lägg till konto</strong>, <strong>Annat</strong> och{" "}
        <strong>Lägg till prenumererad kalender</strong>.
      </p>
    </section>
  );
}
