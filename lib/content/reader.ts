import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import type { z } from "zod";
import { fileRoutes, fixedBodies, networkHref, pageRoutes } from "../site";
import { collectLinks, internalPath } from "../markdown/links";
import { lastCommitDates } from "./git-dates";
import { overdueWarnings } from "./review";
import { closest, ContentError, knownKeys, problemsFromIssue, type Problem } from "./problems";
import {
  DocumentSchema,
  LeadershipSchema,
  MeetingSchema,
  MemberSchema,
  NetworkSchema,
  PageSchema,
  PersonSchema,
  SettingsSchema,
  SLUG_PATTERN,
  type Settings,
} from "./schemas";

/**
 * The one module that touches the disk, gray-matter and the schemas. It reads every content
 * file, validates it, checks references between files, and either returns typed content or
 * every problem at once. Everything is read once per process (see `getContent`).
 */

/** Where a piece of content came from, and when it last changed. */
export interface Source {
  /** The file name without `.md`: its address and the name other files refer to it by. */
  slug: string;
  /** Path from the project root, e.g. `content/natverk/regionalt-ikt-natverk.md`. */
  source: string;
  /** The Markdown under the front matter. */
  markdown: string;
  /** The last commit that changed the file, when git knows it. */
  committedAt: Date | null;
}

type Entry<S extends z.ZodType> = z.output<S> & Source;

export type Page = Entry<typeof PageSchema>;
export type Person = Entry<typeof PersonSchema>;
export type Network = Entry<typeof NetworkSchema>;
export type Member = Entry<typeof MemberSchema>;
export type Leadership = Entry<typeof LeadershipSchema>;
export type Meeting = Entry<typeof MeetingSchema>;
export type ContentDocument = Entry<typeof DocumentSchema>;

export interface Content {
  pages: Page[];
  people: Person[];
  networks: Network[];
  members: Member[];
  leadership: Leadership;
  meetings: Meeting[];
  documents: ContentDocument[];
  /** Site-wide settings from content/webbplatsen.md, or their defaults when it is absent. */
  settings: Settings;
}

/** The content folders, what each holds, and whether its text under the front matter is shown. */
export const FOLDERS = {
  pages: { folder: "sidor", schema: PageSchema, hasBody: true },
  people: { folder: "personer", schema: PersonSchema, hasBody: false },
  networks: { folder: "natverk", schema: NetworkSchema, hasBody: true },
  members: { folder: "medlemmar", schema: MemberSchema, hasBody: false },
  meetings: { folder: "moten", schema: MeetingSchema, hasBody: true },
  documents: { folder: "dokument", schema: DocumentSchema, hasBody: true },
} as const;

export const LEADERSHIP_FILE = "ledningsgruppen.md";
export const SETTINGS_FILE = "webbplatsen.md";
const GUIDE_FILE = "README.md";

export interface LoadOptions {
  /** Keep files marked `draft: true` (development previews and `npm run check`). */
  includeDrafts: boolean;
  /** The instant review-by dates are judged at (the check's clock); default: now. */
  now?: Date;
}

export interface LoadResult {
  content: Content | null;
  /** Errors: while there is one, nothing is built. */
  problems: Problem[];
  /** Warnings that do not stop the build: pages past their review-by date. */
  warnings: Problem[];
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}

/** The file line of a field in the front matter, found by its key's indentation. */
function lineFinder(frontMatter: string): (fieldPath: readonly PropertyKey[]) => number | undefined {
  const lines = frontMatter.split("\n");
  // Line 1 of the file is the opening `---`; front matter line 0 is file line 2.
  const fileLine = (index: number) => index + 2;
  return (fieldPath) => {
    let from = 0;
    let found: number | undefined;
    let indent = -1;
    for (const key of fieldPath) {
      if (typeof key === "number") {
        let item = -1;
        let itemIndent = -1;
        let index = from;
        for (; index < lines.length; index++) {
          const match = /^(\s*)-(\s|$)/.exec(lines[index]!);
          if (!match) continue;
          const width = match[1]!.length;
          if (itemIndent === -1 && width > indent - 1) itemIndent = width;
          if (width === itemIndent && ++item === key) break;
        }
        if (index >= lines.length) return found;
        found = fileLine(index);
        from = index;
        indent = itemIndent + 1;
        continue;
      }
      const pattern = new RegExp(`^(\\s*-?\\s*)${String(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`);
      let index = from;
      for (; index < lines.length; index++) {
        const match = pattern.exec(lines[index]!);
        if (match && match[1]!.length >= Math.max(indent, 0)) break;
      }
      if (index >= lines.length) return found;
      found = fileLine(index);
      from = index + 1;
      indent = (/^\s*/.exec(lines[index]!)?.[0].length ?? 0) + 1;
    }
    return found;
  };
}

