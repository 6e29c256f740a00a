// Runs the content check wherever Astro runs (build, sync, check, dev), before its content layer loads anything, so a
// bad file stops Astro with the same lines as npm run content:check: the file, the field and what was expected.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findContentProblems, problemLine } from './find-problems.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const { problems } = await findContentProblems(fileURLToPath(new URL('./content/', config.root)));
        if (problems.length === 0) return;
        const lines = problems.map((p) => problemLine('content', p));
        // The dev server keeps running so the author can fix the file; anything that builds stops here.
        if (command === 'dev') for (const line of lines) logger.error(line);
        else throw new Error(`${problems.length} content problem(s) found:\n${lines.join('\n')}`);
      },
    },
  };
}
