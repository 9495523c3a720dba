import type { SiteFacts } from "@/lib/content/site-facts";
import { FILE_ROUTES, ROUTES, type RouteEntry, type RouteKey } from "@/lib/routes";
import { site } from "@/lib/site";

/** The pages about the site itself, linked from every page's footer. */
const FOOTER_PAGES: readonly RouteKey[] = [
  "tillganglighet",
  "kontakt",
  "omWebbplatsen",
  "lattlast",
  "inEnglish",
];

/** The footer: RUN's contact (the chair, so a new chair changes it), the site's links, RUN. */
export function SiteFooter({ facts: { contact, municipalities } }: { facts: SiteFacts }) {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        {contact && (
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
        )}
        <div>
          <h2 className="footer-heading">Om webbplatsen</h2>
          <ul className="footer-links">
            {FOOTER_PAGES.map((key) => {
              const entry: RouteEntry = ROUTES[key];
              return (
                <li key={key}>
                  <a href={entry.path} lang={entry.lang} hrefLang={entry.lang}>
                    {entry.label}
                  </a>
                </li>
              );
            })}
            <li>
              <a href={FILE_ROUTES.calendar}>Mötenas kalender (iCalendar)</a>
            </li>
            <li>
              <a href={FILE_ROUTES.newsFeed} type="application/atom+xml">
                Nyhetsflöde (Atom)
              </a>
            </li>
          </ul>
        </div>
        <p className="footer-about">
          {site.name}: {municipalities} kommuner i Mittsverige och Mittuniversitetets
          lärarutbildning samverkar kring skolledarskap och skolutveckling.
        </p>
      </div>
    </footer>
  );
}
