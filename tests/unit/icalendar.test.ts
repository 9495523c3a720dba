import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanText, cleanUri, escapeText, foldLine, writeIcs } from "@/lib/icalendar";
import { icsProblems, parseIcs } from "../helpers/ical";
import { formatProblem } from "@/lib/content/problems";
import { loadContent } from "@/lib/content/reader";
import { copyRoot, edited, VALID_ROOT } from "../helpers/fixtures";

/**
 * Every property a feed writes goes through lib/icalendar.ts, so hostile text (as a network's
 * title, a meeting's place) stays one value: parsed back by a real iCalendar parser it is the
 * same text, and no property or event appears that the site did not write.
 */

beforeAll(() => {
  process.env.CONTENT_ROOT = VALID_ROOT;
});

const INJECTION =
  "Nätverket\r\nX-INJECTED:1\r\nBEGIN:VEVENT\r\nUID:ond@example.org\r\nSUMMARY:Gratis\r\nEND:VEVENT";

/** Strings meant to break out of a content line, or to be read differently once folded. */
const HOSTILE = [
  INJECTION,
  "ett\nURL:https://evil.example\nslut",
  "ett\rDTSTART:20000101T000000Z",
  "END:VCALENDAR\r\nBEGIN:VCALENDAR",
  'Sundsvall, "Stora salen"; plan 2 \\ C:\\temp\\n \\, \\;',
  "slutar med ett snedstreck \\",
  "å".repeat(200),
  "😀".repeat(60) + "a" + "😀".repeat(60),
  `${"a".repeat(73)}\\,${"b".repeat(73)};`,
  "e\u0301".repeat(80),
];

function calendarNamed(name: string): string {
  return writeIcs({
    name: "VCALENDAR",
    properties: [
      { name: "VERSION", value: { word: "2.0" } },
      { name: "PRODID", value: { text: "-//RUN//test//SV" } },
      { name: "URL", value: { uri: "https://run.example.se/natverk/x" } },
      { name: "NAME", value: { text: name } },
      { name: "X-WR-CALNAME", value: { text: name } },
      { name: "REFRESH-INTERVAL;VALUE=DURATION", value: { duration: 43200 } },
      { name: "X-PUBLISHED-TTL", value: { duration: 43200 } },
    ],
  });
}

describe("text in a feed", () => {
  it("is escaped as RFC 5545 §3.3.11 says", () => {
    expect(escapeText('a\\b;c,d\ne "f"')).toBe('a\\\\b\\;c\\,d\\ne "f"');
    expect(escapeText("a\r\nb\rc\u2028d\u0085e")).toBe("a\\nb\\nc\\nd\\ne");
  });

  it("loses every control and bidirectional formatting character, keeps line breaks and tabs as space", () => {
    expect(cleanText("a\u0000b\u0007c\u001bd\u007fe\u0085f\u009bg\u202eh\u2066i\tj\u200fk")).toBe(
      "abcde\nfghi jk",
    );
    expect(cleanText("lone \ud800 surrogate")).toBe("lone \ufffd surrogate");
  });

  it("stays one value when it holds line breaks and properties: the calendar's name too", () => {
    for (const name of HOSTILE) {
      const text = calendarNamed(name);
      expect(icsProblems(text, name.slice(0, 20))).toEqual([]);
      const calendar = parseIcs(text);
      expect(calendar.getAllSubcomponents()).toEqual([]);
      expect(calendar.getFirstPropertyValue("name")).toBe(cleanText(name));
      expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(cleanText(name));
    }
    expect(calendarNamed(INJECTION)).toContain(
      "\r\nNAME:Nätverket\\nX-INJECTED:1\\nBEGIN:VEVENT\\nUID:ond@example.org\\nSUMMARY:G\r\n ratis\\nEND:VEVENT\r\n",
    );
  });

  it("comes back exactly as written, whatever the characters (generated strings)", () => {
    const pieces = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.constantFrom(...HOSTILE, "\r\n", "\r", "\n", "\\", ";", ",", ":", "\u0000", "\u202e"),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }), (parts) => {
        const name = parts.join("");
        const text = calendarNamed(name);
        expect(icsProblems(text)).toEqual([]);
        expect(parseIcs(text).getFirstPropertyValue("name")).toBe(cleanText(name));
      }),
      { numRuns: 300 },
    );
  });

  it("is folded at 75 octets, never inside a character or an escape", () => {
    const line = foldLine(`DESCRIPTION:${escapeText(`${"å😀,".repeat(50)}`)}`);
    const lines = line.split("\r\n");
    expect(lines.length).toBeGreaterThan(5);
    for (const [index, part] of lines.entries()) {
      expect(Buffer.byteLength(part, "utf8"), part).toBeLessThanOrEqual(75);
      expect(part.isWellFormed(), part).toBe(true);
      expect(part.endsWith("\\") && !part.endsWith("\\\\"), part).toBe(false);
      if (index > 0) expect(part.startsWith(" ")).toBe(true);
    }
    expect(lines.map((part, index) => (index === 0 ? part : part.slice(1))).join("")).toBe(
      `DESCRIPTION:${escapeText(`${"å😀,".repeat(50)}`)}`,
    );
  });
});

