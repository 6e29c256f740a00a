import { defineCollection } from 'astro:content';
import { contentCollections, type CollectionName } from './content/collections.ts';
import { contentLoader } from './lib/content/loader.ts';

type Collections = {
  [K in CollectionName]: { loader: ReturnType<typeof contentLoader>; schema: (typeof contentCollections)[K]['schema'] };
};

export const collections = Object.fromEntries(
  Object.entries(contentCollections).map(([name, { schema, ...files }]) => [
    name,
    defineCollection({ loader: contentLoader(files), schema }),
  ]),
) as Collections;
