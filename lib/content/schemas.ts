import { z } from "zod";
import {
  parseCalendarDate,
  parseClockTime,
  stockholmDayStart,
  stockholmInstant,
  type CalendarDate,
} from "../dates";

/**
 * The content model, written first: every content type in the site is inferred from these
 * schemas. Each field's `description` is written for editors (the guide in content/README.md
 * says the same) and its `example` is offered in error messages. Objects are strict, so a
 * misspelt key is an error rather than silently ignored.
 */

export interface FieldMeta {
  /** The field's name in the editing interface's form (/admin), in Swedish. */
  label: string;
  /** For editors: what the field is for, its limits. */
  description: string;
  /** A value to copy, shown in error messages and in the guide. */
  example: string;
  /** What to write, in the guide's words, where the schema alone does not say (e.g. "datum"). */
  type?: string;
  /** When the field is required, where "ja" or "nej" is not the whole truth. */
  required?: string;
  /**
   * What the value is when a plain string does not say: a calendar date, a wall-clock time, a
   * file in public/. The editing interface gives each its picker.
   */
  format?: "date" | "time" | "file";
  /** The kind of content a reference names by its file name (e.g. a person). */
  refers?: "people" | "documents" | "networks";
}

/** Attaches editor help to a field. */
function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ ...meta });
}

/** The slug pattern shared by file names and references: what may stand in an address. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (meta: FieldMeta) =>
  field(z.string().trim().min(1, { error: "får inte vara tomt." }), { type: "text", ...meta });

/** A slug that refers to another file, e.g. a person in `content/personer/`. */
const reference = (meta: FieldMeta) =>
  field(
    z.string().regex(SLUG_PATTERN, {
      error: "ska vara ett filnamn utan .md, med små bokstäver a–z, siffror och bindestreck.",
    }),
    meta,
  );

/** Suggests the ISO form of a date written another common way, e.g. 26/1/2018. */
export function suggestIsoDate(input: string): string | null {
  const pad = (n: string) => n.padStart(2, "0");
  const dayFirst = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(input.trim());
  if (dayFirst) return `${dayFirst[3]}-${pad(dayFirst[2]!)}-${pad(dayFirst[1]!)}`;
  const loose = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(input.trim());
  if (loose) return `${loose[1]}-${pad(loose[2]!)}-${pad(loose[3]!)}`;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(input.trim());
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  return null;
}

/** A calendar date written YYYY-MM-DD, checked to exist. */
export const calendarDate = (meta: FieldMeta) =>
  field(
    z.string().transform((input, ctx): CalendarDate => {
      const parsed = parseCalendarDate(input);
      if (parsed) return parsed;
      const suggestion = suggestIsoDate(input);
      const looksIso = /^\d{4}-\d{2}-\d{2}$/.test(input);
      ctx.addIssue({
        code: "custom",
        message: looksIso
          ? `"${input}" är inget datum som finns. Kontrollera dag och månad.`
          : `"${input}" är inte skrivet som ÅÅÅÅ-MM-DD. Skriv ${
              suggestion && parseCalendarDate(suggestion)
                ? `"${suggestion}"`
                : `t.ex. "${meta.example}"`
            }.`,
      });
      return z.NEVER;
    }),
    { type: "datum", format: "date", ...meta },
  );

/** A wall-clock time written TT:MM (24-hour clock). */
const clockTime = (meta: FieldMeta) =>
  field(
    z.string().refine((input) => parseClockTime(input) !== null, {
      error: (issue) =>
        `"${String(issue.input)}" är ingen tid. Skriv tiden som TT:MM med 24-timmarsklocka, t.ex. "${meta.example}".`,
    }),
    { type: "tid", format: "time", ...meta },
  );

/** A date shown as "Senast uppdaterad" when git has no history for the file. */
const updated = calendarDate({
  label: "Senast ändrad",
  description:
    'Datum då innehållet senast ändrades (ÅÅÅÅ-MM-DD). Visas som "Senast uppdaterad" när git-historik saknas.',
  example: "2018-04-23",
}).transform(stockholmDayStart);

