// The share-a-resource form (in the order it asks: title, summary, link, note, tags, audience, trust), checked before it reaches the database with the same rules the database enforces.
import type { FieldError } from '../forms.ts';

export const audiences = ['Everyone', 'Nurses', 'Doctors', 'Allied health professionals', 'Pharmacists', 'Healthcare assistants'] as const;
export const resourceTrusts = ['All trusts', 'South London and Maudsley', "King's College Hospital", "Guy's and St Thomas'"] as const;
export const limits = { title: [3, 120], summary: [10, 500], note: 2000, url: 2000, tags: 8, tag: [2, 30] } as const;

/** What is saved: the columns a champion may write. */
export interface ResourceInput {
  title: string;
  url: string | null;
  note: string | null;
  summary: string;
  tags: string[];
  audience: string;
  trust: string;
}

/** Characters as Postgres counts them (code points, not UTF-16 units). */
const length = (text: string) => [...text].length;

/** A form value, trimmed, with Windows line endings made plain so lengths match what is stored. */
function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';
}

/** Comma-separated tags: trimmed, lower-cased, spaces collapsed, a leading # dropped, duplicates removed. */
export function parseTags(raw: string): string[] {
  const tags = raw.split(',').map((t) => t.trim().replace(/^#+/, '').replace(/\s+/g, ' ').toLowerCase()).filter(Boolean);
  return [...new Set(tags)];
}

/** The link as the browser would follow it, or a message saying what is wrong with it. Only http(s) is allowed. */
export function checkLink(raw: string): { url: string } | { message: string } {
  const example = 'like https://www.nhs.uk/mental-health/';
  if (length(raw) > limits.url) return { message: 'Link must be 2,000 characters or fewer' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { message: `Enter a full link that starts with https://, ${example}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { message: `Enter a link that starts with https:// or http://, ${example}` };
  const host = url.hostname;
  if (!host.includes('.') || host.startsWith('.') || host.endsWith('.')) return { message: `Enter a link to a website, ${example}` };
  if (url.username || url.password) return { message: 'Remove the user name or password from the link' };
  if (length(url.href) > limits.url) return { message: 'Link must be 2,000 characters or fewer' };
  return { url: url.href };
}

function checkLength(field: string, label: string, value: string, [min, max]: readonly [number, number]): FieldError | null {
  if (!value) return { field, message: `Enter a ${label.toLowerCase()}` };
  if (length(value) < min) return { field, message: `${label} must be ${min} characters or more` };
  if (length(value) > max) return { field, message: `${label} must be ${max} characters or fewer` };
  return null;
}

function checkTags(tags: string[]): FieldError | null {
  if (tags.length > limits.tags) return { field: 'tags', message: `Enter ${limits.tags} tags or fewer (you entered ${tags.length})` };
  const [min, max] = limits.tag;
  const bad = tags.find((t) => length(t) < min || length(t) > max);
  return bad === undefined ? null : { field: 'tags', message: `Each tag must be ${min} to ${max} characters long: change “${bad}”` };
}

export function checkResource(form: FormData): { errors: FieldError[]; values: ResourceInput } {
  const rawUrl = text(form, 'url');
  const link = rawUrl ? checkLink(rawUrl) : null;
  const values: ResourceInput = {
    title: text(form, 'title').replace(/\s+/g, ' '),
    url: link && 'url' in link ? link.url : rawUrl || null,
    note: text(form, 'note') || null,
    summary: text(form, 'summary'),
    tags: parseTags(text(form, 'tags')),
    audience: text(form, 'audience'),
    trust: text(form, 'trust'),
  };
  const errors = [
    checkLength('title', 'Title', values.title, limits.title),
    checkLength('summary', 'Summary', values.summary, limits.summary),
    link && 'message' in link ? { field: 'url', message: link.message } : null,
    !values.url && !values.note ? { field: 'url', message: 'Add a link or a short note' } : null,
    values.note && length(values.note) > limits.note ? { field: 'note', message: 'Note must be 2,000 characters or fewer' } : null,
    checkTags(values.tags),
    (audiences as readonly string[]).includes(values.audience) ? null : { field: 'audience', message: 'Choose who the resource is for' },
    (resourceTrusts as readonly string[]).includes(values.trust) ? null : { field: 'trust', message: 'Choose which trust the resource is for' },
  ].filter((e): e is FieldError => e !== null);
  return { errors, values };
}
