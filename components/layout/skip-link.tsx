/** The first focusable element: lets keyboard users pass the navigation (WCAG 2.4.1). */
export function SkipLink() {
  return (
    <a className="skip-link" href="#innehall">
      Till innehållet
    </a>
  );
}
