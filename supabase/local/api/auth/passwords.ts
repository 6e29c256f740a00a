// Password hashing with GoTrue-compatible bcrypt: $2a$ hashes at cost 10, as GoTrue (Go's bcrypt) writes them; $2a$
// and $2b$ hashes both verify. The native `bcrypt` binding hashes on libuv's thread pool, so sign-ins do not stall
// every other request; where its prebuilt binary cannot load, bcryptjs (pure JavaScript, on the main thread) stands in.
import { createRequire } from 'node:module';
import bcryptjs from 'bcryptjs';

interface Bcrypt {
  genSalt(rounds: number, minor: 'a' | 'b'): Promise<string>;
  hash(password: string, salt: string): Promise<string>;
  compare(password: string, hash: string): Promise<boolean>;
}

const cost = 10;

function loadNative(): Bcrypt | undefined {
  try {
    return createRequire(import.meta.url)('bcrypt') as Bcrypt;
  } catch (error) {
    console.warn(
      `Local auth API: the native bcrypt binding did not load (${(error as Error).message}); hashing on the main thread with bcryptjs.`,
    );
    return undefined;
  }
}

const native = loadNative();
let dummyHash: Promise<string> | undefined;

export async function hashPassword(password: string): Promise<string> {
  if (native) return native.hash(password, await native.genSalt(cost, 'a'));
  return bcryptjs.hash(password, cost);
}

async function compare(password: string, hash: string): Promise<boolean> {
  return native ? native.compare(password, hash) : bcryptjs.compare(password, hash);
}

/** True when `password` matches `hash`; with no hash it still spends a full compare, then answers false. */
export async function passwordMatches(password: string, hash: string | null | undefined): Promise<boolean> {
  if (hash) return compare(password, hash);
  dummyHash ??= hashPassword('no account has this password');
  await compare(password, await dummyHash);
  return false;
}
