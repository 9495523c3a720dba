import ICAL from "ical.js";

/**
 * Reading the site's feeds the way a calendar program does (ical.js), and what a feed may hold:
 * the properties lib/calendar.ts writes and nothing else, so a value that broke its line and
 * started a property of its own is found.
 */

// ical.js knows RFC 5545's properties; these are TEXT too (RFC 7986 §5.1, and Apple's and
// Google's calendar name and description), so their escapes are read back.
Object.assign(ICAL.design.icalendar.property, {
  name: { defaultType: "text" },
  "x-wr-calname": { defaultType: "text" },
  "x-wr-caldesc": { defaultType: "text" },
});

/** The feed's one calendar; throws when the text is not exactly one component. */
export function parseIcs(text: string): ICAL.Component {
  const parsed: unknown[] = ICAL.parse(text);
  // ical.js gives a list of components when there is more than one at the top.
  if (typeof parsed[0] !== "string") throw new Error(`${parsed.length} components at the top`);
  return new ICAL.Component(parsed);
}

/** Each component's properties: those it must have, and those it may have, each once. */
const SHAPE: Record<string, { required: readonly string[]; optional: readonly string[] }> = {
  vcalendar: {
    required: [
      "version",
      "prodid",
      "url",
      "name",
      "x-wr-calname",
      "refresh-interval",
      "x-published-ttl",
    ],
    optional: [],
  },
  vevent: {
    required: [
      "uid",
      "sequence",
      "dtstamp",
      "dtstart",
      "dtend",
      "summary",
      "description",
      "url",
      "status",
      "class",
    ],
    optional: ["location"],
  },
};

/** A control character other than the CR LF that ends each line, or a bidirectional control. */
const UNWANTED = /[^\P{Cc}\r\n]|\p{Bidi_Control}|\r(?!\n)|(?<!\r)\n/u;

/**
 * What is wrong with a feed, one line each (empty: nothing): a control character, a line over
 * 75 octets, a property or component the site does not write, a property twice, one missing.
 */
export function icsProblems(text: string, label = "feed"): string[] {
  const problems: string[] = [];
  const unwanted = UNWANTED.exec(text);
  if (unwanted)
    problems.push(
      `${label}: U+${unwanted[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} at ${unwanted.index}`,
    );
  if (!text.endsWith("\r\n")) problems.push(`${label}: the last line does not end in CR LF`);
  for (const line of text.split("\r\n"))
    if (Buffer.byteLength(line, "utf8") > 75)
      problems.push(`${label}: longer than 75 octets: ${line}`);
  let calendar: ICAL.Component;
  try {
    calendar = parseIcs(text);
  } catch (error) {
    return [...problems, `${label}: does not parse: ${String(error)}`];
  }
  const check = (component: ICAL.Component, where: string) => {
    const shape = SHAPE[component.name];
    if (!shape) return problems.push(`${where}: component ${component.name}`);
    const names = component.getAllProperties().map((property) => property.name);
    for (const name of names)
      if (!shape.required.includes(name) && !shape.optional.includes(name))
        problems.push(`${where}: property ${name}`);
    for (const name of new Set(names))
      if (names.filter((other) => other === name).length > 1)
        problems.push(`${where}: ${name} more than once`);
    for (const name of shape.required)
      if (!names.includes(name)) problems.push(`${where}: no ${name}`);
  };
  if (calendar.name !== "vcalendar") problems.push(`${label}: ${calendar.name}, not vcalendar`);
  check(calendar, label);
  for (const component of calendar.getAllSubcomponents()) {
    if (component.name !== "vevent") {
      problems.push(`${label}: component ${component.name}`);
      continue;
    }
    check(component, `${label} ${String(component.getFirstPropertyValue("uid"))}`);
    if (component.getAllSubcomponents().length > 0)
      problems.push(`${label}: a component inside an event`);
  }
  return problems;
}
