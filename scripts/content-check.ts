// Validates every file under content/ and the references between them; exits non-zero on any problem.
import { loadContent } from '../src/lib/content/load-content.ts';
import { checkContent } from '../src/lib/content/check-content.ts';
import { checkFiles } from '../src/lib/content/check-files.ts';

const root = process.argv[2] ?? 'content';
const { entries, errors } = await loadContent(root);
const problems = [...errors.map((e) => ({ ...e, field: '(file)' })), ...checkContent(entries, errors), ...(await checkFiles(entries, root))];

for (const p of problems) console.error(`${root}/${p.file}: ${p.field}: ${p.message}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} content problem(s) found.`);
  process.exit(1);
}
console.log(`Content OK: ${entries.length} files checked.`);
