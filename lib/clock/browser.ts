/**
 * The meeting clock for the static export: the one script a visitor's browser runs. Pages are
 * built once and served for weeks, so "Nästa möte" is decided by the visitor's clock. This
 * module groups the meetings in the element's `data-meetings` with the scheduling code the
 * React components use (lib/schedule.ts) and moves the server's own elements into those groups:
 * each meeting's `<article data-meeting>` (components/meeting-item.tsx) and, on a schedule, its
 * `<li>` and list (components/meetings-by-year.tsx). It writes no meeting markup, only the
 * headings and sentences around the groups; tests/unit/next-meeting.test.tsx compares the
 * result with the React components' own at the same instant. Built by esbuild into `out/_assets/`
 * (scripts/strip-framework.ts) and loaded only on pages that show meetings.
 */
import { groupMeetings, type ClockMeeting } from "../schedule";
import { PAGE_IDS } from "../page-ids";

function h(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** What the server wrote in one box or schedule, read before the clock first moves anything. */
interface Written {
  /** Each meeting's article, and the list item it came in (none in "Nästa möte"'s hidden copies). */
  items: Map<string, { article: Element; li: Element | null }>;
  /** An empty copy of the server's list of meetings. */
  list: Node | undefined;
}

const written = new WeakMap<HTMLElement, Written>();

function writtenIn(element: HTMLElement): Written {
  let found = written.get(element);
  if (!found) {
    const articles = element.querySelectorAll<HTMLElement>("article[data-meeting]");
    found = {
      items: new Map(
        [...articles].map((article) => [
          article.dataset.meeting!,
          { article, li: article.closest("li") },
        ]),
      ),
      list: element.querySelector(".meeting-list")?.cloneNode(false),
    };
    written.set(element, found);
  }
  return found;
}

const meetingsOf = (element: HTMLElement): ClockMeeting[] =>
  JSON.parse(element.dataset.meetings ?? "[]") as ClockMeeting[];

const none = (href: string) =>
  h("p", {}, "Inga planerade möten just nu. Se ", h("a", { href }, "tidigare möten"), ".");

/** components/next-meeting.tsx once the clock has run. */
function fillNextMeeting(box: HTMLElement, now: Date): void {
  const next = groupMeetings(meetingsOf(box), now).next;
  const all = box.dataset.allHref ?? "";
  const article = next && writtenIn(box).items.get(next.slug)?.article;
  box.replaceChildren(
    box.querySelector("h2")!,
    ...(article ? [article, h("p", {}, h("a", { href: all }, "Alla möten"))] : [none(all)]),
  );
  box.dataset.nextMeeting = "ready";
}

/** components/meeting-schedule.tsx once the clock has run. */
function regroupSchedule(schedule: HTMLElement, now: Date): void {
  const { items, list } = writtenIn(schedule);
  const { next, upcoming, past } = groupMeetings(meetingsOf(schedule), now);
  const listOf = (meetings: ClockMeeting[]) => {
    const copy = list!.cloneNode(false);
    for (const { slug } of meetings) {
      const { article, li } = items.get(slug)!;
      li!.replaceChildren(article);
      copy.appendChild(li!);
    }
    return copy;
  };
  const section = (id: string, title: string, level: string, ...content: Node[]) =>
    h("section", { "aria-labelledby": id }, h(level, { id }, title), ...content);
  const nextSection = section(
    PAGE_IDS.nextMeeting,
    "Nästa möte",
    "h2",
    next
      ? items.get(next.slug)!.article
      : past.length > 0
        ? none(`#${PAGE_IDS.past}`)
        : h("p", {}, "Inga planerade möten just nu."),
  );
  nextSection.className = "next-meeting";
  schedule.replaceChildren(nextSection);
  if (upcoming.length > 0)
    schedule.append(section(PAGE_IDS.upcoming, "Kommande möten", "h2", listOf(upcoming)));
  if (past.length > 0)
    schedule.append(
      section(
        PAGE_IDS.past,
        "Tidigare möten",
        "h2",
        ...past.map((group) =>
          section(PAGE_IDS.pastYear(group.year), String(group.year), "h3", listOf(group.meetings)),
        ),
      ),
    );
  schedule.dataset.schedule = "grouped";
}

export function run(now = new Date()): void {
  for (const box of document.querySelectorAll<HTMLElement>("[data-next-meeting]"))
    fillNextMeeting(box, now);
  for (const schedule of document.querySelectorAll<HTMLElement>("[data-schedule]"))
    regroupSchedule(schedule, now);
}
