import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";

/**
 * The edits the editor guide (content/README.md) describes, scripted so that they apply to any
 * valid content, today's or next year's: each reads what is there and changes it as an editor
 * would. Each has a broken twin: the same edit with a mistake an editor makes, which the check
 * must refuse, naming the file. The unit tests run every edit on a copy of the real content;
 * `npm test` also builds the real content with all of them applied and runs the browser tests
 * that hold for any content (see scripts/test.sh).
 */
export interface EditorEdit {
  name: string;
  /** Makes the edit correctly in the project root `root` (with content/ and public/). */
  apply(root: string): void;
  /** Makes the edit with a mistake; returns the file (from the root) the check must name. */
  broken(root: string): string;
}

const PREFIX = "redaktorsprov";

function write(root: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

function slugs(root: string, folder: string): string[] {
  const directory = path.join(root, "content", folder);
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith(".md"))
    .map((name) => name.slice(0, -3))
    .sort();
}

/** A day about three months from now, written as an editor writes it, with a free file name. */
function futureMeetingFile(root: string): { file: string; date: string } {
  const day = new Date(Date.now() + 90 * 86_400_000);
  for (;;) {
    const date = day.toISOString().slice(0, 10);
    const file = `content/moten/${date}-ledningsgruppen.md`;
    if (!fs.existsSync(path.join(root, file))) return { file, date };
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

const LEADERSHIP = "content/ledningsgruppen.md";

interface GroupMember {
  person: string;
  role: string;
  represents?: string;
}

/** Rewrites the leadership group's list, as an editor does when people change. */
function editGroup(root: string, change: (members: GroupMember[]) => void): void {
  const text = fs.readFileSync(path.join(root, LEADERSHIP), "utf8");
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${LEADERSHIP}: no front matter`);
  const data = parseYaml(match[1]!) as { members: GroupMember[] };
  change(data.members);
  write(root, LEADERSHIP, `---\n${stringifyYaml(data)}---\n${match[2]}`);
}

function addPerson(root: string, slug: string): void {
  write(
    root,
    `content/personer/${slug}.md`,
    "---\nname: Alva Redaktörsson\ntitle: Skolchef\norganisation: Timrå kommun\nemail: alva.redaktorsson@example.se\n---\n",
  );
}

function appendToPage(root: string, file: string, text: string): void {
  const target = path.join(root, file);
  fs.writeFileSync(target, `${fs.readFileSync(target, "utf8").trimEnd()}\n\n${text}\n`);
}

/** Sets front matter lines in a meeting file, replacing any line of the same fields. */
function editMeeting(root: string, slug: string, lines: Record<string, string>): string {
  const file = `content/moten/${slug}.md`;
  let text = fs.readFileSync(path.join(root, file), "utf8");
  for (const key of Object.keys(lines))
    text = text.replace(new RegExp(`^${key}:.*\\r?\\n`, "m"), "");
  const added = Object.entries(lines)
    .map(([key, value]) => `\n${key}: ${value}`)
    .join("");
  write(root, file, text.replace(/^(---\r?\n[\s\S]*?)(\r?\n---)/, `$1${added}$2`));
  return file;
}

/** Sets a front matter line in any file, replacing a line of the same field. */
function setField(root: string, file: string, key: string, value: string): void {
  const text = fs
    .readFileSync(path.join(root, file), "utf8")
    .replace(new RegExp(`^${key}:.*\\r?\\n`, "m"), "");
  write(root, file, text.replace(/^(---\r?\n[\s\S]*?)(\r?\n---)/, `$1\n${key}: ${value}$2`));
}

/** A meeting's date as written in its file. */
function meetingDate(root: string, slug: string): string {
  const text = fs.readFileSync(path.join(root, `content/moten/${slug}.md`), "utf8");
  return /^date:\s*"?(\d{4}-\d{2}-\d{2})/m.exec(text)![1]!;
}

const weekLater = (date: string) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);

/** Who the guide's network meeting is for: the first network, or the leadership group. */
const networkOrGroup = (root: string) => slugs(root, "natverk")[0] ?? "ledningsgruppen";

export const EDITOR_EDITS: readonly EditorEdit[] = [
  {
    name: "a meeting cancelled",
    apply(root) {
      const meeting = slugs(root, "moten").at(-1);
      if (meeting) editMeeting(root, meeting, { status: "inställt" });
    },
    broken(root) {
      // A word the check does not know, for the one it does.
      return editMeeting(root, slugs(root, "moten").at(-1)!, { status: "avbokat" });
    },
  },
  {
    name: "a meeting moved a week later",
    apply(root) {
      const meeting = slugs(root, "moten").at(-2);
      if (!meeting) return;
      const date = meetingDate(root, meeting);
      // A week later, or later still where a meeting already is that day.
      const taken = new Set(slugs(root, "moten").map((slug) => meetingDate(root, slug)));
      let moved = weekLater(date);
      while (taken.has(moved)) moved = weekLater(moved);
      editMeeting(root, meeting, { date: moved, moved_from: date });
    },
    broken(root) {
      // The old date written as the new one too.
      const meeting = slugs(root, "moten").at(-1)!;
      return editMeeting(root, meeting, { moved_from: meetingDate(root, meeting) });
    },
  },
  {
    name: "a network's meeting with its agenda",
    apply(root) {
      const body = networkOrGroup(root);
      const { date } = futureMeetingFile(root);
      write(
        root,
        `content/dokument/${PREFIX}-kallelse.md`,
        `---\ntitle: Kallelse och dagordning ${date}\nkind: kallelse\nperiod: ${date.slice(0, 4)}\n---\n`,
      );
      write(
        root,
        `content/moten/${date}-${PREFIX}-${body}.md`,
        `---\nbody: ${body}\ndate: ${date}\nstart: "13:00"\nend: "15:30"\nform: bildkonferens\nagenda: ${PREFIX}-kallelse\n---\n`,
      );
    },
    broken(root) {
      // The agenda named before its document was added.
      const body = networkOrGroup(root);
      const { date } = futureMeetingFile(root);
      const file = `content/moten/${date}-${PREFIX}-${body}.md`;
      write(
        root,
        file,
        `---\nbody: ${body}\ndate: ${date}\nstart: "13:00"\nend: "15:30"\nform: bildkonferens\nagenda: ${PREFIX}-kallelse\n---\n`,
      );
      return file;
    },
  },
  {
    name: "a new meeting in the future",
    apply(root) {
      const { file, date } = futureMeetingFile(root);
      write(
        root,
        file,
        `---\nbody: ledningsgruppen\ndate: ${date}\nstart: "09:00"\nend: "12:00"\nform: bildkonferens\n---\n`,
      );
    },
    broken(root) {
      const { file, date } = futureMeetingFile(root);
      // The 30th of February, with the rest of the file right.
      const impossible = `${date.slice(0, 4)}-02-30`;
      write(
        root,
        file,
        `---\nbody: ledningsgruppen\ndate: ${impossible}\nstart: "09:00"\nend: "12:00"\nform: bildkonferens\n---\n`,
      );
      return file;
    },
  },
  {
    name: "a new network",
    apply(root) {
      const contact = slugs(root, "personer")[0]!;
      write(
        root,
        `content/natverk/${PREFIX}-natverk.md`,
        `---\ntitle: Redaktörsprovets nätverk\nsummary: Ett nätverk som en redaktör lade till.\npurposes:\n  - att pröva redaktörens väg\nparticipants: Alla kommuner i RUN.\ncontact: ${contact}\nupdated: 2026-11-25\n---\nNätverket träffas en gång per termin.\n`,
      );
    },
    broken(root) {
      const file = `content/natverk/${PREFIX}-natverk.md`;
      write(
        root,
        file,
        "---\ntitle: Redaktörsprovets nätverk\nsummary: Ett nätverk.\npurposes:\n  - att pröva\nparticipants: Alla.\ncontact: ingen-sadan-person\nupdated: 2026-11-25\n---\n",
      );
      return file;
    },
  },
  {
    name: "a new person in the leadership group in place of another",
    apply(root) {
      addPerson(root, `${PREFIX}-person`);
      editGroup(root, (members) => {
        const leaving = members.find((member) => member.role === "ledamot");
        if (leaving) leaving.person = `${PREFIX}-person`;
        else members.push({ person: `${PREFIX}-person`, role: "ledamot" });
      });
    },
    broken(root) {
      addPerson(root, `${PREFIX}-person`);
      editGroup(root, (members) => {
        // The file name misspelt where it is referred to.
        members.push({ person: `${PREFIX}-persn`, role: "ledamot" });
      });
      return LEADERSHIP;
    },
  },
  {
    name: "a new chair",
    apply(root) {
      editGroup(root, (members) => {
        const chair = members.find((member) => member.role === "ordförande");
        const next = members.find((member) => member.role === "ledamot");
        if (chair && next) {
          chair.role = "ledamot";
          next.role = "ordförande";
        }
      });
    },
    broken(root) {
      // The new chair written in, the old one not taken out.
      editGroup(root, (members) => {
        const chairs = members.filter((member) => member.role === "ordförande");
        const next = members.find((member) => member.role === "ledamot");
        if (next) next.role = "ordförande";
        if (chairs.length === 0) members.push({ person: members[0]!.person, role: "ordförande" });
      });
      return LEADERSHIP;
    },
  },
  {
    name: "a meeting removed",
    apply(root) {
      const meeting = slugs(root, "moten")[0];
      if (meeting) fs.rmSync(path.join(root, `content/moten/${meeting}.md`));
    },
    broken(root) {
      // The meetings page's own file removed instead of a meeting.
      fs.rmSync(path.join(root, "content/sidor/moten.md"));
      return "content/sidor/moten.md";
    },
  },
  {
    name: "a document added",
    apply(root) {
      write(
        root,
        `content/dokument/${PREFIX}-dokument.md`,
        "---\ntitle: Redaktörsprovets verksamhetsberättelse\nkind: övrigt\nperiod: 2026\n---\nEn kort sammanfattning av dokumentet.\n",
      );
    },
    broken(root) {
      const file = `content/dokument/${PREFIX}-dokument.md`;
      write(
        root,
        file,
        "---\ntitle: Redaktörsprovet\nkind: övrigt\nperiod: 2026\nfile: /dokument/finns-inte.pdf\n---\n",
      );
      return file;
    },
  },
  {
    name: "next year's plan, published on 1 January",
    apply(root) {
      const year = new Date().getUTCFullYear() + 1;
      write(
        root,
        `content/dokument/${PREFIX}-plan-${year}.md`,
        `---\ntitle: Redaktörsprovets verksamhetsplan ${year}\nkind: verksamhetsplan\nperiod: ${year}\npublish_from: ${year}-01-01\n---\n`,
      );
    },
    broken(root) {
      const year = new Date().getUTCFullYear() + 1;
      const file = `content/dokument/${PREFIX}-plan-${year}.md`;
      // The last day written before the first.
      write(
        root,
        file,
        `---\ntitle: Redaktörsprovets verksamhetsplan ${year}\nkind: verksamhetsplan\nperiod: ${year}\npublish_from: ${year}-01-01\npublish_until: ${year - 1}-12-31\n---\n`,
      );
      return file;
    },
  },
  {
    name: "a page's text changed",
    apply(root) {
      appendToPage(root, "content/sidor/om-run.md", "Se också [alla möten](/moten).");
    },
    broken(root) {
      appendToPage(root, "content/sidor/om-run.md", "Se också [alla möten](/motena).");
      return "content/sidor/om-run.md";
    },
  },
  {
    name: "a news item added, about a document",
    apply(root) {
      const document = slugs(root, "dokument")[0];
      write(
        root,
        `content/aktuellt/${PREFIX}-nyhet.md`,
        `---\ntitle: Redaktörsprovets nyhet\ndate: 2026-11-25\nsummary: En nyhet som en redaktör lade till.\n${document ? `document: ${document}\n` : ""}---\nNyheten har en kort text med en [länk till Aktuellt](/aktuellt).\n`,
      );
    },
    broken(root) {
      const file = `content/aktuellt/${PREFIX}-nyhet.md`;
      // The date written the Swedish way, and a document that does not exist.
      write(
        root,
        file,
        "---\ntitle: Redaktörsprovets nyhet\ndate: 25/11/2026\nsummary: En nyhet.\ndocument: finns-inte\n---\n",
      );
      return file;
    },
  },
  {
    name: "a responsible person (ansvarig) on a page",
    apply(root) {
      setField(root, "content/sidor/om-run.md", "ansvarig", slugs(root, "personer")[0]!);
    },
    broken(root) {
      setField(root, "content/sidor/om-run.md", "ansvarig", `${PREFIX}-okand-person`);
      return "content/sidor/om-run.md";
    },
  },
];

/** Copies a project root's content/ and public/ to `target` and applies every edit. */
export function applyAllEdits(from: string, target: string): void {
  fs.rmSync(target, { recursive: true, force: true });
  for (const folder of ["content", "public"]) {
    const source = path.join(from, folder);
    if (fs.existsSync(source)) fs.cpSync(source, path.join(target, folder), { recursive: true });
  }
  for (const edit of EDITOR_EDITS) edit.apply(target);
}
