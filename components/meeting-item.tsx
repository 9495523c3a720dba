import type { MeetingView } from "@/lib/schedule";
import { DraftBadge } from "./draft-badge";

/** One meeting: who meets, when, where, and a calendar file for it. */
export function MeetingItem({
  meeting,
  showBody = true,
}: {
  meeting: MeetingView;
  showBody?: boolean;
}) {
  return (
    <article className="meeting" aria-label={`${meeting.bodyName}, ${meeting.dateText}`}>
      {showBody && (
        <p className="meeting-body">
          <a href={meeting.bodyHref}>{meeting.bodyName}</a>
          {meeting.draft && (
            <>
              {" "}
              <DraftBadge />
            </>
          )}
        </p>
      )}
      <p className="meeting-when">
        <time dateTime={meeting.startsAt}>{meeting.dateText}</time>
        <span className="meeting-time"> {meeting.timeText}</span>
      </p>
      <p className="meeting-where">
        {meeting.form === "bildkonferens" ? (
          <>
            Bildkonferens
            {meeting.place ? ` (${meeting.place})` : ""}
          </>
        ) : (
          <>Plats: {meeting.place}</>
        )}
      </p>
      <p className="meeting-actions">
        <a href={meeting.icsHref} download>
          Lägg till i kalender
          <span className="visually-hidden">
            : {meeting.bodyName} {meeting.dateText}
          </span>
        </a>
      </p>
    </article>
  );
}
