"use client";

import { groupMeetings, type MeetingView } from "@/lib/schedule";
import { MeetingItem } from "./meeting-item";
import { useNow } from "./use-now";

/**
 * "Nästa möte", judged by the visitor's clock. Without JavaScript it points to the list of
 * all meetings, which is right on any day.
 */
export function NextMeeting({ meetings, allHref }: { meetings: MeetingView[]; allHref: string }) {
  const now = useNow();
  const next = now === null ? undefined : groupMeetings(meetings, now).next;
  return (
    <section
      aria-labelledby="nasta-mote"
      className="next-meeting"
      data-next-meeting={now ? "ready" : "static"}
    >
      <h2 id="nasta-mote">Nästa möte</h2>
      {next === undefined ? (
        <p>
          Se <a href={allHref}>alla möten med datum och tid</a>.
        </p>
      ) : next === null ? (
        <p>
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
    </section>
  );
}
