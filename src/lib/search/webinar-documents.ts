// A webinar becomes one document for itself (summary, speakers, chapters, abstract, slides) and one per transcript
// passage, linked to that moment of the video. A members-only webinar gives only what its public page shows: its
// title, summary and speakers, so the public index holds nothing of its content.
import type { z } from 'zod';
import type { webinarSchema } from '#content/schemas/webinar.ts';
import { groupPassages } from './passages.ts';
import { stripMarkdown } from './strip-markdown.ts';
import type { SearchDocument } from './types.ts';
import { parseTimestamp, parseWebVtt } from '#lib/webinars/webvtt.ts';

type Webinar = z.infer<typeof webinarSchema>;

export function webinarDocuments(id: string, data: Webinar, body: string, captions: string | undefined): SearchDocument[] {
  const base = {
    type: 'webinar' as const,
    title: data.title,
    topic: data.series,
    ...(data.membersOnly ? { membersOnly: true } : {}),
  };
  if (data.membersOnly) {
    return [{ ...base, id: `webinar:${id}`, keywords: data.speakers.map((s) => s.name), text: data.summary, url: `/webinars/${id}` }];
  }
  const webinar: SearchDocument = {
    ...base,
    id: `webinar:${id}`,
    keywords: data.speakers.map((s) => s.name),
    text: [
      data.summary,
      ...data.speakers.map((s) => `${s.name}, ${s.role}`),
      ...data.chapters.map((c) => c.title),
      stripMarkdown(body),
      ...data.slides.flatMap((s) => [s.title, ...s.points]),
    ]
      .filter(Boolean)
      .join('\n'),
    url: `/webinars/${id}`,
  };
  const chapters = data.chapters.map((c) => ({ start: parseTimestamp(c.start), title: c.title })).sort((a, b) => a.start - b.start);
  const passages = captions
    ? groupPassages(
        parseWebVtt(captions),
        chapters.map((c) => c.start),
      )
    : [];
  return [
    webinar,
    ...passages.map((p): SearchDocument => ({
      ...base,
      id: `webinar:${id}@${p.start}`,
      section: chapters[p.chapter]?.title,
      text: p.text,
      url: `/webinars/${id}?t=${p.start}#cue-${p.start}`,
      start: p.start,
    })),
  ];
}
