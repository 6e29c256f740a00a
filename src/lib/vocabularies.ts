// The fixed lists people choose from, as the database's enums decide them, read from the generated types so the forms
// offer exactly what the database accepts: the partnership's trusts, who a shared resource is for, the registration
// bodies a profile may name, and the kinds of CPD.
import { Constants } from './supabase/database.types.ts';

const {
  nhs_trust: trusts,
  resource_audience: audiences,
  registration_body: registrationBodies,
  cpd_kind: cpdKinds,
} = Constants.public.Enums;
export { audiences, cpdKinds, registrationBodies, trusts };

export type Trust = (typeof trusts)[number];

/** Where a shared resource applies: every trust, or one (the resources table's trust check). */
export const resourceTrusts = ['All trusts', ...trusts] as const;
