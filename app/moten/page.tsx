import { CalendarSubscribe } from "@/components/calendar-subscribe";
import { ContentPage, contentPageMetadata } from "@/app/_shared/content-page";
import { JsonLd } from "@/components/json-ld";
import { MeetingSchedule } from "@/components/meeting-schedule";
import { bodyCalendar, getBodies, getMeetingViews } from "@/lib/content/meetings";
import { PAGE_IDS } from "@/lib/page-ids";
import { upcomingEventsJsonLd } from "@/lib/structured-data";

const route = "moten";

export const generateMetadata = () => contentPageMetadata(route);

export default function MeetingsPage() {
  const meetings = getMeetingViews();
  return (
    <ContentPage route={route}>
      <MeetingSchedule meetings={meetings} />
      <CalendarSubscribe />
      <section aria-labelledby={PAGE_IDS.groupFeeds}>
        <h2 id={PAGE_IDS.groupFeeds}>Kalender för en grupp</h2>
        <p>
          Vill du bara ha en grupps möten? Varje grupp har en egen kalender. Prenumerera på den på
          samma sätt, med adressen från gruppens sida eller listan här:
        </p>
        <ul>
          {getBodies().map((body) => (
            <li key={body.slug}>
              <a href={body.href}>{body.name}</a> (
              <a href={bodyCalendar(body.slug).href}>
                kalender<span className="visually-hidden"> för {body.name}</span>
              </a>
              )
            </li>
          ))}
        </ul>
      </section>
      {upcomingEventsJsonLd(meetings).map((event) => (
        <JsonLd key={event.startDate} data={event} />
      ))}
    </ContentPage>
  );
}
