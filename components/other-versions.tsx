import type { OtherVersion } from "@/lib/routes";

/**
 * Links under a page's heading to the same content in lättläst or in English (Webbriktlinjer
 * R12, R15), where a reader who needs them looks first. A link in another language says so
 * with `lang` and `hreflang`, so a screen reader reads it right (WCAG 3.1.2).
 */
export function OtherVersions({ versions }: { versions: readonly OtherVersion[] }) {
  return (
    <nav aria-label="Andra versioner av sidan" className="other-versions">
      <ul>
        {versions.map((version) => (
          <li key={version.href}>
            <a href={version.href} lang={version.lang} hrefLang={version.lang}>
              {version.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
