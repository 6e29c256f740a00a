// The shapes that flow through search: documents in, a serialised index out, results back.

export const documentTypes = ['guideline', 'webinar', 'course', 'lesson', 'page'] as const;
export type DocumentType = (typeof documentTypes)[number];

/** One searchable unit: a course, a lesson, a guideline section, a webinar or one transcript passage, a page. */
export interface SearchDocument {
  /** Stable and unique, e.g. `guideline:lithium-monitoring#interactions` or `webinar:haematology@95`. */
  id: string;
  type: DocumentType;
  title: string;
  /** A guideline section heading, or the webinar chapter a transcript passage falls in. */
  section?: string;
  /** Plain text, no Markdown. */
  text: string;
  /** Drugs and conditions of a guideline; speakers of a webinar. Boosted above the text. */
  keywords?: string[];
  /** A guideline topic, a webinar series, a course id, or `programme`. */
  topic: string;
  /** A course's name in the topic filter, e.g. "5-day course". */
  topicLabel?: string;
  url: string;
  /** Transcript passages: seconds from the start of the video. */
  start?: number;
  /** Only members of the pharmacy network may read it: findable, but its text is not shipped for snippets. */
  membersOnly?: boolean;
}

/** What a result needs from a document, kept beside the lunr index (refs are positions in this list). */
export interface StoredDocument {
  type: DocumentType;
  title: string;
  section?: string;
  topic: string;
  url: string;
  text: string;
  start?: number;
  membersOnly?: boolean;
}

export interface TopicFacet {
  value: string;
  label: string;
  group: string;
}

/** The serialised index: what /search-index.json serves and what the search page loads. */
export interface SearchIndexData {
  version: 1;
  /** lunr.Index#toJSON(). */
  index: object;
  docs: StoredDocument[];
  topics: TopicFacet[];
}

export interface SearchFilters {
  type?: DocumentType;
  topic?: string;
}

/** A piece of a snippet: matched words are marked, so rendering never needs raw HTML. */
export interface Segment {
  text: string;
  match: boolean;
}

export interface SearchResult {
  type: DocumentType;
  title: string;
  section?: string;
  topic: string;
  topicLabel?: string;
  url: string;
  start?: number;
  membersOnly?: boolean;
  score: number;
  snippet: Segment[];
  /** The page's other matching sections or transcript passages: how many, and links to the best few. */
  more?: { count: number; links: MoreLink[] };
}

/** Another matching section of a guideline, or moment of a webinar, under the result it belongs to. */
export interface MoreLink {
  url: string;
  section?: string;
  start?: number;
}

export interface SearchResponse {
  /** The query as searched (trimmed and shortened). */
  query: string;
  /** Results after filters, one for each page that matched (its sections grouped under it); `results` holds page `page` of them. */
  total: number;
  /** Matches before filters, to suggest removing them. */
  unfiltered: number;
  /** True when nothing matched exactly and these results match similar spellings. */
  fuzzy: boolean;
  /** The page shown, from 1: the one asked for, or the last when there are fewer. */
  page: number;
  pageSize: number;
  results: SearchResult[];
}
