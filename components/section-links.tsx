import type { SectionLink } from "@/lib/routes";
import { PAGE_IDS } from "@/lib/page-ids";

/** Entries into sections of the site, each a heading link with a line about it. */
export function SectionLinks({
  sections,
  heading = "Hitta på webbplatsen",
}: {
  sections: readonly SectionLink[];
  heading?: string;
}) {
  return (
    <section aria-labelledby={PAGE_IDS.sections} className="sections">
      <h2 id={PAGE_IDS.sections}>{heading}</h2>
      <ul className="section-links">
        {sections.map((section) => (
          <li key={section.href}>
            <a href={section.href}>{section.label}</a>
            <p>{section.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
