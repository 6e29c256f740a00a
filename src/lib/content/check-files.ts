// Files content points at: each webinar's transcript under content/ and its video, if any, under public/ (which
// anyone can fetch, so never for a members-only webinar).
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentProblem } from './check-content.ts';
import type { ContentFile as RawEntry } from './loader.ts';

const exists = (path: string) => access(path).then(() => true, () => false);

/** The site's public/ folder, which serves the videos wherever the content folder being checked is. */
export const sitePublic = fileURLToPath(new URL('../../../public', import.meta.url));

/** `contentRoot` is the content folder being checked; `publicDir` the folder the site serves as its root. */
export async function checkFiles(entries: RawEntry[], contentRoot: string, publicDir = sitePublic): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const entry of entries.filter((e) => e.collection === 'webinars')) {
    const data = entry.data as { captions?: unknown; video?: unknown; membersOnly?: unknown };
    if (data.membersOnly === true && typeof data.video === 'string') {
      problems.push({ file: entry.file, field: 'video', message: 'a members-only webinar cannot have a video under public/, where anyone could fetch it' });
    }
    if (typeof data.captions === 'string' && !(await exists(join(contentRoot, data.captions)))) {
      problems.push({ file: entry.file, field: 'captions', message: `no file content/${data.captions}` });
    }
    if (typeof data.video === 'string' && !(await exists(join(publicDir, data.video)))) {
      problems.push({ file: entry.file, field: 'video', message: `no file public${data.video}` });
    }
  }
  return problems;
}
