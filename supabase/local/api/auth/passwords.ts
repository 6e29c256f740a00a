// Password hashing, GoTrue-compatible bcrypt ($2a$/$2b$, cost 10).
import bcrypt from 'bcryptjs';

const cost = 10;
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, cost);
}

/** True when `password` matches `hash`; with no hash it still spends a full compare, then answers false. */
export async function passwordMatches(password: string, hash: string | null | undefined): Promise<boolean> {
  if (hash) return bcrypt.compare(password, hash);
  dummyHash ??= hashPassword('no account has this password');
  await bcrypt.compare(password, await dummyHash);
  return false;
}