const YAML_REASONS: Record<string, string> = {
  "bad indentation of a mapping entry": "fel indrag",
  "bad indentation of a sequence entry": "fel indrag i listan",
  "duplicated mapping key": "samma fält står två gånger",
  "end of the stream or a document separator is expected": "raden kan inte läsas; saknas ett kolon efter fältnamnet?",
  "can not read a block mapping entry; a multiline key may not be an implicit key":
    "raden kan inte läsas; saknas ett kolon, eller står texten på fel rad?",
  "unexpected end of the stream within a double quoted scalar": "ett citattecken (\") är inte stängt",
  "unexpected end of the stream within a single quoted scalar": "ett citattecken (') är inte stängt",
};

function refuseEngine(language: string) {
  return () => {
    throw new Error(`front matter på "${language}" tillåts inte`);
  };
}

/** Front matter is parsed as YAML only, without YAML's own dates (we check dates ourselves). */
const MATTER_OPTIONS = {
  language: "yaml",
  engines: {
    yaml: (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object,
    // gray-matter evaluates `---js` front matter as code by default: never here.
    js: refuseEngine("js"),
    javascript: refuseEngine("javascript"),
    coffee: refuseEngine("coffee"),
    coffeescript: refuseEngine("coffeescript"),
    json: refuseEngine("json"),
    toml: refuseEngine("toml"),
  },
};

interface RawFile {
  file: string;
  slug: string;
  data: unknown;
  body: string;
  bodyLine: number;
  frontMatter: string;
}

/** Reads one file's front matter and body; on a problem, records it and returns null. */
function readRaw(root: string, absolute: string, problems: Problem[]): RawFile | null {
  const file = toPosix(path.relative(root, absolute));
  const slug = path.basename(absolute, ".md");
  const source = fs.readFileSync(absolute, "utf8").replace(/^\uFEFF/, "");
  const opening = /^---([^\r\n]*)/.exec(source);
  if (opening && opening[1]!.trim() !== "") {
    problems.push({
      file,
      line: 1,
      message: `börjar med "---${opening[1]!.trim()}". Front matter skrivs bara i YAML: första raden ska vara enbart "---".`,
    });
    return null;
  }
  if (!opening) {
    problems.push({
      file,
      line: 1,
      message: 'saknar front matter. Filen ska börja med en rad "---", fälten, och en rad "---".',
    });
    return null;
  }
  try {
    const parsed = matter(source, MATTER_OPTIONS);
    const before = source.length - parsed.content.length;
    const bodyLine = source.slice(0, before).split("\n").length;
    return {
      file,
      slug,
      data: parsed.data,
      body: parsed.content,
      bodyLine,
      frontMatter: parsed.matter.replace(/^\r?\n/, ""),
    };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      // gray-matter hands js-yaml the text after the opening "---" including its line break,
      // so js-yaml's 0-based line is the file's 1-based line.
      const line = error.mark ? error.mark.line + 1 : undefined;
      const reason = YAML_REASONS[error.reason] ?? error.reason;
      const lines = source.split("\n");
      const snippet =
        line === undefined
          ? ""
          : ` Rad ${line - 1}: «${lines[line - 2]?.trim() ?? ""}», rad ${line}: «${lines[line - 1]?.trim() ?? ""}».`;
      problems.push({
        file,
        line,
        message: `YAML-fel: ${reason.replace(/[.?]?$/, (end) => end || ".")}${snippet} Felet står på den raden eller raden före. Skriv varje fält som "namn: värde" på en egen rad, och listor som rader som börjar med "- ".`,
      });
      return null;
    }
    throw error;
  }
}

function validate<S extends z.ZodType>(raw: RawFile, schema: S, problems: Problem[]): z.output<S> | null {
  const result = schema.safeParse(raw.data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const lineOf = lineFinder(raw.frontMatter);
  // "titel" for "title" is one mistake: the unknown key's line already names the field meant,
  // so the field is not also reported as missing.
  const meant = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const known = knownKeys(schema, issue.path);
    for (const key of issue.keys) {
      const guess = closest(key, known);
      if (guess) meant.add(JSON.stringify([...issue.path, guess]));
    }
  }
  for (const issue of result.error.issues) {
    const missing = issue.code === "invalid_type" && issue.input === undefined;
    if (missing && meant.has(JSON.stringify(issue.path))) continue;
    problems.push(...problemsFromIssue(issue, schema, raw.file, lineOf));
  }
  return null;
}

