import { meetingsByYear, type MeetingView } from "@/lib/schedule";
import { MeetingItem } from "./meeting-item";
import { PAGE_IDS } from "@/lib/page-ids";

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
export interface MeetingsProps {
  meetings: MeetingView[];
  /** The level of the year headings, so a list fits under the page's own headings. */
  headingLevel?: 2 | 3;
  /** Show who meets; off where the page is about one body already. */
  showBody?: boolean;
}

export function MeetingsByYear({ meetings, headingLevel = 2, showBody = true }: MeetingsProps) {
  const Heading = `h${headingLevel}` as const;
  return meetingsByYear(meetings).map((group) => (
    <section key={group.year} aria-labelledby={PAGE_IDS.meetingsYear(group.year)}>
      <Heading id={PAGE_IDS.meetingsYear(group.year)}>Möten {group.year}</Heading>
      <MeetingList meetings={group.meetings} showBody={showBody} />
    </section>
  ));
}