/**
 * When the text must next be looked over (Webbriktlinjer R23–R26: information is dated and kept
 * current). Past it, the page says so and `npm run check` warns.
 */
const reviewBy = calendarDate({
  label: "Ses över senast",
  description:
    "Datum då innehållet senast ska ses över (ÅÅÅÅ-MM-DD), valfritt. Efter datumet visar sidan att informationen kan vara inaktuell, och npm run check varnar. Utan fältet gäller webbplatsens intervall (webbplatsen.md) från senaste ändringen.",
  example: "2027-06-30",
})
  .transform(stockholmDayStart)
  .optional();

/**
 * Publication on a set day (lib/content/publication.ts): before `publish_from` a file is left
 * out of the built site like a draft, and after `publish_until` it is gone again. Both are
 * Stockholm days; the site is built every morning, so the day is kept.
 */
const publishFrom = calendarDate({
  label: "Visas från",
  description:
    "Dagen filen börjar visas på webbplatsen (ÅÅÅÅ-MM-DD), valfritt. Före dagen är den dold som ett utkast; förhandsvisningen (npm run dev) visar den märkt med dagen, och npm run check listar den. Webbplatsen byggs om tidigt varje morgon, så filen kommer med samma dag.",
  example: "2027-01-01",
})
  .transform(stockholmDayStart)
  .optional();

const publishUntil = calendarDate({
  label: "Visas till och med",
  description:
    "Sista dagen filen visas på webbplatsen (ÅÅÅÅ-MM-DD), valfritt. Dagen efter är den borta från webbplatsen; filen finns kvar i förrådet.",
  example: "2027-12-31",
})
  .transform(stockholmDayStart)
  .optional();

/**
 * Addresses a page had before that git cannot see (lib/content/moves.ts): they answer with the
 * page's own address (301). Renames of files in git need nothing here.
 */
const earlierAddresses = field(
  z
    .array(
      z.string().regex(/^(\/[a-z0-9]+(?:-[a-z0-9]+)*)+$/, {
        error:
          "ska vara en adress på webbplatsen, som börjar med / och har små bokstäver a–z, siffror och bindestreck, t.ex. /natverk/ikt.",
      }),
    )
    .optional(),
  {
    type: "lista med adresser som börjar med /",
    label: "Tidigare adresser",
    description:
      "Adresser som sidan hade förut och som inte syns i git (valfritt), till exempel från den gamla webbplatsen. Besökare och sökmotorer som kommer dit skickas hit. Byter du namn på filen behövs inget här: det ser webbplatsen själv.",
    example: "/natverk/ikt-natverket",
  },
);

const draft = field(z.boolean().default(false), {
  label: "Utkast",
  description:
    'Utkast: skriv true för att dölja filen på den publicerade webbplatsen. Den syns då bara i förhandsvisningen (npm run dev), märkt "Utkast".',
  example: "true",
});

/**
 * Who answers for a page, network or document (Webbriktlinjer R21): a person in
 * content/personer/. Without it, the site's default in webbplatsen.md.
 */
const responsible = (what: string) =>
  reference({
    type: "filnamn i `personer/`",
    refers: "people",
    label: "Ansvarig",
    required: "nej (standard: `ansvarig` i webbplatsen.md)",
    description: `Vem som ansvarar för ${what} (valfritt): filnamnet (utan .md) på en person i content/personer/. Personen nämns när innehållet behöver ses över. Utan fältet gäller ansvarig i webbplatsen.md, annars ledningsgruppens ordförande.`,
    example: "lena-bostrom",
  }).optional();

/** content/sidor/*.md: the text of a page at a fixed address. */
export const PageSchema = z.strictObject({
  title: text({
    label: "Rubrik",
    description: "Sidans rubrik (h1) och namn i webbläsarens flik.",
    example: "Om RUN",
  }),
  description: field(
    z
      .string()
      .trim()
      .min(1, { error: "får inte vara tomt." })
      .max(200, { error: "är för långt: högst 200 tecken, helst under 160." }),
    {
      type: "text, högst 200 tecken",
      label: "Beskrivning",
      description:
        "En mening som sammanfattar sidan, för sökmotorer och delade länkar. Högst 200 tecken, helst under 160.",
      example: "Vad RUN är, vem som leder arbetet och hur det följs upp.",
    },
  ),
  updated,
  review_by: reviewBy,
  ansvarig: responsible("sidan"),
});

