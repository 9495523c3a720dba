import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cmsConfig, cmsConfigYaml, fieldsOf, type CmsField } from "@/lib/admin/config";
import { fromFile, TEXT_KEY, toFile } from "@/lib/admin/front-matter";
import { KINDS, SINGLE_FILES } from "@/lib/content/kinds";
import { fieldMeta, knownKeys, schemaAt } from "@/lib/content/problems";
import { calendarDate } from "@/lib/content/schemas";
import { fixedBodies } from "@/lib/site";
import { problemsAfter, PROJECT_ROOT, SITE_ROOT } from "../helpers/fixtures";

/** The editing interface's configuration (lib/admin/config.ts) and file format (front-matter.ts). */

const committed = fs.readFileSync(path.join(PROJECT_ROOT, "public/admin/config.yml"), "utf8");

type Config = ReturnType<typeof cmsConfig>;
type Collection = Config["collections"][number];

function formOf(config: Config, name: string): CmsField[] {
  const collection: Collection | undefined = config.collections.find((item) => item.name === name);
  if (collection && "fields" in collection) return collection.fields;
  for (const item of config.collections)
    if ("files" in item) {
      const file = item.files.find((entry) => entry.name === name);
      if (file) return file.fields;
    }
  throw new Error(`no form for ${name}`);
}

/** The widget the schema's field calls for, from its zod type and help. */
function expectedWidget(schema: z.core.$ZodType, at: readonly PropertyKey[]): string {
  const meta = fieldMeta(schema, at);
  if (meta?.format === "date" || meta?.format === "time") return "datetime";
  if (meta?.format === "file") return "file";
  if (meta?.refers) return "relation";
  const field = schemaAt(schema, at)!;
  const json = z.toJSONSchema(field as z.ZodType, {
    io: "input",
    unrepresentable: "any",
    metadata: z.registry(),
  });
  if (json.type === "array") return "list";
  if (json.enum) return "select";
  if (json.type === "boolean") return "boolean";
  if (json.type === "integer" || json.type === "number") return "number";
  return "string";
}

/** Every field of a schema, nested list entries too, checked against its form. */
function checkForm(
  schema: z.core.$ZodType,
  fields: CmsField[],
  at: readonly PropertyKey[] = [],
  filter?: { field: string; value?: string[] },
) {
  const keys = knownKeys(schema, at);
  expect(fields.map((field) => field.name).filter((name) => name !== TEXT_KEY)).toEqual(keys);
  for (const key of keys) {
    const field = fields.find((item) => item.name === key)!;
    const meta = fieldMeta(schema, [...at, key]);
    expect(field.label, key).toBe(meta?.label);
    expect(field.label, key).toMatch(/^[A-ZÅÄÖ][a-zåäö ()-]+$/);
    // A field the form's filter narrows says so in its own help.
    if (filter?.field === key) expect(field.hint, key).toMatch(/^[A-ZÅÄÖ].+\.$/);
    else expect(field.hint, key).toBe(meta?.description);
    // A field the form's filter fixes to a few values is a choice of those values.
    expect(field.widget, key).toBe(
      filter?.field === key && filter.value ? "select" : expectedWidget(schema, [...at, key]),
    );
    const nested = knownKeys(schema, [...at, key, 0]);
    if (nested.length > 0) checkForm(schema, field.fields as CmsField[], [...at, key, 0]);
  }
}

