// Validates every file under content/ and the references between them; exits non-zero on any problem.
import { findContentProblems, problemLine } from '#lib/content/find-problems.ts';

const root = process.argv[2] ?? 'content';
const { files, problems } = await findContentProblems(root);

for (const p of problems) console.error(problemLine(root, p));
if (problems.length > 0) {
  console.error(`\n${problems.length} content problem(s) found.`);
  process.exit(1);
}
console.log(`Content OK: ${files} files checked.`);
