// Entries of Astro's collections in the shape the checks, the search documents and the catalog payload take.
import { getCollection } from 'astro:content';
import type { CollectionName } from '#content/collections.ts';
import type { ContentFile } from './loader.ts';

export type CollectionEntry = Pick<ContentFile, 'collection' | 'id' | 'data' | 'body'>;

export async function collectionEntries(names: CollectionName[]): Promise<CollectionEntry[]> {
  const lists = await Promise.all(names.map(async (collection) =>
    (await getCollection(collection)).map((entry) => ({ collection, id: entry.id, data: entry.data as unknown, body: entry.body ?? '' }))));
  return lists.flat();
}
