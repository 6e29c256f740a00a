// The share-a-resource form (in the order it asks: title, summary, link, note, tags, audience, trust), checked before it reaches the database with the same rules the database enforces.
import { z } from 'zod';
import { charCount as length, typedFields, typedText } from '#lib/typed-text.ts';
import { fieldLimits } from '#lib/field-limits.ts';
import { audiences, resourceTrusts } from '#lib/vocabularies.ts';

export { audiences, resourceTrusts };

const limits = fieldLimits.resource;
/** How long one tag may be: the form's own rule, as the database checks only how many tags there are. */
const tagLength = [2, 30] as const;

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

/** Comma-separated tags: trimmed, lower-cased, spaces collapsed, a leading # dropped, duplicates removed. */
export function parseTags(raw: string): string[] {
  const tags = raw
    .split(',')
    .map((t) => t.trim().replace(/^#+/, '').replace(/\s+/g, ' ').toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

const thousands = (n: number) => n.toLocaleString('en-GB');
const tooLongLink = `Link must be ${thousands(limits.url)} characters or fewer`;

/** The link as the browser would follow it, or a message saying what is wrong with it. Only http(s) is allowed. */
export function checkLink(raw: string): { url: string } | { message: string } {
  const example = 'like https://www.nhs.uk/mental-health/';
  if (length(raw) > limits.url) return { message: tooLongLink };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { message: `Enter a full link that starts with https://, ${example}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { message: `Enter a link that starts with https:// or http://, ${example}` };
  const host = url.hostname;
  if (!host.includes('.') || host.startsWith('.') || host.endsWith('.')) return { message: `Enter a link to a website, ${example}` };
  if (url.username || url.password) return { message: 'Remove the user name or password from the link' };
  if (length(url.href) > limits.url) return { message: tooLongLink };
  return { url: url.href };
}

/** A text field between `min` and `max` characters, with messages naming it. */
const sized = (label: string, [min, max]: readonly [number, number], tidy = (v: string) => v) =>
  typedText(label)
    .transform(tidy)
    .refine((v) => v !== '', `Enter a ${label.toLowerCase()}`)
    .refine((v) => v === '' || length(v) >= min, `${label} must be ${min} characters or more`)
    .refine((v) => length(v) <= max, `${label} must be ${max} characters or fewer`);

/** The link, or none when there is a note instead: checked as a pair, so the problem is shown on the link. */
const linkOrNote = z.object({ url: typedText('Link'), note: z.string() }).transform(({ url, note }, ctx) => {
  if (!url) {
    if (!note) ctx.issues.push({ code: 'custom', message: 'Add a link or a short note', input: url });
    return null;
  }
  const link = checkLink(url);
  if ('message' in link) ctx.issues.push({ code: 'custom', message: link.message, input: url });
  return 'url' in link ? link.url : null;
});

const tagList = typedText('Tags')
  .transform(parseTags)
  .superRefine((tags, ctx) => {
    const [min, max] = tagLength;
    const bad = tags.find((t) => length(t) < min || length(t) > max);
    if (tags.length > limits.tags) ctx.addIssue(`Enter ${limits.tags} tags or fewer (you entered ${tags.length})`);
    else if (bad !== undefined) ctx.addIssue(`Each tag must be ${min} to ${max} characters long: change “${bad}”`);
  });

const oneOf = (label: string, options: readonly string[], message: string) => typedText(label).refine((v) => options.includes(v), message);

/** The link is read with the note beside it, to know whether either was given. */
function pairLinkWithNote(fields: unknown) {
  const form = fields as Record<string, unknown>;
  return { ...form, url: { url: form.url, note: typeof form.note === 'string' ? form.note.trim() : '' } };
}

/** The share and edit form: the values to save, tidied as the database stores them, or a message per field. */
export const resourceForm = z.preprocess(
  pairLinkWithNote,
  z.object({
    title: sized('Title', limits.title, (v) => v.replace(/\s+/g, ' ')),
    summary: sized('Summary', limits.summary),
    url: linkOrNote,
    note: typedText('Note')
      .refine((v) => length(v) <= limits.note[1], `Note must be ${thousands(limits.note[1])} characters or fewer`)
      .transform((v) => v || null),
    tags: tagList,
    audience: oneOf('Audience', audiences, 'Choose who the resource is for'),
    trust: oneOf('Trust', resourceTrusts, 'Choose which trust the resource is for'),
  }),
) satisfies z.ZodType<ResourceInput>;

/** What was typed, to show the form again after a problem (the link as typed, so it can be corrected). */
export function typedResource(form: FormData): Partial<ResourceInput> {
  const typed = typedFields(form);
  return { ...typed, url: typed.url || null, note: typed.note || null, tags: parseTags(typed.tags ?? '') };
}