describe("other values in a feed", () => {
  it("URIs have every space, control and non-ASCII letter percent-encoded", () => {
    expect(cleanUri("https://run.example.se/a b\r\nX-INJECTED:1/å")).toBe(
      "https://run.example.se/a%20b%0D%0AX-INJECTED:1/%C3%A5",
    );
  });

  it("property names, words and numbers are the code's own: anything else throws", () => {
    const one = (property: Parameters<typeof writeIcs>[0]["properties"][number]) =>
      writeIcs({ name: "VCALENDAR", properties: [property] });
    expect(() => one({ name: "X-A\r\nB", value: { text: "" } })).toThrow(/property name/);
    expect(() => one({ name: "STATUS", value: { word: "OK\r\nX:1" } })).toThrow(/word/);
    expect(() => one({ name: "SEQUENCE", value: { integer: 1.5 } })).toThrow(/integer/);
    expect(() => one({ name: "DTSTAMP", value: { dateTime: new Date(Number.NaN) } })).toThrow(
      /date/,
    );
    expect(one({ name: "X-PUBLISHED-TTL", value: { duration: 90 } })).toContain(
      "X-PUBLISHED-TTL:PT1M30S\r\n",
    );
  });
});

describe("the meetings feed with hostile names and places", () => {
  it("holds only the site's own properties, and each text as written", async () => {
    const { meetingsCalendar } = await import("@/lib/calendar");
    const { getMeetings } = await import("@/lib/content/meetings");
    const [meeting] = getMeetings().filter((candidate) => candidate.form === "på plats");
    expect(meeting).toBeDefined();
    for (const hostile of HOSTILE) {
      const text = meetingsCalendar([{ ...meeting!, place: hostile }], {
        name: `RUN: ${hostile}`,
        url: `https://run.example.se/natverk/${hostile}`,
      });
      expect(icsProblems(text, hostile.slice(0, 20))).toEqual([]);
      const calendar = parseIcs(text);
      expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(`RUN: ${cleanText(hostile)}`);
      const events = calendar.getAllSubcomponents("vevent");
      expect(events).toHaveLength(1);
      expect(events[0]!.getFirstPropertyValue("location")).toBe(cleanText(hostile));
      expect(events[0]!.getFirstPropertyValue("description")).toContain(
        `Plats: ${cleanText(hostile)}.`,
      );
    }
  });
});

describe("a network's feed when its title is hostile", () => {
  it("is refused by the check, naming the file and field, or holds the title as one value", async () => {
    // YAML's escapes: CR LF, a bell, NUL and a right-to-left override in a network's title.
    const title = String.raw`"Planterat\r\nX-INJECTED:1\r\nBEGIN:VEVENT\aEND\0:\u202Eslut"`;
    const root = copyRoot(VALID_ROOT);
    try {
      const file = "content/natverk/testnatverk.md";
      fs.writeFileSync(
        path.join(root, file),
        edited(file, "title: Testnätverk", `title: ${title}`),
      );
      const { problems } = loadContent(root, { includeDrafts: true });
      if (problems.length > 0) {
        // The check may refuse such characters before any feed is written.
        expect(problems.map(formatProblem)).toContainEqual(
          expect.stringMatching(/^content\/natverk\/testnatverk\.md(:\d+)?: fältet "title" /),
        );
        return;
      }
      process.env.CONTENT_ROOT = root;
      const { GET } = await import("@/app/kalender/[file]/route");
      const response = await GET(new Request("http://localhost/kalender/testnatverk.ics"), {
        params: Promise.resolve({ file: "testnatverk.ics" }),
      });
      const text = await response.text();
      expect(icsProblems(text)).toEqual([]);
      expect(parseIcs(text).getFirstPropertyValue("name")).toBe(
        "RUN: Planterat\nX-INJECTED:1\nBEGIN:VEVENTEND:slut",
      );
    } finally {
      process.env.CONTENT_ROOT = VALID_ROOT;
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
