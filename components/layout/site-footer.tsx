import { getPerson } from "@/lib/content/people";
import { site } from "@/lib/site";

export function SiteFooter() {
  const contact = getPerson(site.contactPerson);
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <div>
          <h2 className="footer-heading">Kontakt</h2>
          <p>
            {contact.name}, ordförande i RUN:s ledningsgrupp
            {contact.email && (
              <>
                <br />
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </>
            )}
          </p>
        </div>
        <div>
          <h2 className="footer-heading">Om webbplatsen</h2>
          <ul className="footer-links">
            <li>
              <a href="/tillganglighet">Tillgänglighet</a>
            </li>
            <li>
              <a href="/moten/kalender.ics">Mötenas kalender (iCalendar)</a>
            </li>
          </ul>
        </div>
        <p className="footer-about">
          {site.name}: 19 kommuner i Mittsverige och Lärarutbildningen vid Mittuniversitetet.
        </p>
      </div>
    </footer>
  );
}
