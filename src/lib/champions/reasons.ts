// Reasons people type: why a resource is reported, and why a moderator rejects one. The database has the same rules.
import type { FieldError } from '../forms.ts';

const length = (text: string) => [...text].length;

function reasonText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';
}

/** A report needs 3 to 500 characters saying what is wrong. */
export function checkReport(form: FormData): { errors: FieldError[]; reason: string } {
  const reason = reasonText(form, 'reason');
  const error = length(reason) < 3 ? 'Say what is wrong with this resource'
    : length(reason) > 500 ? 'Reason must be 500 characters or fewer' : null;
  return { errors: error ? [{ field: 'reason', message: error }] : [], reason };
}

export interface Decision {
  resource: string;
  approve: boolean;
  reason: string | null;
}

/** Approve, or reject with a reason the champion sees (up to 500 characters). */
export function checkDecision(form: FormData): { error: string | null; decision: Decision } {
  const reason = reasonText(form, 'reason');
  const decision = { resource: String(form.get('resource') ?? ''), approve: form.get('decision') === 'approve', reason: reason || null };
  if (form.get('decision') !== 'approve' && form.get('decision') !== 'reject') return { error: 'Choose approve or reject.', decision };
  if (!decision.approve && !reason) return { error: 'Give a reason for rejecting: the champion will see it.', decision };
  if (length(reason) > 500) return { error: 'Keep the reason to 500 characters or fewer.', decision };
  return { error: null, decision };
}
