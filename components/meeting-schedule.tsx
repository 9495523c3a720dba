"use client";

import { groupMeetings } from "@/lib/schedule";
import { MeetingItem } from "./meeting-item";
import { MeetingList, MeetingsByYear, type MeetingsProps } from "./meetings-by-year";
import { useNow } from "./use-now";

/**
 * All meetings. The server's HTML (and a browser without JavaScript) lists every meeting by
 * year; in the browser the list is regrouped by the visitor's clock into next, upcoming and
 * past, because the page may have been built long before the visitor's day.
 */
export function MeetingSchedule({ meetings, headingLevel = 2, showBody = true }: MeetingsProps) {
  const now = useNow();
  const Heading = `h${headingLevel}` as const;
  const Subheading = `h${headingLevel + 1}` as "h3" | "h4";

  if (now === null) {
    return (
      <div className="schedule" data-schedule="all">
        <MeetingsByYear meetings={meetings} headingLevel={headingLevel} showBody={showBody} />
      </div>
    );
  }

  const schedule = groupMeetings(meetings, now);
  return (
    <div className="schedule" data-schedule="grouped">
      <section aria-labelledby="nasta-mote" className="next-meeting">
        <Heading id="nasta-mote">Nästa möte</Heading>
        {schedule.next ? (
          <MeetingItem meeting={schedule.next} showBody={showBody} />
        ) : (
          <p>
            Inga planerade möten just nu. Se <a href="#tidigare-moten">tidigare möten</a>.
          </p>
        )}
      </section>
      {schedule.upcoming.length > 0 && (
        <section aria-labelledby="kommande-moten">
          <Heading id="kommande-moten">Kommande möten</Heading>
          <MeetingList meetings={schedule.upcoming} showBody={showBody} />
        </section>
      )}
      {schedule.past.length > 0 && (
        <section aria-labelledby="tidigare-moten">
          <Heading id="tidigare-moten">Tidigare möten</Heading>
          {schedule.past.map((group) => (
            <section key={group.year} aria-labelledby={`tidigare-${group.year}`}>
              <Subheading id={`tidigare-${group.year}`}>{group.year}</Subheading>
              <MeetingList meetings={group.meetings} showBody={showBody} />
            </section>
          ))}
        </section>
      )}
    </div>
  );
}
