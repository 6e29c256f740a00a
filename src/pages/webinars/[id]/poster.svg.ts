// GET /webinars/<id>/poster.svg: the title card the player shows before the video plays (public: title and speakers).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { seriesInfo } from '#lib/webinars/series.ts';
import { posterSvg } from '#lib/webinars/poster.ts';

export const prerender = true;

export const getStaticPaths = (async () =>
  (await getCollection('webinars')).map((webinar) => ({ params: { id: webinar.id }, props: { webinar } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ webinar: CollectionEntry<'webinars'> }> = ({ props: { webinar } }) => {
  const d = webinar.data;
  return new Response(posterSvg({ series: seriesInfo[d.series].title, title: d.title, speakers: d.speakers.map((s) => s.name) }), {
    headers: { 'content-type': 'image/svg+xml' },
  });
};
