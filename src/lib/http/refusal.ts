/**
 * What to tell a person when an rpc refuses: our SQL functions raise messages written for people, with a reason code
 * in the hint; anything else (a lost connection, a bug) gets the fallback.
 */
export function refusalMessage(error: { message: string; hint?: string | null } | null, fallback: string): string {
  return error?.hint && error.message ? error.message : fallback;
}