describe("the editing interface's configuration", () => {
  it("is generated from the schemas, and the committed file is current (npm run cms-config)", () => {
    expect(cmsConfigYaml(), "public/admin/config.yml is stale: run npm run cms-config").toBe(
      committed,
    );
  });

  it("has a form for every kind and single file, with every schema field, labelled and helped in Swedish", () => {
    const config = cmsConfig();
    for (const [name, kind] of Object.entries(KINDS)) {
      // Every form over the kind's folder (the meetings have two, split by their group).
      const forms = config.collections.filter(
        (item) => "folder" in item && item.folder === `content/${kind.folder}`,
      );
      expect(forms.map((form) => form.name)).toContain(name);
      for (const form of forms) {
        if (!("fields" in form)) throw new Error(`${form.name} has no fields`);
        const filter = "filter" in form ? form.filter : undefined;
        checkForm(kind.schema, form.fields, [], filter);
        expect(
          form.fields.some((field) => field.name === TEXT_KEY),
          name,
        ).toBe(kind.hasText);
      }
    }
    for (const [name, single] of Object.entries(SINGLE_FILES))
      checkForm(single.schema, formOf(config, name));
  });

  it("gives dates, times, choices and references their pickers", () => {
    const meeting = formOf(cmsConfig(), "meetings");
    const byName = (name: string) => meeting.find((field) => field.name === name)!;
    expect(byName("date")).toMatchObject({
      widget: "datetime",
      type: "date",
      format: "YYYY-MM-DD",
    });
    expect(byName("start")).toMatchObject({ widget: "datetime", type: "time", format: "HH:mm" });
    expect(byName("form")).toMatchObject({
      widget: "select",
      options: ["bildkonferens", "på plats"],
    });
    expect(byName("agenda")).toMatchObject({
      widget: "relation",
      collection: "documents",
      value_field: "{{slug}}",
      search_fields: ["title"],
      required: false,
    });
    // The group that meets: the leadership group or RUN-riksdag as a choice by name in one
    // form, a network found by its name in the other, each storing the file name.
    expect(byName("body")).toMatchObject({
      widget: "select",
      options: [
        { label: "Ledningsgruppen", value: "ledningsgruppen" },
        { label: "RUN-riksdag", value: "run-riksdag" },
      ],
      required: true,
    });
    expect(formOf(cmsConfig(), "network-meetings").find((f) => f.name === "body")).toMatchObject({
      widget: "relation",
      collection: "networks",
      value_field: "{{slug}}",
      search_fields: ["title"],
      required: true,
    });
    const leadership = formOf(cmsConfig(), "leadership")[0]!;
    expect(leadership.fields).toContainEqual(
      expect.objectContaining({ name: "person", widget: "relation", collection: "people" }),
    );
  });

  it("shows every meeting in exactly one of the two meeting forms", () => {
    const forms = cmsConfig().collections.filter(
      (item) => "folder" in item && item.folder === "content/moten",
    );
    const shows = (form: (typeof forms)[number], body: string) => {
      const filter = "filter" in form ? form.filter : undefined;
      if (!filter) return true;
      return filter.value ? filter.value.includes(body) : new RegExp(filter.pattern!).test(body);
    };
    const bodies = [
      ...Object.keys(fixedBodies),
      ...fs.readdirSync(path.join(SITE_ROOT, "content/natverk")).map((f) => f.replace(/\.md$/, "")),
      "ledningsgruppen-norr",
      "riksdag",
    ];
    for (const body of bodies)
      expect(
        forms.filter((form) => shows(form, body)).map((form) => form.name),
        body,
      ).toEqual([body in fixedBodies ? "meetings" : "network-meetings"]);
  });

  it("names new files by the guide's rules", () => {
    const collections = cmsConfig().collections;
    const meetings = collections.find((item) => item.name === "meetings")!;
    expect(meetings).toMatchObject({ slug: "{{fields.date}}-{{fields.body}}" });
    expect(cmsConfig().slug).toMatchObject({
      encoding: "ascii",
      clean_accents: true,
      lowercase: true,
    });
    // The fixed pages have their addresses in lib/routes.ts.
    expect(collections.find((item) => item.name === "pages")).toMatchObject({ create: false });
  });

  it("puts a field added to a schema into the form with no other edit", () => {
    const schema = z.strictObject({
      first_day: calendarDate({ label: "Första dagen", description: "Ny.", example: "2027-01-01" }),
      colour: z.enum(["röd", "blå"]).meta({ label: "Färg", description: "Ny.", example: "röd" }),
      count: z
        .number()
        .int()
        .min(1)
        .optional()
        .meta({ label: "Antal", description: "Ny.", example: "2" }),
    });
    expect(fieldsOf(schema)).toEqual([
      expect.objectContaining({
        name: "first_day",
        label: "Första dagen",
        widget: "datetime",
        required: true,
      }),
      expect.objectContaining({ name: "colour", widget: "select", options: ["röd", "blå"] }),
      expect.objectContaining({ name: "count", widget: "number", min: 1, required: false }),
    ]);
  });

  it("has no yes/no field whose default is not false (the file format leaves false out)", () => {
    const fields = [...Object.values(KINDS), ...Object.values(SINGLE_FILES)].flatMap((kind) =>
      knownKeys(kind.schema, []).map((key) => schemaAt(kind.schema, [key])!),
    );
    for (const field of fields) {
      const json = z.toJSONSchema(field as z.ZodType, {
        io: "input",
        unrepresentable: "any",
        metadata: z.registry(),
      });
      if (json.type === "boolean") expect(json.default).toBe(false);
    }
  });
});

describe("the editing interface's file format", () => {
  const files = fs
    .readdirSync(path.join(SITE_ROOT, "content"), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"));

  it("writes every file of the fixture site back byte for byte", () => {
    expect(files.length).toBeGreaterThan(40);
    for (const name of files) {
      const source = fs.readFileSync(path.join(SITE_ROOT, "content", name), "utf8");
      expect(toFile(fromFile(source)), name).toBe(source);
    }
  });

  it("writes a year as a number where the guide does, and a code in quotes", () => {
    const document = toFile({
      title: "Verksamhetsplan 2027",
      kind: "verksamhetsplan",
      period: "2027",
    });
    expect(document).toBe(
      "---\ntitle: Verksamhetsplan 2027\nkind: verksamhetsplan\nperiod: 2027\n---\n",
    );
    expect(toFile({ title: "Plan", kind: "verksamhetsplan", period: "2027-2029" })).toContain(
      "\nperiod: 2027-2029\n",
    );
    expect(toFile({ name: "Ånge", kommunkod: "2260" })).toContain('\nkommunkod: "2260"\n');
    expect(
      problemsAfter({ "content/dokument/verksamhetsplan-2027.md": document }, SITE_ROOT),
    ).toEqual([]);
  });

  it("writes a new meeting as an editor would, and the check accepts it", () => {
    // What the form sends: every field, filled in or not, in the form's order.
    const meeting = toFile({
      body: "ledningsgruppen",
      date: "2027-02-12",
      start: "09:00",
      end: "12:00",
      form: "på plats",
      place: "Campus Sundsvall: sal O102",
      status: "",
      moved_from: "",
      agenda: null,
      minutes: null,
      draft: false,
      [TEXT_KEY]: "Välkomna!\n",
    });
    expect(meeting).toBe(
      '---\nbody: ledningsgruppen\ndate: 2027-02-12\nstart: "09:00"\nend: "12:00"\nform: på plats\nplace: "Campus Sundsvall: sal O102"\n---\nVälkomna!\n',
    );
    expect(
      problemsAfter({ "content/moten/2027-02-12-ledningsgruppen.md": meeting }, SITE_ROOT),
    ).toEqual([]);
  });
});
