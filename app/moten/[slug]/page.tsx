import { notFound } from "next/navigation";
import { DraftBadge } from "@/components/draft-badge";
import { JsonLd } from "@/components/json-ld";
import { PageShell } from "@/components/layout/page-shell";
import { Markdown } from "@/components/markdown";
import { meetingUpdated } from "@/lib/content/addresses";
import {
  getMeeting,
  getMeetingDocuments,
  getMeetings,
  meetingDescription,
  meetingTitle,
  toMeetingView,
  type Meeting,
} from "@/lib/content/meetings";
import { getSiteFacts } from "@/lib/content/site-facts";
import { pageMetadata } from "@/lib/metadata";
import { PAGE_IDS } from "@/lib/page-ids";
import { meetingHref, meetingIcsHref, trailTo } from "@/lib/routes";
import { eventsJsonLd } from "@/lib/structured-data";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getMeetings().map((meeting) => ({ slug: meeting.slug }));
}

const title = (meeting: Meeting) => meetingTitle(toMeetingView(meeting));

export async function generateMetadata({ params }: Props) {
  const meeting = getMeeting((await params).slug);
  if (!meeting) return {};
  const view = toMeetingView(meeting);
  return pageMetadata({
    path: meetingHref(meeting.slug),
    title: view.cancelled ? `Inställt: ${title(meeting)}` : title(meeting),
    description: meetingDescription(view),
    calendar: { href: meetingIcsHref(meeting.slug), title: `${title(meeting)} (kalenderfil)` },
  });
}

/** One meeting: who, when, how and where, its status, its calendar file and its documents. */
export default async function MeetingPage({ params }: Props) {
  const meeting = getMeeting((await params).slug);
  if (!meeting) notFound();
  const view = toMeetingView(meeting);
  const documents = getMeetingDocuments(meeting);
  return (
    <PageShell
      currentPath={view.href}
      title={title(meeting)}
      trail={trailTo("moten", [{ href: view.href, label: title(meeting) }])}
      updated={meetingUpdated(meeting.slug)}
      facts={getSiteFacts()}
      source={meeting.source}
      lead={
        <>
          {meeting.draft && <DraftBadge />}
          {view.cancelled && (
            <p className="meeting-status">
              <strong>Inställt</strong> Mötet blir inte av.
            </p>
          )}
        </>
      }
    >
      <div className="meeting-page">
        <dl>
          <dt>Vem</dt>
          <dd>
            <a href={view.bodyHref}>{view.bodyName}</a>
          </dd>
          <dt>Dag</dt>
          <dd>
            <time dateTime={view.startsAt}>{view.dateText}</time>
          </dd>
          <dt>Tid</dt>
          <dd>{view.timeText}</dd>
          <dt>Form</dt>
          <dd>{view.form === "bildkonferens" ? "Bildkonferens" : "På plats"}</dd>
          {view.place && (
            <>
              <dt>Plats</dt>
              <dd>{view.place}</dd>
            </>
          )}
          <dt>Status</dt>
          <dd>
            {view.cancelled ? "Inställt" : "Planerat"}
            {view.movedFrom && (
              <>
                , flyttat från <time dateTime={view.movedFrom.date}>{view.movedFrom.text}</time>
              </>
            )}
          </dd>
        </dl>
        <p className="meeting-actions">
          <a href={view.icsHref} download>
            Lägg till i kalender
          </a>
        </p>
        {meeting.markdown.trim() && <Markdown markdown={meeting.markdown} />}
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
      {eventsJsonLd([view]).map((event) => (
        <JsonLd key={event.startDate} data={event} />
      ))}
    </PageShell>
  );
}
