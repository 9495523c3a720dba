/**
 * schema.org structured data. JSON is not HTML, so it is written as script text; `<` is
 * escaped so that no string in the data can close the script element.
 * https://nextjs.org/docs/app/guides/json-ld
 */
export function JsonLd({ data }: { data: object }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
