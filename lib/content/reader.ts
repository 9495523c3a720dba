import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { ITEM_PAGES, ROUTES } from "../routes";
import { findFiles, type FoundFile } from "./files";
import { lastCommitDates } from "./git-dates";
import { filesWithPages, type AnyFile } from "./files-of";
import { fileAddress } from "./moves";
import { published, publicationAt, siteInstant } from "./publication";
import { fileHistory, type FileHistory } from "./git-history";
import { KINDS, SINGLE_FILES, type Enrichment, type KindKey, type KindSpec } from "./kinds";
import { readContentFile, type RawFile } from "./parse";
import { withFileFacts } from "./pdf/facts";
import { publicFile } from "./rules/public-files";
import { checkedRecipient } from "./feedback-recipient";
import { withSequences } from "./schedule-history";
import { ContentError, type Problem } from "./problems";
import { RULES, type RuleInput } from "./rules";
import { WARNINGS } from "./rules/warnings";
import { fileNameProblem } from "./limits";
import { SettingsSchema } from "./schemas";
import type { Content, KindContent, Leadership, Source } from "./types";
import { validateFile } from "./validate";

export type {
  Content,
  ContentDocument,
  Leadership,
  Meeting,
  Member,
  Network,
  NewsItem,
  Page,
  Person,
  Source,
} from "./types";

/**
 * The one module that touches the disk, gray-matter and the schemas (through files.ts and
 * parse.ts). `loadContent` is a pipeline: find the files → read each → validate it against its
 * kind's schema → apply the cross-file rules (rules/) → leave out drafts. It returns typed
 * content or every problem at once. Everything is read once per process (see `getContent`).
 */

export interface LoadOptions {
  /** Keep files marked `draft: true` (development previews and `npm run check`). */
  includeDrafts: boolean;
  /**
   * The instant review-by dates and publication days are judged at (the check's clock);
   * default: now, or the day in SITE_DATE (lib/content/publication.ts).
   */
  now?: Date;
}

export interface LoadResult {
  content: Content | null;
  /** Errors: while there is one, nothing is built. */
  problems: Problem[];
  /** Warnings that do not stop the build: pages past their review-by date. */
  warnings: Problem[];
}

/** What an enrichment step may use besides the files: the project and its history. */
interface EnrichContext {
  root: string;
  history: FileHistory | null;
  problems: Problem[];
}

/** The steps the table of kinds names (kinds.ts, `enrich`), each over all files of its kind. */
const ENRICHMENTS: Record<Enrichment, (files: Source[], context: EnrichContext) => Source[]> = {
  sequences: (files, { root, history, problems }) => withSequences(root, history, files, problems),
  fileFacts: (files, { root }) =>
    withFileFacts(files as (Source & { file?: string })[], (sitePath) =>
      publicFile(root, sitePath),
    ),
};

/** A file read and validated, ready to become content. */
interface Checked {
  found: FoundFile;
  raw: RawFile;
  data: unknown;
}

/** Reads and validates one file: its name, its text (where none is shown), its fields. */
function checkFile(root: string, found: FoundFile, problems: Problem[]): Checked | null {
  const raw = readContentFile(root, found.absolute, problems);
  if (!raw) return null;
  const isKind = found.kind in KINDS;
  const badName = isKind ? fileNameProblem(raw.slug) : null;
  if (badName) {
    problems.push({ file: raw.file, message: badName });
    return null;
  }
  const hasText = isKind ? KINDS[found.kind as KindKey].hasText : false;
  if (!hasText && raw.markdown.trim() !== "") {
    problems.push({
      file: raw.file,
      line: raw.markdownLine,
      message:
        "har text under front matter, men den här sortens fil visar ingen sådan text. Flytta texten till ett fält eller ta bort den.",
    });
  }
  const schema: z.ZodType = isKind
    ? KINDS[found.kind as KindKey].schema
    : SINGLE_FILES[found.kind as keyof typeof SINGLE_FILES].schema;
  const data = validateFile(raw, schema, problems);
  return data === null ? null : { found, raw, data };
}

