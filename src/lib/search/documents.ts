// Content entries (as the content loader reads them) to search documents. Entries that fail their schema are left out:
// npm run content:check reports them.
import type { ContentFile } from '#lib/content/loader.ts';

/** An entry as the loader read it, or as Astro's getCollection gives it (its data parsed again here). */
type RawEntry = Pick<ContentFile, 'collection' | 'id' | 'data' | 'body'> & Partial<ContentFile>;
import { courseSchema } from '#content/schemas/course.ts';
import { guidelineSchema } from '#content/schemas/guideline.ts';
import { lessonSchema } from '#content/schemas/lesson.ts';
import { pageSchema } from '#content/schemas/page.ts';
import { webinarSchema } from '#content/schemas/webinar.ts';
import { guidelineDocuments } from './guideline-documents.ts';
import { stripMarkdown } from './strip-markdown.ts';
import type { SearchDocument } from './types.ts';
import { webinarDocuments } from './webinar-documents.ts';

const lines = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('\n');

function entryDocuments(entry: RawEntry, captions: Record<string, string>): SearchDocument[] {
  const { id, body } = entry;
  switch (entry.collection) {
    case 'courses': {
      const parsed = courseSchema.safeParse(entry.data);
      if (!parsed.success) return [];
      const c = parsed.data;
      const modules = c.modules.flatMap((m) => [m.title, m.summary]);
      return [
        {
          id: `course:${id}`,
          type: 'course',
          title: c.title,
          text: lines(c.summary, ...c.outcomes, ...modules, stripMarkdown(body)),
          topic: id,
          topicLabel: `${c.format} course`,
          url: `/courses/${id}`,
        },
      ];
    }
    case 'lessons': {
      const parsed = lessonSchema.safeParse(entry.data);
      if (!parsed.success) return [];
      const l = parsed.data;
      return [
        {
          id: `lesson:${id}`,
          type: 'lesson',
          title: l.title,
          text: lines(l.summary, stripMarkdown(body)),
          topic: l.course,
          url: `/courses/${id}`,
        },
      ];
    }
    case 'pages': {
      const parsed = pageSchema.safeParse(entry.data);
      if (!parsed.success) return [];
      const p = parsed.data;
      return [
        {
          id: `page:${id}`,
          type: 'page',
          title: p.title,
          text: lines(p.summary, stripMarkdown(body)),
          topic: 'programme',
          url: `/programme/${id}`,
        },
      ];
    }
    case 'guidelines': {
      const parsed = guidelineSchema.safeParse(entry.data);
      return parsed.success ? guidelineDocuments(id, parsed.data, body) : [];
    }
    case 'webinars': {
      const parsed = webinarSchema.safeParse(entry.data);
      return parsed.success ? webinarDocuments(id, parsed.data, body, captions[parsed.data.captions]) : [];
    }
    default:
      return [];
  }
}

/**
 * Every searchable document of the content, in a stable order (by collection, then id).
 * `captions` maps a webinar's captions path (e.g. `transcripts/haematology.vtt`) to the WebVTT text.
 */
export function buildDocuments(entries: RawEntry[], captions: Record<string, string> = {}): SearchDocument[] {
  const order = ['guidelines', 'webinars', 'courses', 'lessons', 'pages'];
  return [...entries]
    .filter((e) => order.includes(e.collection))
    .sort((a, b) => order.indexOf(a.collection) - order.indexOf(b.collection) || a.id.localeCompare(b.id))
    .flatMap((entry) => entryDocuments(entry, captions));
}
