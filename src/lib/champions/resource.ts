// A shared resource as the pages read it, and the small facts shown about it.
import type { ResourceInput } from './resource-form.ts';

export type ResourceStatus = 'pending' | 'approved' | 'rejected';

/** A resource as stored: what the champion wrote, and what the platform keeps about it. */
export interface Resource extends ResourceInput {
  id: string;
  author: string;
  status: ResourceStatus;
  rejection_reason: string | null;
  reported: boolean;
  useful_count: number;
  created_at: string;
}

export const resourceColumns =
  'id, author, title, url, note, summary, tags, audience, trust, status, rejection_reason, reported, useful_count, created_at';

/** The host name a link goes to ("www.nhs.uk"), shown beside it so people see where it leads. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The words and NHS.UK tag colour for a status, as the champion sees it. */
export const statusTags: Record<ResourceStatus, { text: string; colour: string }> = {
  pending: { text: 'Waiting for moderation', colour: 'nhsuk-tag--yellow' },
  approved: { text: 'Approved', colour: 'nhsuk-tag--green' },
  rejected: { text: 'Not approved', colour: 'nhsuk-tag--red' },
};

/** Route ids are uuids; anything else is not a resource (and would be a database error if asked for). */
export function isResourceId(id: string | undefined): id is string {
  return !!id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

/** "1 person found this useful", "3 people found this useful", or nothing yet. */
export function usefulText(count: number): string {
  if (count === 0) return 'No one has marked this useful yet';
  return `${count} ${count === 1 ? 'person' : 'people'} found this useful`;
}

/** A note as paragraphs of lines (blank lines split paragraphs), to render as text with <p> and <br>. */
export function noteParagraphs(note: string): string[][] {
  return note
    .split(/\n\s*\n/)
    .map((p) => p.split('\n'))
    .filter((lines) => lines.some((l) => l.trim()));
}
