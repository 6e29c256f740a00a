// Bad input to the local /rest/v1 answers 4xx in PostgREST's error shape and changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { backend, demo, signIn, sql } from './clients.ts';

let token: string;
const learnerId = '00000000-0000-4000-8000-000000000001';

const rest = (path: string, init: RequestInit = {}) =>
  fetch(`${backend.apiUrl}/rest/v1/${path}`, {
    ...init,
    headers: { apikey: backend.anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
  });

async function expectPgrstError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(Object.keys(body).sort()).toEqual(['code', 'details', 'hint', 'message']);
  expect(body.code).toBe(code);
  expect(body.message).toEqual(expect.any(String));
  return body;
}

beforeAll(async () => {
  token = (await (await signIn(demo.learner)).auth.getSession()).data.session!.access_token;
});

describe('deeply nested logic trees', () => {
  it('refuses or=(or(or(... 3,000 levels deep with PGRST100, and the API keeps serving', async () => {
    const depth = 3000;
    const tree = `${'or('.repeat(depth)}id.eq.${learnerId}${')'.repeat(depth)}`;
    const response = await rest(`profiles?select=id&or=(${tree})`);
    const body = await expectPgrstError(response, 400, 'PGRST100');
    expect(body.details).toContain('nested');
    expect((await rest(`profiles?select=id&id=eq.${learnerId}`)).status).toBe(200);
  });

  it('still answers a tree nested a few levels deep', async () => {
    const response = await rest(`profiles?select=id&or=(or(and(id.eq.${learnerId},full_name.not.is.null)),id.eq.x)`);
    expect(response.status).toBe(400); // 'x' is not a uuid: Postgres says so
    const ok = await rest(`profiles?select=id&or=(or(and(id.eq.${learnerId},full_name.not.is.null)))`);
    expect(await ok.json()).toEqual([{ id: learnerId }]);
  });

  it('refuses a deeply nested select= with PGRST100', async () => {
    const select = `id,${'p('.repeat(1500)}id${')'.repeat(1500)}`;
    await expectPgrstError(await rest(`profiles?select=${select}`), 400, 'PGRST100');
  });
});

describe('NUL bytes, wrong JSON types and huge bodies', () => {
  it('a NUL in a filter value or a JSON string is a 4xx, not a 500', async () => {
    const filter = await rest(`profiles?full_name=eq.a%00b`);
    expect(filter.status).toBe(400);
    const body = await rest(`profiles?id=eq.${learnerId}`, { method: 'PATCH', body: JSON.stringify({ full_name: 'a\u0000b' }) });
    expect(body.status).toBe(400);
    expect((await body.json()).code).toBe('22P05');
    const key = await rest(`profiles?id=eq.${learnerId}`, { method: 'PATCH', body: JSON.stringify({ 'full\u0000name': 'x' }) });
    expect(key.status).toBe(400);
  });

  it('a body of the wrong JSON type is 400 PGRST102', async () => {
    for (const body of ['"a string"', '42', 'null', '[1, 2]', '[[]]', 'true']) {
      await expectPgrstError(await rest(`profiles?id=eq.${learnerId}`, { method: 'PATCH', body }), 400, 'PGRST102');
    }
    await expectPgrstError(await rest('rpc/has_role', { method: 'POST', body: '[1]' }), 400, 'PGRST102');
  });

  it('a body over 1 MB is 413 in PostgREST shape, and nothing changes', async () => {
    const before = await sql(`select full_name from public.profiles where id = $1`, [learnerId]);
    const huge = JSON.stringify({ full_name: 'x'.repeat(1024 * 1024 + 10) });
    await expectPgrstError(await rest(`profiles?id=eq.${learnerId}`, { method: 'PATCH', body: huge }), 413, 'PGRST413');
    expect(await sql(`select full_name from public.profiles where id = $1`, [learnerId])).toEqual(before);
  });

  it('a non-numeric limit or a bad Range is 4xx', async () => {
    await expectPgrstError(await rest('profiles?limit=ten'), 400, 'PGRST100');
    expect((await rest('profiles?limit=99999999999999999999999')).status).toBe(400);
  });
});
