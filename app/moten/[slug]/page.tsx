import { itemRoute } from "@/app/_shared/item-route";
import { DraftBadge } from "@/components/draft-badge";
import { JsonLd } from "@/components/json-ld";
import { MeetingDetails } from "@/components/meeting-details";
import {
  getMeeting,
  getMeetingDocuments,
  getMeetings,
  toMeetingView,
} from "@/lib/content/meetings";
import { eventsJsonLd } from "@/lib/structured-data";

/** One meeting: who, when, how and where, its status, its calendar file and its documents. */
const route = itemRoute(
  "meetings",
  () => getMeetings().map((meeting) => meeting.slug),
  (slug, page) => {
    const meeting = getMeeting(slug);
    if (!meeting) return null;
    const view = toMeetingView(meeting);
    return {
      lead: (
        <>
          {page.preview && <DraftBadge label={page.preview} />}
          {view.cancelled && (
            <p className="meeting-status">
              <strong>Inställt</strong> Mötet blir inte av.
            </p>
          )}
        </>
      ),
      body: (
        <>
          <MeetingDetails
            meeting={view}
            markdown={meeting.markdown}
            documents={getMeetingDocuments(meeting)}
          />
          {eventsJsonLd([view]).map((event) => (
            <JsonLd key={event.startDate} data={event} />
          ))}
        </>
      ),
    };
  },
);

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
