// npm run db:types: regenerates src/lib/supabase/database.types.ts from supabase/migrations (see lib/database-types.ts).
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { databaseTypesFile, generateDatabaseTypes } from './lib/database-types.ts';

await writeFile(databaseTypesFile, await generateDatabaseTypes());
console.log(`Wrote ${relative(process.cwd(), databaseTypesFile)}`);
