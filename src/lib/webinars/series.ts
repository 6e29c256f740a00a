// The webinar series and their order; a webinar's transcript read from its WebVTT file.
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseWebVtt, type Cue } from './webvtt.ts';

export type Webinar = CollectionEntry<'webinars'>;
export type SeriesId = Webinar['data']['series'];

export const seriesInfo: Record<SeriesId, { title: string; summary: string }> = {
  'physical-health-for-psychiatry': {
    title: 'Physical health for psychiatry',
    summary:
      'Four webinars for psychiatry trainees, built from the most common calls mental health wards make to specialist advice lines: cardiology and the QTc, diabetes and endocrinology, haematology, and kidneys, electrolytes and fluids.',
  },
  'pharmacy-network': {
    title: 'Pharmacy network webinars',
    summary: 'Webinars for pharmacists in the cross-trust pharmacy network on prescribing across mental and physical healthcare.',
  },
  imphs: {
    title: 'Integrated mental and physical healthcare',
    summary: 'What the integrated care project built and what it left behind.',
  },
};

export async function webinarsBySeries(): Promise<{ id: SeriesId; webinars: Webinar[] }[]> {
  const all = await getCollection('webinars');
  return (Object.keys(seriesInfo) as SeriesId[]).map((id) => ({
    id,
    webinars: all.filter((w) => w.data.series === id).sort((a, b) => a.data.order - b.data.order),
  }));
}

// Bundled into the server, so that they are served only through the site (members-only ones to members only).
const transcripts = import.meta.glob<string>('/content/transcripts/*.vtt', { query: '?raw', import: 'default' });

/** The text of a webinar's captions file. */
export async function captionsText(webinar: Webinar): Promise<string> {
  const load = transcripts[`/content/${webinar.data.captions}`];
  if (!load) throw new Error(`No transcript file content/${webinar.data.captions} for webinar ${webinar.id}`);
  return load();
}

/** The cues of a webinar's captions file. */
export async function transcript(webinar: Webinar): Promise<Cue[]> {
  return parseWebVtt(await captionsText(webinar));
}
