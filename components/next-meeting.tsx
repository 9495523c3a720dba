"use client";

import { clockMeetings, groupMeetings, type MeetingView } from "@/lib/schedule";
import { MeetingItem } from "./meeting-item";
import { useNow } from "./use-now";
import { PAGE_IDS } from "@/lib/page-ids";

/**
 * "Nästa möte", judged by the visitor's clock. Before the clock runs (and without
 * JavaScript) it says what is true on any day from the build on: if no meeting lay ahead at
 * build time, none can lie ahead for a visitor either, so "no planned meetings" is shown at
 * once; otherwise it points to the list of all meetings, and the box keeps room for the
 * meeting the clock will fill in, so nothing below it moves. Until then the box also holds,
 * hidden, every meeting that could be next: the static export has no React, and its clock
 * (lib/clock/browser.ts) shows one of these articles instead of writing a meeting's markup.
 */
export function NextMeeting({
  meetings,
  allHref,
  builtAt,
}: {
  meetings: MeetingView[];
  allHref: string;
  /** When the page was built (ISO 8601), passed by the server component that renders it. */
  builtAt: string;
}) {
  const now = useNow();
  const plannedAtBuild = groupMeetings(meetings, new Date(builtAt)).next !== null;
  const next = now !== null ? groupMeetings(meetings, now).next : plannedAtBuild ? undefined : null;
  // A cancelled meeting is never next, at any clock.
  const held = meetings.filter((meeting) => !meeting.cancelled);
  return (
    <section
      aria-labelledby={PAGE_IDS.nextMeeting}
      className="next-meeting"
      data-next-meeting={now ? "ready" : "static"}
      data-reserve={plannedAtBuild ? "" : undefined}
      // The static export has no React: its clock module (lib/clock/browser.ts) reads these.
      data-meetings={JSON.stringify(clockMeetings(held))}
      data-all-href={allHref}
    >
      <h2 id={PAGE_IDS.nextMeeting}>Nästa möte</h2>
      {/* Each state is new markup (its own key), not the old text moved about: no layout shift. */}
      {next === undefined ? (
        <p key="static">
          Se <a href={allHref}>alla möten med datum och tid</a>.
        </p>
      ) : next === null ? (
        <p key="none">
          Inga planerade möten just nu. Se <a href={allHref}>tidigare möten</a>.
        </p>
      ) : (
        <>
          <MeetingItem meeting={next} />
          <p>
            <a href={allHref}>Alla möten</a>
          </p>
        </>
      )}
      {now === null && held.length > 0 && (
        <div hidden data-pagefind-ignore="all">
          {held.map((meeting) => (
            <MeetingItem key={meeting.slug} meeting={meeting} />
          ))}
        </div>
      )}
    </section>
  );
}