/** content/personer/*.md: anyone named on the site, referred to by file name. */
export const PersonSchema = z.strictObject({
  name: text({
    label: "Namn",
    description: "Personens för- och efternamn.",
    example: "Lena Boström",
  }),
  title: field(
    z.string().trim().min(1, { error: "får inte vara tomt; ta bort raden i stället." }).optional(),
    {
      type: "text",
      label: "Titel",
      description: "Titel eller befattning (valfritt).",
      example: "Seniorprofessor vid avdelningen för utbildningsvetenskap",
    },
  ),
  organisation: field(
    z.string().trim().min(1, { error: "får inte vara tomt; ta bort raden i stället." }).optional(),
    {
      type: "text",
      label: "Organisation",
      description: "Organisation eller region personen hör till (valfritt).",
      example: "Mittuniversitetet",
    },
  ),
  email: field(
    z
      .email({
        error: (issue) =>
          `"${String(issue.input)}" är ingen giltig e-postadress. Skriv hela adressen utan mellanslag, t.ex. "fornamn.efternamn@kommun.se".`,
      })
      .optional(),
    {
      type: "e-postadress",
      label: "E-postadress",
      description: "E-postadress (valfritt). Visas som länk.",
      example: "lena.bostrom@miun.se",
    },
  ),
});

/** content/natverk/*.md: one network; the file name is its address /natverk/<filnamn>. */
export const NetworkSchema = z.strictObject({
  title: text({ label: "Namn", description: "Nätverkets namn.", example: "Regionalt IKT-nätverk" }),
  summary: text({
    label: "Sammanfattning",
    description: "En eller två meningar om nätverket, visas i förteckningen på /natverk.",
    example: "Ett nätverk för IKT-pedagogiska frågor.",
  }),
  purposes: field(
    z
      .array(z.string().trim().min(1, { error: "får inte vara tomt." }), {
        error: 'ska vara en lista: en rad per syfte som börjar med "- ".',
      })
      .min(1, { error: "måste ha minst ett syfte." }),
    {
      type: "lista med minst en rad",
      label: "Syften",
      description: 'Nätverkets syften, en rad per syfte som börjar med "- ".',
      example: "- att erfarenhetsutbyte mellan skolor, kommuner och universitet utvecklas",
    },
  ),
  participants: text({
    label: "Deltagare",
    description: "Vilka som deltar i nätverket.",
    example: "Samtliga 19 kommuner i regionen erbjuds att delta.",
  }),
  contact: reference({
    type: "filnamn i `personer/`",
    refers: "people",
    label: "Kontaktperson",
    description: "Kontaktperson: filnamnet (utan .md) på en person i content/personer/.",
    example: "ulrika-auno",
  }),
  updated,
  review_by: reviewBy,
  ansvarig: responsible("nätverkets sida"),
  publish_from: publishFrom,
  publish_until: publishUntil,
  earlier_addresses: earlierAddresses,
  draft,
});

export const COUNTIES = ["Västernorrland", "Jämtland Härjedalen", "Gävleborg"] as const;
export const MEMBER_KINDS = ["kommun", "lärosäte"] as const;

