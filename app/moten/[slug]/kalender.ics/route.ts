import { notFound } from "next/navigation";
import { calendarResponse, meetingsCalendar } from "@/lib/calendar";
import { getMeeting, getMeetings } from "@/lib/content/meetings";

type Context = { params: Promise<{ slug: string }> };

export const dynamic = "force-static";
export const dynamicParams = false;

/**
 * One calendar file per meeting, for "Lägg till i kalender". Its public address is
 * `/moten/<möte>.ics` (see meetingIcsSource in lib/routes.ts for why it is written here).
 */
export function generateStaticParams() {
  return getMeetings().map((meeting) => ({ slug: meeting.slug }));
}

export async function GET(_request: Request, { params }: Context) {
  const meeting = getMeeting((await params).slug);
  if (!meeting) notFound();
  return calendarResponse(meetingsCalendar([meeting]), `${meeting.slug}.ics`);
}
