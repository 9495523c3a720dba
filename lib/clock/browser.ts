/**
 * The meeting clock for the static export: the one script a visitor's browser runs. Pages are
 * built once and served for weeks, so "Nästa möte" is decided by the visitor's clock. This
 * module regroups what the server wrote (the meetings are in the element's `data-meetings`)
 * with the same scheduling code the server and the React components use (lib/schedule.ts), and
 * writes the same markup the React components write under `next start`. Built by esbuild into
 * `out/_assets/` (scripts/strip-framework.ts) and loaded only on pages that show meetings.
 */
import { groupMeetings, type MeetingView } from "../schedule";
import { PAGE_IDS } from "../page-ids";

type Child = Node | string | null | false | undefined;

function h(
  tag: string,
  attributes: Record<string, string | undefined>,
  ...children: Child[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) element.setAttribute(name, value);
  for (const child of children)
    if (child !== null && child !== false && child !== undefined) element.append(child);
  return element;
}

/** The markup of components/meeting-item.tsx. */
function meetingItem(meeting: MeetingView, showBody = true): HTMLElement {
  /** A stand-alone link whose screen-reader name says which meeting it is for. */
  const named = (text: string, attributes: Record<string, string>) =>
    h(
      "a",
      attributes,
      text,
      h("span", { class: "visually-hidden" }, `: ${meeting.bodyName} ${meeting.dateText}`),
    );
  return h(
    "article",
    {
      class: meeting.cancelled ? "meeting meeting-cancelled" : "meeting",
      "aria-label": `${meeting.bodyName}, ${meeting.dateText}${meeting.cancelled ? ", inställt" : ""}`,
    },
    showBody &&
      h(
        "p",
        { class: "meeting-body" },
        h("a", { href: meeting.bodyHref }, meeting.bodyName),
        meeting.draft && " ",
        meeting.draft && h("strong", { class: "draft-badge" }, "Utkast"),
      ),
    meeting.cancelled && h("p", { class: "meeting-status" }, h("strong", {}, "Inställt")),
    h(
      "p",
      { class: "meeting-when" },
      h("time", { datetime: meeting.startsAt }, meeting.dateText),
      h("span", { class: "meeting-time" }, ` ${meeting.timeText}`),
    ),
    meeting.movedFrom &&
      h(
        "p",
        { class: "meeting-moved" },
        "Flyttat från ",
        h("time", { datetime: meeting.movedFrom.date }, meeting.movedFrom.text),
      ),
    h(
      "p",
      { class: "meeting-where" },
      meeting.form === "bildkonferens"
        ? `Bildkonferens${meeting.place ? ` (${meeting.place})` : ""}`
        : `Plats: ${meeting.place ?? ""}`,
    ),
    h(
      "p",
      { class: "meeting-actions" },
      named("Om mötet", { href: meeting.href }),
      named("Lägg till i kalender", { href: meeting.icsHref, download: "" }),
    ),
  );
}

function meetingList(meetings: MeetingView[], showBody = true): HTMLElement {
  return h(
    "ul",
    { class: "meeting-list" },
    ...meetings.map((meeting) => h("li", {}, meetingItem(meeting, showBody))),
  );
}

function meetingsOf(element: HTMLElement): MeetingView[] {
  return JSON.parse(element.dataset.meetings ?? "[]") as MeetingView[];
}

/** components/next-meeting.tsx once the clock has run. */
function fillNextMeeting(box: HTMLElement, now: Date): void {
  const next = groupMeetings(meetingsOf(box), now).next;
  const all = box.dataset.allHref ?? "";
  const heading = h("h2", { id: PAGE_IDS.nextMeeting }, "Nästa möte");
  box.replaceChildren(
    heading,
    ...(next
      ? [meetingItem(next), h("p", {}, h("a", { href: all }, "Alla möten"))]
      : [
          h(
            "p",
            {},
            "Inga planerade möten just nu. Se ",
            h("a", { href: all }, "tidigare möten"),
            ".",
          ),
        ]),
  );
  box.dataset.nextMeeting = "ready";
}

/** components/meeting-schedule.tsx once the clock has run. */
function regroupSchedule(schedule: HTMLElement, now: Date): void {
  const { next, upcoming, past } = groupMeetings(meetingsOf(schedule), now);
  const showBody = schedule.dataset.showBody !== "false";
  const section = (id: string, title: string, level: "h2" | "h3", ...content: Child[]) =>
    h("section", { "aria-labelledby": id }, h(level, { id }, title), ...content);
  const parts = [
    h(
      "section",
      { "aria-labelledby": PAGE_IDS.nextMeeting, class: "next-meeting" },
      h("h2", { id: PAGE_IDS.nextMeeting }, "Nästa möte"),
      next
        ? meetingItem(next, showBody)
        : past.length > 0
          ? h(
              "p",
              {},
              "Inga planerade möten just nu. Se ",
              h("a", { href: `#${PAGE_IDS.past}` }, "tidigare möten"),
              ".",
            )
          : h("p", {}, "Inga planerade möten just nu."),
    ),
    upcoming.length > 0 &&
      section(PAGE_IDS.upcoming, "Kommande möten", "h2", meetingList(upcoming, showBody)),
    past.length > 0 &&
      section(
        PAGE_IDS.past,
        "Tidigare möten",
        "h2",
        ...past.map((group) =>
          section(
            PAGE_IDS.pastYear(group.year),
            String(group.year),
            "h3",
            meetingList(group.meetings, showBody),
          ),
        ),
      ),
  ];
  schedule.replaceChildren(...parts.filter((part): part is HTMLElement => part !== false));
  schedule.dataset.schedule = "grouped";
}

function run(): void {
  const now = new Date();
  for (const box of document.querySelectorAll<HTMLElement>("[data-next-meeting]"))
    fillNextMeeting(box, now);
  for (const schedule of document.querySelectorAll<HTMLElement>("[data-schedule]"))
    regroupSchedule(schedule, now);
}

run();
// As the React version: the groups follow the clock while the page stays open.
setInterval(run, 60_000);