/** content/medlemmar/*.md: a member municipality or university. */
export const MemberSchema = z
  .strictObject({
    name: text({ label: "Namn", description: "Medlemmens namn.", example: "Örnsköldsvik" }),
    kind: field(z.enum(MEMBER_KINDS), {
      label: "Slag",
      description: "Slag av medlem: kommun eller lärosäte.",
      example: "kommun",
    }),
    county: field(z.enum(COUNTIES).optional(), {
      required: "för kommuner",
      label: "Län",
      description:
        "Län (krävs för kommuner): Västernorrland, Jämtland Härjedalen eller Gävleborg. Medlemmarna grupperas efter län.",
      example: "Västernorrland",
    }),
    kommunkod: field(
      z
        .union([z.string(), z.number()])
        .transform((input, ctx) => {
          const code = String(input).trim().padStart(4, "0");
          if (!/^\d{4}$/.test(code)) {
            ctx.addIssue({
              code: "custom",
              message: `"${String(input)}" är ingen kommunkod. Skriv SCB:s fyrsiffriga kod, t.ex. "2284" för Örnsköldsvik.`,
            });
            return z.NEVER;
          }
          return code;
        })
        .optional(),
      {
        type: "fyra siffror",
        required: "för kommuner",
        label: "Kommunkod",
        description:
          "Kommunens fyrsiffriga kod hos SCB (krävs för kommuner). Den placerar kommunen på kartan och kontrolleras mot kartans namn och län, så att ett felstavat namn upptäcks.",
        example: "2284",
      },
    ),
    website: field(
      z
        .url({
          protocol: /^https?$/,
          error: (issue) =>
            `"${String(issue.input)}" är ingen webbadress. Skriv hela adressen med https://, t.ex. "https://www.ornskoldsvik.se".`,
        })
        .optional(),
      {
        type: "webbadress",
        label: "Webbplats",
        description: "Medlemmens officiella webbplats (valfritt). Namnet i listan länkar dit.",
        example: "https://www.ornskoldsvik.se",
      },
    ),
  })
  .superRefine((member, ctx) => {
    if (member.kind === "kommun" && member.county === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["county"],
        message: `saknas. En kommun ska ha ett län: ${COUNTIES.join(", ")}.`,
      });
    }
    if (member.kind === "kommun" && member.kommunkod === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["kommunkod"],
        message:
          'saknas. En kommun ska ha sin fyrsiffriga kod hos SCB, t.ex. "kommunkod: 2284" för Örnsköldsvik.',
      });
    }
  });

export const LEADERSHIP_ROLES = ["ordförande", "vice ordförande", "ledamot", "adjungerad"] as const;

/** content/ledningsgruppen.md: the leadership group's members, in the order they are shown. */
export const LeadershipSchema = z.strictObject({
  members: field(
    z
      .array(
        z.strictObject({
          person: reference({
            type: "filnamn i `personer/`",
            refers: "people",
            label: "Person",
            description: "Filnamnet (utan .md) på personen i content/personer/.",
            example: "kristina-rastback",
          }),
          role: field(z.enum(LEADERSHIP_ROLES), {
            label: "Roll",
            description:
              "Roll i ledningsgruppen. Exakt en ordförande (RUN:s kontakt på varje sida) och högst en vice ordförande.",
            example: "ledamot",
          }),
          represents: field(
            z
              .string()
              .trim()
              .min(1, { error: "får inte vara tomt; ta bort raden i stället." })
              .optional(),
            {
              type: "text",
              label: "Representerar",
              description:
                "Vad ledamoten representerar (valfritt), t.ex. ett län eller en organisation.",
              example: "Västernorrland",
            },
          ),
        }),
        { error: "ska vara en lista med en post per ledamot." },
      )
      .min(1, { error: "måste ha minst en ledamot." }),
    {
      type: "lista",
      label: "Ledamöter",
      description:
        "Ledningsgruppens medlemmar: en post per person med person, role och represents.",
      example: "- person: lena-bostrom",
    },
  ),
});

export const MEETING_FORMS = ["bildkonferens", "på plats"] as const;
/** A meeting is held as planned unless its file says `status: inställt`. */
export const MEETING_STATUSES = ["planerat", "inställt"] as const;

/** A reference from a meeting to a document in content/dokument/. */
const meetingDocument = (meta: Omit<FieldMeta, "type">) =>
  reference({ type: "filnamn i `dokument/`", refers: "documents", ...meta }).optional();

