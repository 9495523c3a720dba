import { notFound } from "next/navigation";
import { calendarResponse, meetingsCalendar } from "@/lib/calendar";
import { getMeeting, getMeetings } from "@/lib/content/meetings";

type Context = { params: Promise<{ file: string }> };

export const dynamic = "force-static";
export const dynamicParams = false;

/** One calendar file per meeting, for "Lägg till i kalender": /moten/<möte>.ics */
export function generateStaticParams() {
  return getMeetings().map((meeting) => ({ file: `${meeting.slug}.ics` }));
}

export async function GET(_request: Request, { params }: Context) {
  const { file } = await params;
  const meeting = file.endsWith(".ics") ? getMeeting(file.slice(0, -".ics".length)) : undefined;
  if (!meeting) notFound();
  return calendarResponse(meetingsCalendar([meeting]), file);
}
