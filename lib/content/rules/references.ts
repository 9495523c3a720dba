import { fixedBodies } from "../../site";
import { KINDS, SINGLE_FILES } from "../kinds";
import { fieldPath, suggestion, type Problem } from "../problems";
import type { Rule, RuleInput } from "./rule";

interface Reference {
  file: string;
  slug: string;
  at: (string | number)[];
}

function check(
  input: RuleInput,
  references: Reference[],
  candidates: readonly string[],
  folder: string,
  where: string,
): Problem[] {
  return references.flatMap((reference) => {
    if (candidates.includes(reference.slug) || input.broken.has(`${folder}/${reference.slug}`))
      return [];
    return [
      {
        file: reference.file,
        line: input.lineOf(reference.file, reference.at),
        field: fieldPath(reference.at),
        message: `"${reference.slug}" finns inte i ${where}.${suggestion(reference.slug, candidates)}`,
      },
    ];
  });
}

/**
 * Every reference to another file names a file that exists: people (contacts, the group, who is
 * responsible), who meets, the documents of a meeting or a news item.
 */
export const referencesExist: Rule = (input) => {
  const { content } = input;
  const people = content.people.map((person) => person.slug);
  const toPeople: Reference[] = [
    ...content.networks.map((network) => ({
      file: network.source,
      slug: network.contact,
      at: ["contact"],
    })),
    ...(content.leadership?.members.map((member, index) => ({
      file: content.leadership!.source,
      slug: member.person,
      at: ["members", index, "person"],
    })) ?? []),
    ...[...content.pages, ...content.networks, ...content.documents].flatMap((item) =>
      item.ansvarig === undefined
        ? []
        : [{ file: item.source, slug: item.ansvarig, at: ["ansvarig"] }],
    ),
    ...(content.settings?.ansvarig === undefined
      ? []
      : [
          {
            file: `content/${SINGLE_FILES.settings.file}`,
            slug: content.settings.ansvarig,
            at: ["ansvarig"],
          },
        ]),
  ];
  const bodies = [...Object.keys(fixedBodies), ...content.networks.map((network) => network.slug)];
  const toBodies = content.meetings.map((meeting) => ({
    file: meeting.source,
    slug: meeting.body,
    at: ["body"],
  }));
  const documents = content.documents.map((document) => document.slug);
  const toDocuments: Reference[] = [
    ...content.meetings.flatMap((meeting) =>
      (["agenda", "minutes"] as const).flatMap((key) => {
        const slug = meeting[key];
        return slug === undefined ? [] : [{ file: meeting.source, slug, at: [key] }];
      }),
    ),
    ...content.news.flatMap((item) =>
      item.document === undefined
        ? []
        : [{ file: item.source, slug: item.document, at: ["document"] }],
    ),
  ];
  return [
    ...check(
      input,
      toDocuments,
      documents,
      KINDS.documents.folder,
      `content/${KINDS.documents.folder}/`,
    ),
    ...check(input, toPeople, people, KINDS.people.folder, `content/${KINDS.people.folder}/`),
    ...check(
      input,
      toBodies,
      bodies,
      KINDS.networks.folder,
      `listan över dem som möts (${bodies.join(", ")})`,
    ),
  ];
};