function markdownFiles(directory: string): string[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith(".md"))
    .sort();
}

/** Reads and validates every content file under `root/content`. Reports all problems. */
export function loadContent(root: string, options: LoadOptions): LoadResult {
  const problems: Problem[] = [];
  const contentDir = path.join(root, "content");
  const publicDir = path.join(root, "public");
  const committed = lastCommitDates(root, "content");
  if (!fs.existsSync(contentDir)) {
    return { content: null, problems: [{ file: "content", message: "mappen finns inte." }], warnings: [] };
  }

  // Files an editor put where nothing reads them would be silently ignored: say so.
  const knownFolders = new Set<string>(Object.values(FOLDERS).map((kind) => kind.folder));
  for (const name of fs.readdirSync(contentDir).sort()) {
    const full = path.join(contentDir, name);
    if (fs.statSync(full).isDirectory()) {
      if (!knownFolders.has(name)) {
        problems.push({
          file: `content/${name}`,
          message: `är ingen känd mapp. Innehållsmapparna är: ${[...knownFolders].join(", ")}.`,
        });
        continue;
      }
      for (const inner of fs.readdirSync(full).sort()) {
        if (!inner.endsWith(".md")) {
          problems.push({
            file: `content/${name}/${inner}`,
            message: 'läses inte: bara Markdown-filer (".md") hör hemma här. Lägg PDF:er och bilder i public/.',
          });
        }
      }
    } else if (name !== LEADERSHIP_FILE && name !== SETTINGS_FILE && name !== GUIDE_FILE) {
      problems.push({
        file: `content/${name}`,
        message: `läses inte. Lägg filen i en av mapparna: ${[...knownFolders].join(", ")}.`,
      });
    }
  }

  // Files that exist but could not be read: references to them are not reported again.
  const broken = new Set<string>();

  function readFolder<S extends z.ZodType>(folder: string, schema: S, hasBody: boolean): Entry<S>[] {
    const entries: Entry<S>[] = [];
    for (const name of markdownFiles(path.join(contentDir, folder))) {
      const raw = readRaw(root, path.join(contentDir, folder, name), problems);
      if (!raw) {
        broken.add(`${folder}/${path.basename(name, ".md")}`);
        continue;
      }
      if (!SLUG_PATTERN.test(raw.slug)) {
        problems.push({
          file: raw.file,
          message: `har ett filnamn som inte kan bli en adress. Använd små bokstäver a–z utan å, ä, ö, siffror och bindestreck, t.ex. "regionalt-ikt-natverk.md".`,
        });
        continue;
      }
      if (!hasBody && raw.body.trim() !== "") {
        problems.push({
          file: raw.file,
          line: raw.bodyLine,
          message:
            "har text under front matter, men den här sortens fil visar ingen sådan text. Flytta texten till ett fält eller ta bort den.",
        });
      }
      const data = validate(raw, schema, problems);
      if (data === null) {
        broken.add(`${folder}/${raw.slug}`);
        continue;
      }
      entries.push({
        ...data,
        slug: raw.slug,
        source: raw.file,
        markdown: raw.body,
        committedAt: committed.get(raw.file) ?? null,
      });
      bodyLines.set(raw.file, raw.bodyLine);
      lineFinders.set(raw.file, lineFinder(raw.frontMatter));
    }
    return entries;
  }

  // Where each file's body starts and where its fields stand, for line numbers in problems.
  const bodyLines = new Map<string, number>();
  const lineFinders = new Map<string, (fieldPath: readonly PropertyKey[]) => number | undefined>();
  const pages = readFolder(FOLDERS.pages.folder, PageSchema, true);
  const people = readFolder(FOLDERS.people.folder, PersonSchema, false);
  const networks = readFolder(FOLDERS.networks.folder, NetworkSchema, true);
  const members = readFolder(FOLDERS.members.folder, MemberSchema, false);
  const meetings = readFolder(FOLDERS.meetings.folder, MeetingSchema, true);
  const documents = readFolder(FOLDERS.documents.folder, DocumentSchema, true);

  let leadership: Leadership | null = null;
  const leadershipPath = path.join(contentDir, LEADERSHIP_FILE);
  if (!fs.existsSync(leadershipPath)) {
    problems.push({
      file: `content/${LEADERSHIP_FILE}`,
      message: "saknas. Ledningsgruppens sida behöver filen med fältet members.",
    });
  } else {
    const raw = readRaw(root, leadershipPath, problems);
    const data = raw ? validate(raw, LeadershipSchema, problems) : null;
    if (raw && data) {
      leadership = {
        ...data,
        slug: raw.slug,
        source: raw.file,
        markdown: raw.body,
        committedAt: committed.get(raw.file) ?? null,
      };
      const lineOf = lineFinder(raw.frontMatter);
      checkReferences(
        data.members.map((member, index) => ({ slug: member.person, at: ["members", index, "person"] })),
        raw.file,
        lineOf,
      );
      const seen = new Set<string>();
      data.members.forEach((member, index) => {
        if (seen.has(member.person)) {
          problems.push({
            file: raw.file,
            line: lineOf(["members", index, "person"]),
            field: `members[${index}].person`,
            message: `"${member.person}" står redan tidigare i listan. Ta bort dubbletten.`,
          });
        }
        seen.add(member.person);
      });
    }
  }

  // Site-wide settings: optional, with defaults for every field.
  let settings: Settings | null = SettingsSchema.parse({});
  const settingsPath = path.join(contentDir, SETTINGS_FILE);
  if (fs.existsSync(settingsPath)) {
    const raw = readRaw(root, settingsPath, problems);
    settings = raw ? validate(raw, SettingsSchema, problems) : null;
    if (raw && raw.body.trim() !== "") {
      problems.push({
        file: raw.file,
        line: raw.bodyLine,
        message: "har text under front matter, men inställningarna visas inte som text. Ta bort texten.",
      });
    }
  }

  function checkReferences(
    references: { slug: string; at: (string | number)[] }[],
    file: string,
    lineOf: (fieldPath: readonly PropertyKey[]) => number | undefined,
    candidates: readonly string[] = people.map((person) => person.slug),
    folderHint = "content/personer/",
    folder: string = FOLDERS.people.folder,
  ) {
    for (const reference of references) {
      if (candidates.includes(reference.slug) || broken.has(`${folder}/${reference.slug}`)) continue;
      const guess = closest(reference.slug, candidates);
      problems.push({
        file,
        line: lineOf(reference.at),
        field: reference.at.map((key, index) => (typeof key === "number" ? `[${key}]` : index ? `.${key}` : key)).join(""),
        message: `"${reference.slug}" finns inte i ${folderHint}.${guess ? ` Menade du "${guess}"?` : ""}`,
      });
    }
  }

  // References between files.
  const frontMatterLines = (file: string) => lineFinders.get(file) ?? (() => undefined);
  for (const network of networks) {
    checkReferences([{ slug: network.contact, at: ["contact"] }], network.source, frontMatterLines(network.source));
  }
  const bodies = [...Object.keys(fixedBodies), ...networks.map((network) => network.slug)];
  for (const meeting of meetings) {
    checkReferences(
      [{ slug: meeting.body, at: ["body"] }],
      meeting.source,
      frontMatterLines(meeting.source),
      bodies,
      `listan över dem som möts (${bodies.join(", ")})`,
      FOLDERS.networks.folder,
    );
  }

  // Things that must not be there twice.
  const firstOf = new Map<string, string>();
  const duplicate = (key: string, file: string, what: string) => {
    const first = firstOf.get(key);
    if (first) problems.push({ file, message: `${what} finns redan i ${first}. Ta bort en av filerna.` });
    else firstOf.set(key, file);
  };
  for (const member of members) duplicate(`member:${member.name.toLowerCase()}`, member.source, `Medlemmen "${member.name}"`);
  for (const network of networks) duplicate(`network:${network.title.toLowerCase()}`, network.source, `Ett nätverk med namnet "${network.title}"`);
  for (const meeting of meetings) {
    duplicate(
      `meeting:${meeting.body}:${meeting.startsAt.toISOString()}`,
      meeting.source,
      `Ett möte för ${meeting.body} med samma dag och starttid`,
    );
  }

  // Every fixed address needs its page file, and every page file needs an address.
  const pageSlugs = new Set(pages.map((page) => page.slug));
  const routeSlugs = new Set<string>(Object.values(pageRoutes));
  for (const [route, slug] of Object.entries(pageRoutes)) {
    if (!pageSlugs.has(slug) && !problems.some((problem) => problem.file === `content/sidor/${slug}.md`)) {
      problems.push({
        file: `content/sidor/${slug}.md`,
        message: `saknas. Adressen ${route} hämtar sin rubrik, beskrivning och text härifrån.`,
      });
    }
  }
  for (const page of pages) {
    if (!routeSlugs.has(page.slug)) {
      problems.push({
        file: page.source,
        message: `har ingen adress på webbplatsen. Sidfilerna är: ${[...routeSlugs].map((slug) => `${slug}.md`).join(", ")}.`,
      });
    }
  }

  // Document files must be there to be linked.
  for (const document of documents) {
    if (document.file === undefined) continue;
    const target = path.join(publicDir, ...document.file.split("/"));
    if (!target.startsWith(publicDir + path.sep) || !fs.existsSync(target)) {
      problems.push({
        file: document.source,
        line: frontMatterLines(document.source)(["file"]),
        field: "file",
        message: `"${document.file}" finns inte i public/. Lägg filen i public${document.file} eller ta bort raden.`,
      });
    }
  }

  // Links in Markdown to addresses of this site must lead somewhere.
  const addresses = new Set<string>([
    ...Object.keys(pageRoutes),
    ...fileRoutes,
    ...networks.map((network) => networkHref(network.slug)),
  ]);
  const bodied: Source[] = [...pages, ...networks, ...meetings, ...documents];
  for (const item of bodied) {
    for (const link of collectLinks(item.markdown)) {
      const target = internalPath(link.url);
      if (target === null || addresses.has(target)) continue;
      if (target.startsWith("/natverk/") && broken.has(target.slice(1))) continue;
      if (fs.existsSync(path.join(publicDir, ...decodeURI(target).split("/")))) continue;
      const guess = closest(target, [...addresses]);
      problems.push({
        file: item.source,
        line: link.line === undefined ? undefined : (bodyLines.get(item.source) ?? 1) + link.line - 1,
        message: `länkar till "${link.url}", en adress som inte finns på webbplatsen.${guess ? ` Menade du "${guess}"?` : ""}`,
      });
    }
  }

  if (problems.length > 0 || leadership === null || settings === null) {
    return { content: null, problems, warnings: [] };
  }

  const published = <T extends { draft: boolean }>(items: T[]) =>
    options.includeDrafts ? items : items.filter((item) => !item.draft);
  const content: Content = {
    pages,
    people,
    networks: published(networks),
    members,
    leadership,
    meetings: published(meetings),
    documents: published(documents),
    settings,
  };
  const warnings = overdueWarnings(content, options.now ?? new Date(), (file, field) =>
    frontMatterLines(file)([field]),
  );
  return { content, problems, warnings };
}

