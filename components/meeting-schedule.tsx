"use client";

import { clockMeetings, groupMeetings } from "@/lib/schedule";
import { MeetingItem } from "./meeting-item";
import { MeetingList, MeetingsByYear, type MeetingsProps } from "./meetings-by-year";
import { useNow } from "./use-now";
import { PAGE_IDS } from "@/lib/page-ids";

/**
 * All meetings. The server's HTML (and a browser without JavaScript) lists every meeting by
 * year; in the browser the list is regrouped by the visitor's clock into next, upcoming and
 * past, because the page may have been built long before the visitor's day.
 */
export function MeetingSchedule({
  meetings,
  showBody = true,
}: {
  meetings: MeetingsProps["meetings"];
  /** Show who meets; off on a network's own page. */
  showBody?: boolean;
}) {
  const now = useNow();
  // Nothing for the clock to decide: the same words with and without it, so nothing moves.
  if (meetings.length === 0) {
    return (
      <section aria-labelledby={PAGE_IDS.nextMeeting} className="schedule">
        <h2 id={PAGE_IDS.nextMeeting}>Nästa möte</h2>
        <p>Inga möten är inlagda här ännu.</p>
      </section>
    );
  }
  // The static export has no React: its clock (lib/clock/browser.ts) groups these and moves the
  // articles listed by year into the groups below.
  const data = { "data-meetings": JSON.stringify(clockMeetings(meetings)) };

  if (now === null) {
    return (
      <div className="schedule" data-schedule="all" {...data}>
        <MeetingsByYear meetings={meetings} showBody={showBody} />
      </div>
    );
  }

  const schedule = groupMeetings(meetings, now);
  return (
    <div className="schedule" data-schedule="grouped" {...data}>
      <section aria-labelledby={PAGE_IDS.nextMeeting} className="next-meeting">
        <h2 id={PAGE_IDS.nextMeeting}>Nästa möte</h2>
        {schedule.next ? (
          <MeetingItem meeting={schedule.next} showBody={showBody} />
        ) : schedule.past.length > 0 ? (
          <p>
            Inga planerade möten just nu. Se <a href={`#${PAGE_IDS.past}`}>tidigare möten</a>.
          </p>
        ) : (
          <p>Inga planerade möten just nu.</p>
        )}
      </section>
      {schedule.upcoming.length > 0 && (
        <section aria-labelledby={PAGE_IDS.upcoming}>
          <h2 id={PAGE_IDS.upcoming}>Kommande möten</h2>
          <MeetingList meetings={schedule.upcoming} showBody={showBody} />
        </section>
      )}
      {schedule.past.length > 0 && (
        <section aria-labelledby={PAGE_IDS.past}>
          <h2 id={PAGE_IDS.past}>Tidigare möten</h2>
          {schedule.past.map((group) => (
            <section key={group.year} aria-labelledby={PAGE_IDS.pastYear(group.year)}>
              <h3 id={PAGE_IDS.pastYear(group.year)}>{group.year}</h3>
              <MeetingList meetings={group.meetings} showBody={showBody} />
            </section>
          ))}
        </section>
      )}
    </div>
  );
}
