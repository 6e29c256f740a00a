// A guideline becomes one document for its opening text and one per `## ` section, linked to the section's heading.
// A members-only guideline gives one document of what its public page shows (title, summary, drugs, conditions), so
// the public index holds nothing of its body.
import type { z } from 'zod';
import type { guidelineSchema } from '#content/schemas/guideline.ts';
import { splitSections } from './sections.ts';
import { stripMarkdown } from './strip-markdown.ts';
import type { SearchDocument } from './types.ts';

type Guideline = z.infer<typeof guidelineSchema>;

export function guidelineDocuments(id: string, data: Guideline, body: string): SearchDocument[] {
  const base = {
    type: 'guideline' as const,
    title: data.title,
    keywords: [...data.drugs, ...data.conditions],
    topic: data.topic,
    ...(data.membersOnly ? { membersOnly: true } : {}),
  };
  if (data.membersOnly) return [{ ...base, id: `guideline:${id}`, text: data.summary, url: `/guidelines/${id}` }];
  return splitSections(body).map((section) =>
    section.slug === undefined
      ? {
          ...base,
          id: `guideline:${id}`,
          text: [data.summary, stripMarkdown(section.body)].filter(Boolean).join('\n'),
          url: `/guidelines/${id}`,
        }
      : {
          ...base,
          id: `guideline:${id}#${section.slug}`,
          section: section.heading,
          text: stripMarkdown(section.body),
          url: `/guidelines/${id}#${section.slug}`,
        },
  );
}