const cache = new Map<string, { content: Content; stamp: string }>();

/** The project root whose `content/` the site shows; tests and benchmarks point elsewhere. */
export function contentRoot(): string {
  // Not traced into the server bundle: every page is prerendered, so content is read at build time.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_ROOT ?? process.cwd());
}

/** Drafts show in `next dev` only; production builds leave them out. */
export function includeDrafts(): boolean {
  return process.env.NODE_ENV !== "production";
}

/**
 * Every file under `content/` and `public/` with its size and change time: a cheap stamp (one
 * `stat` per file, no reading) that changes whenever an editor saves, adds, renames or deletes.
 */
function contentStamp(root: string): string {
  const parts: string[] = [];
  const walk = (directory: string) => {
    let names: string[];
    try {
      names = fs.readdirSync(directory).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(directory, name);
      const stat = fs.lstatSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else parts.push(`${full}\0${stat.size}\0${stat.mtimeMs}`);
    }
  };
  walk(path.join(root, "content"));
  walk(path.join(root, "public"));
  return parts.join("\n");
}

/**
 * All content, read and validated once per process. Throws a `ContentError` listing every
 * problem, which stops `next build` before anything is published.
 *
 * In development (`next dev`) the content is read again whenever a file under `content/` or
 * `public/` has changed since the last read, so the preview follows each save, and a mistake
 * shows its Swedish message on the next reload instead of the last good page.
 */
export function getContent(): Content {
  const root = contentRoot();
  const drafts = includeDrafts();
  const key = `${root}\0${drafts}`;
  const following = process.env.NODE_ENV === "development";
  const stamp = following ? contentStamp(root) : "";
  const cached = cache.get(key);
  if (cached && cached.stamp === stamp) return cached.content;
  cache.delete(key);
  // `npm run bench` counts the reads of a build: one per build process, never one per page.
  const readLog = process.env.RUN_CONTENT_READ_LOG;
  if (readLog) fs.appendFileSync(readLog, `${process.pid}\n`);
  const { content, problems } = loadContent(root, { includeDrafts: drafts });
  if (!content) throw new ContentError(problems);
  cache.set(key, { content, stamp });
  return content;
}
