import type { ContentDocument } from "@/lib/content/types";
import { PAGE_IDS } from "@/lib/page-ids";
import type { MeetingView } from "@/lib/schedule";
import { Markdown } from "./markdown";

/** A meeting's own page below its heading: who, when, how and where, its status, its documents. */
export function MeetingDetails({
  meeting,
  markdown,
  documents,
}: {
  meeting: MeetingView;
  /** The text of the meeting's file, if any. */
  markdown: string;
  /** Its agenda and minutes, where its file names them. */
  documents: readonly { role: string; document: Pick<ContentDocument, "title" | "file"> }[];
}) {
  return (
    <div className="meeting-page">
      <dl>
        <dt>Vem</dt>
        <dd>
          <a href={meeting.bodyHref}>{meeting.bodyName}</a>
        </dd>
        <dt>Dag</dt>
        <dd>
          <time dateTime={meeting.startsAt}>{meeting.dateText}</time>
        </dd>
        <dt>Tid</dt>
        <dd>{meeting.timeText}</dd>
        <dt>Form</dt>
        <dd>{meeting.form === "bildkonferens" ? "Bildkonferens" : "På plats"}</dd>
        {meeting.place && (
          <>
            <dt>Plats</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
        <dt>Status</dt>
        <dd>
          {meeting.cancelled ? "Inställt" : "Planerat"}
          {meeting.movedFrom && (
            <>
              , flyttat från <time dateTime={meeting.movedFrom.date}>{meeting.movedFrom.text}</time>
            </>
          )}
        </dd>
      </dl>
      <p className="meeting-actions">
        <a href={meeting.icsHref} download>
          Lägg till i kalender
        </a>
      </p>
      {markdown.trim() && <Markdown markdown={markdown} />}
      <section aria-labelledby={PAGE_IDS.meetingDocuments}>
        <h2 id={PAGE_IDS.meetingDocuments}>Handlingar</h2>
        {documents.length > 0 ? (
          <ul>
            {documents.map(({ role, document }) => (
              <li key={role}>
                {role}:{" "}
                {document.file ? (
                  <a href={document.file}>{document.title}</a>
                ) : (
                  <>{document.title} (finns inte publicerad här ännu)</>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>Kallelse, dagordning och protokoll finns inte här för det här mötet.</p>
        )}
      </section>
    </div>
  );
}
