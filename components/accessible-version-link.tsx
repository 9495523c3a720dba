/** "Begär en tillgänglig version", naming the document for a screen reader. */
export function AccessibleVersionLink({ href, title }: { href: string; title: string }) {
  return (
    <a href={href}>
      Begär en tillgänglig version
      <span className="visually-hidden"> av {title}</span>
    </a>
  );
}
