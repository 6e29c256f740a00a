// The applications waiting for a decision (the oldest first) and the latest decisions, with the applicants' names:
// for the pharmacy network's and the champions' queues.
import { z } from 'zod';
import type { Supabase } from './supabase/server.ts';
import { charCount, typedText } from './typed-text.ts';
import { fieldLimits } from './field-limits.ts';

const shownPending = 50;

export interface Queue<T> {
  pending: T[];
  /** How many are waiting in all; only the oldest `shownPending` are in `pending`. */
  waiting: number;
  decided: T[];
  nameOf(id: string): string;
}

export async function applicationQueue<T extends { user_id: string }>(
  supabase: Supabase,
  table: 'network_members' | 'champion_applications',
  columns: string,
): Promise<Queue<T> | null> {
  const [pending, decided] = await Promise.all([
    supabase.from(table).select(columns, { count: 'exact' }).eq('status', 'pending').order('applied_at').limit(shownPending),
    supabase.from(table).select(columns).neq('status', 'pending').order('decided_at', { ascending: false }).limit(20),
  ]);
  if (pending.error || decided.error) return null;
  const rows = [...pending.data, ...decided.data] as unknown as T[];
  const names = await applicantNames(
    supabase,
    rows.map((r) => r.user_id),
  );
  return {
    pending: pending.data as unknown as T[],
    waiting: pending.count ?? 0,
    decided: decided.data as unknown as T[],
    nameOf: (id) => names.get(id) || 'Name not given',
  };
}

export async function applicantNames(supabase: Supabase, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { data } = await supabase
    .from('profiles')
    .select('id, full_name')
    .in('id', [...new Set(ids)]);
  return new Map((data ?? []).map((p) => [p.id, p.full_name]));
}

export interface ApplicationDecision {
  applicant: string;
  approve: boolean;
  reason: string;
}

/** A decision posted from a queue, whose form names the applicant's id `field`. The database asks for a reason to decline. */
export const applicationDecisionForm = (field: 'applicant' | 'member') =>
  z
    .object({
      [field]: typedText('Applicant').pipe(z.guid('This application is no longer in the queue. Reload the page.')),
      decision: z.enum(['approve', 'decline'], 'Choose approve or decline.'),
      reason: typedText('Reason').refine(
        (v) => charCount(v) <= fieldLimits.reason.decision,
        `Keep the reason to ${fieldLimits.reason.decision} characters or fewer.`,
      ),
    })
    .transform((d): ApplicationDecision => ({ applicant: d[field] as string, approve: d.decision === 'approve', reason: d.reason }));
