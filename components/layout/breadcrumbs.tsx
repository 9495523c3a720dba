import type { Crumb } from "@/lib/routes";

/** Where a page sits below the top level; the last crumb is the page itself. */
export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  return (
    <nav aria-label="Brödsmulor" className="breadcrumbs">
      <ol>
        {trail.map((crumb, index) =>
          index === trail.length - 1 ? (
            <li key={crumb.href}>
              <a href={crumb.href} aria-current="page">
                {crumb.label}
              </a>
            </li>
          ) : (
            <li key={crumb.href}>
              <a href={crumb.href}>{crumb.label}</a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
