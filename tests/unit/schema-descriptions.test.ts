// Authors get hover help in their editors from the JSON schemas Astro writes: every field of every collection says
// what it is.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { contentCollections } from '#content/collections.ts';

type JsonSchema = {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

/** The path of every object property, at any depth, that has no description. */
function undescribed(schema: JsonSchema, path = ''): string[] {
  const nested = [schema.items, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].filter((s): s is JsonSchema => !!s);
  return [
    ...Object.entries(schema.properties ?? {}).flatMap(([key, field]) => [
      ...(field.description ? [] : [`${path}${key}`]),
      ...undescribed(field, `${path}${key}.`),
    ]),
    ...nested.flatMap((s) => undescribed(s, path)),
  ];
}

describe('content schemas', () => {
  for (const [name, { schema }] of Object.entries(contentCollections)) {
    it(`describes every field of ${name}`, () => {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      expect(Object.keys(json.properties ?? {}).length).toBeGreaterThan(2);
      expect(undescribed(json)).toEqual([]);
    });
  }
});
