import { notFound } from "next/navigation";
import { calendarResponse, meetingsCalendar } from "@/lib/calendar";
import { getBodies, getMeetings } from "@/lib/content/meetings";
import { site, siteUrl } from "@/lib/site";

type Context = { params: Promise<{ file: string }> };

export const dynamic = "force-static";
export const dynamicParams = false;

/** A feed per body that meets, with only its meetings: /kalender/<body>.ics */
export function generateStaticParams() {
  return getBodies().map((body) => ({ file: `${body.slug}.ics` }));
}

export async function GET(_request: Request, { params }: Context) {
  const { file } = await params;
  const body = getBodies().find((candidate) => `${candidate.slug}.ics` === file);
  if (!body) notFound();
  const meetings = getMeetings().filter((meeting) => meeting.body === body.slug);
  return calendarResponse(
    meetingsCalendar(meetings, {
      name: `${site.shortName}: ${body.name}`,
      url: `${siteUrl}${body.href}`,
    }),
  );
}
