import { describe, expect, it } from 'vitest';
import bcryptjs from 'bcryptjs';
import { hashPassword, passwordMatches } from '#local/api/auth/passwords.ts';

describe('password hashes', () => {
  it('writes $2a$ cost-10 hashes, as GoTrue does, that bcryptjs (and so pgcrypto-made seeds) agree with', async () => {
    const hash = await hashPassword('Password123!');
    expect(hash).toMatch(/^\$2a\$10\$/);
    expect(await bcryptjs.compare('Password123!', hash)).toBe(true);
  });

  it('verifies existing $2a$ and $2b$ hashes and refuses a wrong password', async () => {
    for (const minor of ['a', 'b']) {
      const hash = bcryptjs.hashSync('Password123!', 10).replace(/^\$2[ab]\$/, `$2${minor}$`);
      expect(await passwordMatches('Password123!', hash)).toBe(true);
      expect(await passwordMatches('wrong-password', hash)).toBe(false);
    }
  });

  it('answers false with no hash', async () => {
    expect(await passwordMatches('anything', null)).toBe(false);
  });
});