/** content/moten/*.md: one meeting. Times are Swedish wall-clock time. */
export const MeetingSchema = z
  .strictObject({
    body: reference({
      type: "`ledningsgruppen`, `run-riksdag` eller ett filnamn i `natverk/`",
      refers: "networks",
      label: "Vem som möts",
      description:
        "Vem som möts: ledningsgruppen, run-riksdag eller filnamnet på ett nätverk i content/natverk/.",
      example: "ledningsgruppen",
    }),
    date: calendarDate({
      label: "Datum",
      description: "Mötesdagen, ÅÅÅÅ-MM-DD.",
      example: "2018-01-26",
    }),
    start: clockTime({
      label: "Starttid",
      description: "Starttid, TT:MM (svensk tid).",
      example: "09:00",
    }),
    end: clockTime({
      label: "Sluttid",
      description: "Sluttid, TT:MM (svensk tid). Måste vara efter starttiden.",
      example: "12:00",
    }),
    form: field(z.enum(MEETING_FORMS), {
      label: "Mötesform",
      description: "Mötesform: bildkonferens eller på plats.",
      example: "på plats",
    }),
    place: field(
      z
        .string()
        .trim()
        .min(1, { error: "får inte vara tomt; ta bort raden i stället." })
        .optional(),
      {
        type: "text",
        required: "vid `på plats`",
        label: "Plats",
        description: 'Plats. Krävs när form är "på plats"; valfritt vid bildkonferens.',
        example: "Campus Sundsvall",
      },
    ),
    status: field(z.enum(MEETING_STATUSES).default("planerat"), {
      type: "`planerat` eller `inställt`, standard `planerat`",
      label: "Status",
      description:
        "Skriv status: inställt när mötet inte blir av. Mötet står kvar i listorna, märkt Inställt, och försvinner ur prenumeranternas kalendrar. Utan fältet är mötet planerat.",
      example: "inställt",
    }),
    moved_from: calendarDate({
      label: "Flyttat från",
      description:
        'Den tidigare mötesdagen när ett möte har flyttats (valfritt). Ändra date till den nya dagen och skriv den gamla här, så står det "Flyttat från …" vid mötet.',
      example: "2027-02-05",
    }).optional(),
    agenda: meetingDocument({
      label: "Kallelse",
      description:
        "Kallelse eller dagordning (valfritt): filnamnet (utan .md) på ett dokument i content/dokument/. Visas på mötets sida.",
      example: "kallelse-ledningsgruppen-2027-02-12",
    }),
    minutes: meetingDocument({
      label: "Protokoll",
      description:
        "Protokoll (valfritt): filnamnet (utan .md) på ett dokument i content/dokument/. Visas på mötets sida.",
      example: "protokoll-ledningsgruppen-2027-02-12",
    }),
    draft,
  })
  .transform((meeting, ctx) => {
    const movedFrom = meeting.moved_from;
    if (
      movedFrom !== undefined &&
      movedFrom.year === meeting.date.year &&
      movedFrom.month === meeting.date.month &&
      movedFrom.day === meeting.date.day
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["moved_from"],
        message: `"${String(movedFrom.year)}-${String(movedFrom.month).padStart(2, "0")}-${String(movedFrom.day).padStart(2, "0")}" är samma dag som date. Ett flyttat möte har den nya dagen i date och den gamla här; ta bort raden om mötet inte har flyttats.`,
      });
    }
    if (meeting.form === "på plats" && meeting.place === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["place"],
        message: 'saknas. Ett möte "på plats" behöver en plats, t.ex. "place: Campus Sundsvall".',
      });
    }
    // The schema's refinements guarantee both times parse; the instants may still not exist.
    const startTime = parseClockTime(meeting.start)!;
    const endTime = parseClockTime(meeting.end)!;
    const startsAt = stockholmInstant(meeting.date, startTime.hours, startTime.minutes);
    const endsAt = stockholmInstant(meeting.date, endTime.hours, endTime.minutes);
    for (const [key, instant] of [
      ["start", startsAt],
      ["end", endsAt],
    ] as const) {
      if (instant === null) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `"${meeting[key]}" finns inte den dagen: klockan ställs fram till sommartid. Välj en annan tid.`,
        });
      }
    }
    if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `"${meeting.end}" är inte efter starttiden "${meeting.start}". Sluttiden måste vara senare än starttiden.`,
      });
    }
    if (!startsAt || !endsAt) return z.NEVER;
    return { ...meeting, startsAt, endsAt };
  });

export const DOCUMENT_KINDS = [
  "avtal",
  "kallelse",
  "verksamhetsplan",
  "handlingsplan",
  "verksamhetsrapport",
  "protokoll",
  "övrigt",
] as const;

