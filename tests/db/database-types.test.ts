// The checked-in Database types are the ones Supabase's typegen makes from supabase/migrations.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { databaseTypesFile, generateDatabaseTypes } from '../../scripts/lib/database-types.ts';

describe('database types', () => {
  it('src/lib/supabase/database.types.ts matches the migrations (npm run db:types regenerates it)', async () => {
    const generated = await generateDatabaseTypes();
    expect(await readFile(databaseTypesFile, 'utf8'), 'the types are out of date: run npm run db:types').toBe(generated);
  }, 180_000);
});
