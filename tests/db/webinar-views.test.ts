// Watching webinars: only what was actually played counts, at 90 % the CPD minutes are added, and viewing is private.
import { describe, expect, test } from 'vitest';
import { anonClient, sql } from './clients.ts';
import { people, person, reason } from './learning.ts';

const webinar = 'integrated-care-project-overview'; // 12 minutes, 12 CPD minutes
const duration = 12 * 60;

/** Pretends the last report was `seconds` ago, as if that long had passed while watching. */
const wait = (userId: string, seconds: number) =>
  sql(`update public.webinar_views set last_reported_at = now() - make_interval(secs => $2) where user_id = $1`, [userId, seconds]);

describe('record_webinar_progress', () => {
  test('keeps the union of played ranges, so rewatching or overlapping reports do not count twice', async () => {
    const p = await person();
    await p.client.rpc('record_webinar_progress', { webinar, ranges: [] });
    await wait(p.id, 60);
    expect(
      (
        await p.client.rpc('record_webinar_progress', {
          webinar,
          ranges: [
            [0, 30],
            [20, 60],
          ],
        })
      ).data,
    ).toMatchObject({ percent: 8, completed: false });
    await wait(p.id, 60);
    await p.client.rpc('record_webinar_progress', {
      webinar,
      ranges: [
        [0, 60],
        [100, 130],
      ],
    });
    expect(await sql('select ranges, seconds_watched from public.webinar_views where user_id = $1', [p.id])).toEqual([
      {
        ranges: [
          [0, 60],
          [100, 130],
        ],
        seconds_watched: '90.0',
      },
    ]);
  });

  test('at 90 % the webinar counts as watched once, and its CPD minutes go to the CPD record with the date', async () => {
    const p = await person();
    await p.client.rpc('record_webinar_progress', { webinar, ranges: [] });
    await wait(p.id, 3600);
    const { data } = await p.client.rpc('record_webinar_progress', { webinar, ranges: [[0, duration * 0.9]] });
    expect(data).toMatchObject({ percent: 90, completed: true, justCompleted: true, cpdMinutes: 12 });
    await wait(p.id, 3600);
    expect((await p.client.rpc('record_webinar_progress', { webinar, ranges: [[0, duration]] })).data).toMatchObject({
      percent: 100,
      justCompleted: false,
    });
    const cpd = (await p.client.from('cpd_entries').select('source, source_id, hours, kind, activity, activity_date')).data!;
    expect(cpd).toHaveLength(1);
    expect(cpd[0]).toMatchObject({
      source: 'webinar',
      source_id: webinar,
      hours: 0.2,
      kind: 'Self-directed',
      activity: expect.stringMatching(/^Webinar: /),
    });
    expect(cpd[0]!.activity_date).toBe(new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' }));
  });

  test('refuses more watching than could have happened since the last report', async () => {
    const p = await person();
    await p.client.rpc('record_webinar_progress', { webinar, ranges: [] });
    const jump = await p.client.rpc('record_webinar_progress', { webinar, ranges: [[0, duration]] });
    expect(reason(jump.error)).toBe('implausible');
    expect(await sql('select seconds_watched::float as s from public.webinar_views where user_id = $1', [p.id])).toEqual([{ s: 0 }]);
    expect((await p.client.from('cpd_entries').select('id')).data).toEqual([]);
  });

  test('back-to-back reports cannot add up to a watched webinar: the grace allowance is granted once per viewing', async () => {
    const p = await person();
    const cardiology = 'cardiology-ecg-and-qtc'; // 15 minutes
    await p.client.rpc('record_webinar_progress', { webinar: cardiology, ranges: [] });
    let refused = 0;
    for (let i = 1; i <= 19; i++) {
      const { error } = await p.client.rpc('record_webinar_progress', { webinar: cardiology, ranges: [[0, i * 45]] });
      if (error) refused += 1;
    }
    expect(refused).toBeGreaterThan(0);
    const [view] = await sql('select seconds_watched::float as s, completed_at from public.webinar_views where user_id = $1', [p.id]);
    expect(view.completed_at).toBeNull();
    expect(view.s).toBeLessThan(120);
    expect((await p.client.from('cpd_entries').select('id')).data).toEqual([]);
  });

  test('reports that arrive together are measured against server time, so none claims watching the other already used', async () => {
    const p = await person();
    await p.client.rpc('record_webinar_progress', { webinar, ranges: [] });
    const reports = await Promise.all(
      Array.from({ length: 8 }, (_, i) => p.client.rpc('record_webinar_progress', { webinar, ranges: [[0, 40 + i * 40]] })),
    );
    expect(reports.some((r) => r.error && reason(r.error) === 'implausible')).toBe(true);
    const [view] = await sql('select seconds_watched::float as s from public.webinar_views where user_id = $1', [p.id]);
    expect(view.s).toBeLessThan(90);
  });

  test('refuses malformed ranges, unknown webinars, and members-only webinars for non-members', async () => {
    const p = await person();
    for (const ranges of [[[10, 5]], [[-1, 5]], [['a', 'b']], [[0, duration * 2]], { from: 0 }]) {
      expect(reason((await p.client.rpc('record_webinar_progress', { webinar, ranges })).error), JSON.stringify(ranges)).toBe('invalid');
    }
    expect(reason((await p.client.rpc('record_webinar_progress', { webinar: 'nope', ranges: [] })).error)).toBe('not_found');
    expect(
      reason((await p.client.rpc('record_webinar_progress', { webinar: 'lithium-in-acute-hospital-admissions', ranges: [] })).error),
    ).toBe('members_only');
    expect((await anonClient().rpc('record_webinar_progress', { webinar, ranges: [] })).error?.code).toBe('42501');
  });

  test('viewing is private and written only through the function', async () => {
    const [a, b] = await people(2);
    await a!.client.rpc('record_webinar_progress', { webinar, ranges: [] });
    expect((await b!.client.from('webinar_views').select('user_id').eq('user_id', a!.id)).data).toEqual([]);
    expect((await a!.client.from('webinar_views').update({ percent: 100 }).eq('user_id', a!.id)).error?.code).toBe('42501');
    expect((await a!.client.from('webinar_views').insert({ user_id: a!.id, webinar_id: 'haematology', percent: 100 })).error?.code).toBe(
      '42501',
    );
    expect((await a!.client.from('webinar_views').delete().eq('user_id', a!.id)).error?.code).toBe('42501');
    expect((await anonClient().from('webinar_views').select()).error?.code).toBe('42501');
    const admin = await person('admin', ['admin']);
    expect((await admin.client.from('webinar_views').select('user_id').eq('user_id', a!.id)).data).toHaveLength(1);
  });
});