/** Every file read and validated, by kind, with what could not be read and where fields are. */
function readAll(
  root: string,
  found: readonly FoundFile[],
  problems: Problem[],
): Omit<RuleInput, "routes" | "pages"> {
  // One read of the history serves the pages' dates and the calendars' SEQUENCE.
  const history = fileHistory(root);
  const committed = lastCommitDates(history);
  const checked: Checked[] = [];
  const broken = new Set<string>();
  for (const file of found) {
    const result = checkFile(root, file, problems);
    if (result) checked.push(result);
    else broken.add(file.file.replace(/^content\//, "").replace(/\.md$/, ""));
  }
  const entry = ({ raw, data }: Checked) => ({
    ...(data as object),
    slug: raw.slug,
    source: raw.file,
    markdown: raw.markdown,
    committedAt: committed.get(raw.file) ?? null,
  });
  const ofKind = (kind: string) => checked.filter((file) => file.found.kind === kind);
  const steps: EnrichContext = { root, history, problems };
  const kinds = Object.fromEntries(
    (Object.entries(KINDS) as [KindKey, KindSpec][]).map(([kind, spec]) => {
      const files = ofKind(kind).map(entry);
      return [kind, spec.enrich ? ENRICHMENTS[spec.enrich](files, steps) : files];
    }),
  ) as KindContent;
  const [leadership] = ofKind("leadership");
  const [settings] = ofKind("settings");
  const raws = new Map(checked.map(({ raw }) => [raw.file, raw]));
  return {
    root,
    content: {
      ...kinds,
      leadership: leadership ? (entry(leadership) as Leadership) : null,
      settings: settings ? (settings.data as Content["settings"]) : null,
    },
    broken,
    lineOf: (file, fieldPath) => raws.get(file)?.lineOf(fieldPath),
    markdownLine: (file) => raws.get(file)?.markdownLine ?? 1,
  };
}

const failed = (problems: Problem[]): LoadResult => ({ content: null, problems, warnings: [] });

/**
 * Reads and validates every content file under `root/content` (find, read, validate, add what
 * each kind's step adds), runs the cross-file rules, and leaves out what the site does not show
 * that day; then the warnings. Reports all problems.
 */
export function loadContent(root: string, options: LoadOptions): LoadResult {
  const files = findFiles(root);
  if (!files) return failed([{ file: "content", message: "mappen finns inte." }]);
  const problems = [...files.problems];
  const input: RuleInput = {
    ...readAll(root, files.found, problems),
    routes: ROUTES,
    pages: ITEM_PAGES,
  };
  for (const rule of RULES) problems.push(...rule(input));
  const all = input.content;
  // A file that could not be read has put its problem on the list already.
  if (problems.length > 0 || all.leadership === null) return failed(problems);

  const settings = all.settings ?? SettingsSchema.parse({});
  const recipient = checkedRecipient(settings, all.leadership, all.people);
  if ("problem" in recipient) return failed([...problems, recipient.problem]);
  const now = options.now ?? siteInstant();
  const content = asShown(
    { ...all, leadership: all.leadership, settings, feedbackEmail: recipient.email },
    now,
    options.includeDrafts,
  );
  const warnings = WARNINGS.flatMap((warning) => warning({ content, now, lineOf: input.lineOf }));
  return { content, problems, warnings };
}

/**
 * The content as the site shows it on the day `now`: drafts and files outside their publication
 * days are left out (kept, for the preview and the check, with `includeDrafts`), and the
 * addresses of pages past their last day are noted, which answer 410 (lib/content/moves.ts).
 */
function asShown(all: Omit<Content, "ended">, now: Date, includeDrafts: boolean): Content {
  const kinds = Object.fromEntries(
    Object.keys(KINDS).map((kind) => {
      const files = (all as unknown as Record<string, AnyFile[]>)[kind]!;
      return [kind, includeDrafts ? files : published(files, now)];
    }),
  ) as unknown as KindContent;
  return {
    ...all,
    ...kinds,
    ended: filesWithPages(all).flatMap((item) => {
      const address = fileAddress(item.source);
      // A draft was never shown, so it was never taken down either.
      return address && !item.draft && publicationAt(item, now) === "after" ? [address] : [];
    }),
  };
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
