import { calendarResponse, meetingsCalendar } from "@/lib/calendar";
import { getMeetings } from "@/lib/content/meetings";

export const dynamic = "force-static";

export function GET() {
  return calendarResponse(meetingsCalendar(getMeetings()));
}
