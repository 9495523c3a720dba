import { navigation, ROUTES } from "@/lib/routes";
import { site } from "@/lib/site";

/** Whether a navigation item is the current section: "/om-run" for "/om-run/medlemmar". */
export function isCurrentSection(itemHref: string, currentPath: string): boolean {
  if (itemHref === "/") return currentPath === "/";
  return currentPath === itemHref || currentPath.startsWith(`${itemHref}/`);
}

export function SiteHeader({ currentPath }: { currentPath: string | null }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a className="site-name" href={ROUTES.start.path}>
          <span className="site-name-short">{site.shortName}</span>
          <span className="site-name-long">Regionalt utvecklingsnätverk</span>
        </a>
        <nav aria-label="Huvudmeny">
          <ul className="main-nav">
            {navigation().map((item) => {
              const exact = currentPath === item.href;
              const section = currentPath !== null && isCurrentSection(item.href, currentPath);
              return (
                <li key={item.href}>
                  <a
                    href={item.href}
                    // "page" for the page itself, "true" for its section (WAI-ARIA aria-current).
                    aria-current={exact ? "page" : section ? "true" : undefined}
                  >
                    {item.label}
                  </a>
                </li>
              );
            })}
            <li className="nav-search-link">
              <a
                href={ROUTES.sok.path}
                aria-current={currentPath === ROUTES.sok.path ? "page" : undefined}
              >
                Sök
              </a>
            </li>
          </ul>
        </nav>
        {/* A plain GET form: /sok?q=… opens with the results; no script on any other page. */}
        <form role="search" action={ROUTES.sok.path} method="get" className="header-search">
          <label htmlFor="sok-sidhuvud" className="visually-hidden">
            Sök på webbplatsen
          </label>
          <input id="sok-sidhuvud" type="search" name="q" autoComplete="off" />
          <button type="submit">Sök</button>
        </form>
      </div>
    </header>
  );
}