const PERIOD_PATTERN = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/;

/** content/dokument/*.md: one document. */
export const DocumentSchema = z.strictObject({
  title: text({ label: "Titel", description: "Dokumentets titel.", example: "Handlingsplan 2018" }),
  kind: field(z.enum(DOCUMENT_KINDS), {
    label: "Slag",
    description: `Slag av dokument: ${DOCUMENT_KINDS.join(", ")}.`,
    example: "handlingsplan",
  }),
  period: field(
    z.union([z.number(), z.string()]).transform((input, ctx) => {
      const match = PERIOD_PATTERN.exec(String(input).trim());
      const from = match ? Number(match[1]) : NaN;
      const to = match?.[2] ? Number(match[2]) : from;
      if (!match || to < from) {
        ctx.addIssue({
          code: "custom",
          message: `"${String(input)}" är ingen period. Skriv ett år, t.ex. 2018, eller två år med bindestreck, t.ex. 2017-2019.`,
        });
        return z.NEVER;
      }
      return { from, to };
    }),
    {
      type: "år eller två år med bindestreck",
      label: "Period",
      description: "Året eller perioden dokumentet gäller: 2018 eller 2017-2019.",
      example: "2017-2019",
    },
  ),
  file: field(
    z
      .string()
      .superRefine((input, ctx) => {
        if (/\s/.test(input.trim()))
          ctx.addIssue({
            code: "custom",
            message: `"${input}" har mellanslag. Byt namn på filen i public/ så att namnet saknar mellanslag (skriv bindestreck i stället, t.ex. "${input.trim().replace(/\s+/g, "-")}") och skriv samma namn här.`,
          });
        else if (!input.trim().startsWith("/"))
          ctx.addIssue({
            code: "custom",
            message: `"${input}" ska börja med "/": sökvägen till filen i public/, t.ex. "/${input.trim().replace(/^public\//, "")}".`,
          });
      })
      .optional(),
    {
      type: "sökväg i `public/`, börjar med `/`",
      format: "file",
      label: "Fil",
      description:
        "Filen att länka (valfritt): sökvägen till en fil i public/, med inledande snedstreck. Utan fil visas dokumentet utan länk.",
      example: "/dokument/handlingsplan-2018.pdf",
    },
  ),
  review_by: reviewBy,
  ansvarig: responsible("dokumentet"),
  publish_from: publishFrom,
  publish_until: publishUntil,
  draft,
});

/** content/aktuellt/*.md: one news item; the file name is its address /aktuellt/<filnamn>. */
export const NewsSchema = z.strictObject({
  title: text({
    label: "Rubrik",
    description: "Nyhetens rubrik, på sidan, i listan på /aktuellt och i nyhetsflödet.",
    example: "Verksamhetsrapporten för 2017 är publicerad",
  }),
  date: calendarDate({
    label: "Publiceringsdag",
    description:
      "Publiceringsdagen (ÅÅÅÅ-MM-DD). Nyheterna visas med den senaste först, och dagen står vid nyheten.",
    example: "2018-04-23",
  }).transform(stockholmDayStart),
  summary: field(
    z.string().trim().min(1, { error: "får inte vara tomt." }).max(300, {
      error: "är för långt: högst 300 tecken. Skriv resten i texten under front matter.",
    }),
    {
      type: "text, högst 300 tecken",
      label: "Sammanfattning",
      description:
        "En eller två meningar om nyheten: visas i listan, på startsidan och i nyhetsflödet. Högst 300 tecken.",
      example: "RUN:s verksamhetsrapport för 2017 finns nu under Dokument.",
    },
  ),
  document: reference({
    type: "filnamn i `dokument/`",
    refers: "documents",
    label: "Dokument",
    description:
      "Ett dokument som nyheten handlar om (valfritt): filnamnet (utan .md) på ett dokument i content/dokument/. Visas med länk under texten.",
    example: "verksamhetsrapport-2017",
  }).optional(),
  publish_from: publishFrom,
  publish_until: publishUntil,
  earlier_addresses: earlierAddresses,
  draft,
});

