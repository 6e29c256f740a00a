// Documents to the serialised search index: a lunr index over four boosted fields and the store results are drawn from.
import lunr from 'lunr';
import { usePipeline } from './pipeline.ts';
import { topicFacets } from './topics.ts';
import type { SearchDocument, SearchIndexData, StoredDocument } from './types.ts';

/** Title over section heading over drugs, conditions and speakers over the text. */
export const fieldBoosts = { title: 10, section: 5, keywords: 3, text: 1 } as const;

/**
 * How much a whole document counts. Transcript passages are short and each carries its webinar's title, so they would
 * outrank the written guidance on the same words; reference lists name the drug in every line but are rarely what
 * anyone is looking for.
 */
export function documentBoost(doc: SearchDocument): number {
  if (doc.start !== undefined) return 0.75;
  if (doc.section && /\breferences\b|further reading|bibliography/i.test(doc.section)) return 0.5;
  return 1;
}

function stored(doc: SearchDocument): StoredDocument {
  return {
    type: doc.type,
    title: doc.title,
    ...(doc.section ? { section: doc.section } : {}),
    topic: doc.topic,
    url: doc.url,
    text: doc.text,
    ...(doc.start !== undefined ? { start: doc.start } : {}),
    ...(doc.membersOnly ? { membersOnly: true } : {}),
  };
}

/** Pure: the same documents give the same JSON. A document's ref is its position in `docs`. */
export function buildIndex(documents: SearchDocument[]): SearchIndexData {
  const index = lunr((builder) => {
    usePipeline(builder);
    builder.ref('ref');
    for (const [field, boost] of Object.entries(fieldBoosts)) builder.field(field, { boost });
    documents.forEach((doc, i) =>
      builder.add(
        { ref: String(i), title: doc.title, section: doc.section ?? '', keywords: (doc.keywords ?? []).join('\n'), text: doc.text },
        { boost: documentBoost(doc) },
      ),
    );
  });
  return {
    version: 1,
    index: index.toJSON(),
    docs: documents.map(stored),
    topics: topicFacets(documents),
  };
}
