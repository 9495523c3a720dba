import type { SectionLink } from "@/lib/site";

/** Entries into sections of the site, each a heading link with a line about it. */
export function SectionLinks({
  sections,
  heading = "Hitta på webbplatsen",
}: {
  sections: readonly SectionLink[];
  heading?: string;
}) {
  return (
    <section aria-labelledby="sektioner" className="sections">
      <h2 id="sektioner">{heading}</h2>
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
