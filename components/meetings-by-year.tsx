import { meetingsByYear, type MeetingView } from "@/lib/schedule";
import { MeetingItem } from "./meeting-item";

export function MeetingList({
  meetings,
  showBody,
}: {
  meetings: MeetingView[];
  showBody: boolean;
}) {
  return (
    <ul className="meeting-list">
      {meetings.map((meeting) => (
        <li key={meeting.slug}>
          <MeetingItem meeting={meeting} showBody={showBody} />
        </li>
      ))}
    </ul>
  );
}

/** Every meeting under its year, newest year first: right on any day, with or without a clock. */
export function MeetingsByYear({
  meetings,
  headingLevel = 2,
  showBody = true,
}: {
  meetings: MeetingView[];
  headingLevel?: 2 | 3;
  showBody?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  return meetingsByYear(meetings).map((group) => (
    <section key={group.year} aria-labelledby={`moten-${group.year}`}>
      <Heading id={`moten-${group.year}`}>Möten {group.year}</Heading>
      <MeetingList meetings={group.meetings} showBody={showBody} />
    </section>
  ));
}
