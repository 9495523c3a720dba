import type { MeetingView } from "@/lib/schedule";
import { DraftBadge } from "./draft-badge";

/**
 * One meeting: who meets, when, where, its own page and a calendar file for it. A cancelled
 * meeting says "Inställt" in words; a moved one says which day it was moved from.
 * This is the only markup of a meeting: in the static export the clock (lib/clock/browser.ts)
 * moves these articles, found by `data-meeting`, and writes none of its own.
 */
export function MeetingItem({
  meeting,
  showBody = true,
}: {
  meeting: MeetingView;
  showBody?: boolean;
}) {
  return (
    <article
      data-meeting={meeting.slug}
      className={meeting.cancelled ? "meeting meeting-cancelled" : "meeting"}
      aria-label={`${meeting.bodyName}, ${meeting.dateText}${meeting.cancelled ? ", inställt" : ""}`}
    >
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
      {meeting.cancelled && (
        <p className="meeting-status">
          <strong>Inställt</strong>
        </p>
      )}
      <p className="meeting-when">
        <time dateTime={meeting.startsAt}>{meeting.dateText}</time>
        <span className="meeting-time"> {meeting.timeText}</span>
      </p>
      {meeting.movedFrom && (
        <p className="meeting-moved">
          Flyttat från <time dateTime={meeting.movedFrom.date}>{meeting.movedFrom.text}</time>
        </p>
      )}
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
        <a href={meeting.href}>
          Om mötet
          <span className="visually-hidden">
            : {meeting.bodyName} {meeting.dateText}
          </span>
        </a>
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
