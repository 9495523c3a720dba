import { ACCESSIBILITY_CHECKS } from "@/lib/accessibility-checks";
import { PAGE_IDS } from "@/lib/page-ids";

/**
 * The accessibility statement's list of what is tested at every change, from the same list the
 * browser tests take their names from, so it never claims more or less than is checked.
 */
export function TestedCriteria() {
  return (
    <section aria-labelledby={PAGE_IDS.tested}>
      <h2 id={PAGE_IDS.tested}>Det här testas automatiskt vid varje ändring</h2>
      <ul className="tested-criteria">
        {ACCESSIBILITY_CHECKS.map((check) => (
          <li key={check.id}>
            <strong>{check.criteria.join(", ")}</strong>: {check.how}
          </li>
        ))}
      </ul>
    </section>
  );
}
