"use client";

import { groupMeetings } from "@/lib/schedule";
import { MeetingItem } from "./meeting-item";
import { MeetingList, MeetingsByYear, type MeetingsProps } from "./meetings-by-year";
import { useNow } from "./use-now";
import { PAGE_IDS } from "@/lib/page-ids";

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
      <section aria-labelledby={PAGE_IDS.nextMeeting} className="next-meeting">
        <Heading id={PAGE_IDS.nextMeeting}>Nästa möte</Heading>
        {schedule.next ? (
          <MeetingItem meeting={schedule.next} showBody={showBody} />
        ) : (
          <p>
            Inga planerade möten just nu. Se <a href={`#${PAGE_IDS.past}`}>tidigare möten</a>.
          </p>
        )}
      </section>
      {schedule.upcoming.length > 0 && (
        <section aria-labelledby={PAGE_IDS.upcoming}>
          <Heading id={PAGE_IDS.upcoming}>Kommande möten</Heading>
          <MeetingList meetings={schedule.upcoming} showBody={showBody} />
        </section>
      )}
      {schedule.past.length > 0 && (
        <section aria-labelledby={PAGE_IDS.past}>
          <Heading id={PAGE_IDS.past}>Tidigare möten</Heading>
          {schedule.past.map((group) => (
            <section key={group.year} aria-labelledby={PAGE_IDS.pastYear(group.year)}>
              <Subheading id={PAGE_IDS.pastYear(group.year)}>{group.year}</Subheading>
              <MeetingList meetings={group.meetings} showBody={showBody} />
            </section>
          ))}
        </section>
      )}
    </div>
  );
}
