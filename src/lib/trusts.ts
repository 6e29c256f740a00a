// The partnership's trusts and who a shared resource is for: the database's enums (public.nhs_trust,
// public.resource_audience), read from the generated types so the forms offer exactly what the database accepts.
import { Constants } from './supabase/database.types.ts';

export const trusts = Constants.public.Enums.nhs_trust;
export type Trust = (typeof trusts)[number];

/** Where a shared resource applies: every trust, or one (the resources table's trust check). */
export const resourceTrusts = ['All trusts', ...trusts] as const;

export const audiences = Constants.public.Enums.resource_audience;
