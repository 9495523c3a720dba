import { describe, expect, it } from "vitest";
import { documentRequestHref, mailtoHref, pageFeedbackHref, PRIVACY_NOTE } from "@/lib/feedback";

/** What a mail program reads from the link (RFC 6068): recipient, subject and body. */
function decode(href: string) {
  const url = new URL(href);
  return {
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get("subject"),
    body: url.searchParams.get("body"),
  };
}

describe("feedback links (RFC 6068)", () => {
  it("name the page and its address, and warn against personal data", () => {
    const href = pageFeedbackHref("run@miun.se", {
      title: "Möten & mer",
      url: "https://run.example.se/moten",
    });
    expect(decode(href)).toEqual({
      to: "run@miun.se",
      subject: 'Synpunkt på sidan "Möten & mer"',
      body: expect.stringContaining("Adress: https://run.example.se/moten"),
    });
    expect(decode(href).body).toContain(PRIVACY_NOTE);
  });

  it("encode spaces as %20, line breaks as %0D%0A, and never let text end the field", () => {
    const href = mailtoHref("a+b@example.se", { subject: "Två ord & ?=#", body: "rad 1\nrad 2" });
    expect(href).toBe(
      "mailto:a%2Bb@example.se?subject=Tv%C3%A5%20ord%20%26%20%3F%3D%23&body=rad%201%0D%0Arad%202",
    );
    expect(href).not.toContain("+");
    expect(decode(href)).toEqual({
      to: "a+b@example.se",
      subject: "Två ord & ?=#",
      body: "rad 1\r\nrad 2",
    });
    // A subject alone, as /om-webbplatsen's "Rätta en uppgift om mig" link has.
    expect(mailtoHref("a+b@example.se", { subject: "Rätta en uppgift om mig" })).toBe(
      "mailto:a%2Bb@example.se?subject=R%C3%A4tta%20en%20uppgift%20om%20mig",
    );
  });

  it("a request for an accessible version names the document and its file", () => {
    const { subject, body } = decode(
      documentRequestHref("run@miun.se", {
        title: "Plan 2018",
        url: "https://run.example.se/dokument/plan.pdf",
      }),
    );
    expect(subject).toBe("Begär en tillgänglig version: Plan 2018");
    expect(body).toContain('"Plan 2018" (https://run.example.se/dokument/plan.pdf)');
  });
});