/** content/webbplatsen.md (optional): settings for the whole site. */
export const SettingsSchema = z.strictObject({
  review_interval_months: field(
    z
      .number({ error: "ska vara ett heltal, t.ex. 12." })
      .int({ error: "ska vara ett heltal, t.ex. 12." })
      .min(1, { error: "ska vara minst 1 (månad)." })
      .max(60, { error: "ska vara högst 60 (månader)." })
      .default(12),
    {
      type: "heltal 1–60, standard 12",
      label: "Intervall för översyn (månader)",
      description:
        "Hur många månader efter senaste ändringen en sida, ett nätverk eller ett dokument utan review_by ska ses över. Standard 12.",
      example: "12",
    },
  ),
  feedback_email: field(
    z
      .email({
        error: (issue) =>
          `"${String(issue.input)}" är ingen giltig e-postadress. Skriv hela adressen utan mellanslag, t.ex. "run@miun.se".`,
      })
      .optional(),
    {
      type: "e-postadress",
      label: "E-post för synpunkter",
      description:
        "Vart synpunkter på sidorna och beställningar av tillgängliga versioner av dokument skickas. Utan fältet går de till ledningsgruppens ordförande (saknar ordföranden e-postadress: till den första i ledningsgruppen som har en).",
      example: "run@miun.se",
    },
  ),
  feedback_question: field(
    z
      .string()
      .trim()
      .min(1, { error: "får inte vara tomt; ta bort raden i stället." })
      .default("Hjälpte informationen dig?"),
    {
      type: "text, standard `Hjälpte informationen dig?`",
      label: "Rubrik för synpunkter",
      description: "Rubriken över länken för synpunkter längst ned på varje sida.",
      example: "Hjälpte informationen dig?",
    },
  ),
  feedback_link: field(
    z
      .string()
      .trim()
      .min(1, { error: "får inte vara tomt; ta bort raden i stället." })
      .default("Rapportera fel på sidan"),
    {
      type: "text, standard `Rapportera fel på sidan`",
      label: "Länktext för synpunkter",
      description:
        "Texten på länken som öppnar besökarens e-post med sidans namn och adress ifyllda.",
      example: "Rapportera fel på sidan",
    },
  ),
  ansvarig: reference({
    type: "filnamn i `personer/`",
    refers: "people",
    label: "Ansvarig",
    description:
      "Vem som ansvarar för webbplatsens innehåll (valfritt): filnamnet (utan .md) på en person i content/personer/. Gäller för varje sida, nätverk och dokument utan eget ansvarig, och står på /om-webbplatsen. Utan fältet: ledningsgruppens ordförande.",
    example: "lena-bostrom",
  }).optional(),
  postal_address: field(
    z
      .array(z.string().trim().min(1, { error: "får inte vara tomt." }), {
        error: 'ska vara en lista: en rad per adressrad som börjar med "- ".',
      })
      .min(1, { error: "måste ha minst en rad; ta bort fältet i stället." })
      .optional(),
    {
      type: "lista",
      label: "Postadress",
      description:
        'RUN:s postadress (valfritt), en rad per adressrad som börjar med "- ". Visas på /kontakt bara när den är ifylld.',
      example: "- Mittuniversitetet",
    },
  ),
  phone: field(
    z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{5,}$/, {
        error:
          'är inget telefonnummer. Skriv bara siffror, mellanslag och bindestreck, t.ex. "010-123 45 67".',
      })
      .optional(),
    {
      type: "telefonnummer",
      label: "Telefon",
      description: "RUN:s telefonnummer (valfritt). Visas på /kontakt bara när det är ifyllt.",
      example: "010-123 45 67",
    },
  ),
  accessibility_reviewed: calendarDate({
    label: "Tillgänglighet granskad",
    description:
      "Dagen då webbplatsens tillgänglighet senast granskades (ÅÅÅÅ-MM-DD). Visas i tillgänglighetsredogörelsen, som Digg kräver.",
    example: "2026-11-23",
  })
    .transform(stockholmDayStart)
    .optional(),
});

export type County = (typeof COUNTIES)[number];
export type LeadershipRole = (typeof LEADERSHIP_ROLES)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
