// Reasons people type: why a resource is reported, and why a moderator rejects one. The database has the same rules.
import { z } from 'zod';
import { charCount as length, typedText } from '#lib/typed-text.ts';
import { fieldLimits } from '#lib/field-limits.ts';
import { isResourceId } from './resource.ts';

const [reportMin, reportMax] = fieldLimits.reason.report;
const decisionMax = fieldLimits.reason.decision;

/** A report needs a few characters saying what is wrong, and not too many. */
export const reportForm = z.object({
  reason: typedText('Reason')
    .refine((v) => length(v) >= reportMin, 'Say what is wrong with this resource')
    .refine((v) => length(v) <= reportMax, `Reason must be ${reportMax} characters or fewer`),
});

export interface Decision {
  resource: string;
  approve: boolean;
  reason: string | null;
}

/** Approve, or reject with a reason the champion sees. */
export const decisionForm = z
  .object({
    resource: typedText('Resource').refine(isResourceId, 'This resource is no longer in the queue. Reload the page.'),
    decision: z.enum(['approve', 'reject'], 'Choose approve or reject.'),
    reason: typedText('Reason').refine((v) => length(v) <= decisionMax, `Keep the reason to ${decisionMax} characters or fewer.`),
  })
  .refine((d) => d.decision === 'approve' || d.reason !== '', {
    path: ['reason'],
    message: 'Give a reason for rejecting: the champion will see it.',
  })
  .transform((d): Decision => ({ resource: d.resource, approve: d.decision === 'approve', reason: d.reason || null }));
