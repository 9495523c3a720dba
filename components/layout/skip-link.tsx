import { PAGE_IDS } from "@/lib/page-ids";

/** The first focusable element: lets keyboard users pass the navigation (WCAG 2.4.1). */
export function SkipLink() {
  return (
    <a className="skip-link" href={`#${PAGE_IDS.main}`}>
      Till innehållet
    </a>
  );
}
