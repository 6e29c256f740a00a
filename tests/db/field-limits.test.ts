// Every length in src/lib/field-limits.ts is where the database draws the line: the limit is accepted, one past it refused.
import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { sql } from './clients.ts';
import { person, reason } from './learning.ts';
import { fieldLimits as limits, gphcNumberPattern } from '#lib/field-limits.ts';

const text = (length: number) => 'x'.repeat(length);
const ok = (error: { code?: string } | null) => error === null;
const share = (extra: object) => ({
  title: 'Sleep and shift work',
  url: 'https://example.nhs.uk/sleep',
  summary: 'A short guide to sleeping well between night shifts.',
  audience: 'Everyone',
  trust: 'All trusts',
  ...extra,
});

describe('field limits: the forms and the database agree', () => {
  test('a shared resource: title, summary, note, link and tags', async () => {
    const champion = await person('champion', ['champion']);
    const insert = async (extra: object) => ok((await champion.client.from('resources').insert(share(extra))).error);
    const [titleMin, titleMax] = limits.resource.title;
    const [summaryMin, summaryMax] = limits.resource.summary;
    const [, noteMax] = limits.resource.note;
    const url = (length: number) => `https://example.nhs.uk/${text(length - 'https://example.nhs.uk/'.length)}`;
    expect([
      await insert({ title: text(titleMin - 1) }),
      await insert({ title: text(titleMax + 1) }),
      await insert({ summary: text(summaryMin - 1) }),
      await insert({ summary: text(summaryMax + 1) }),
      await insert({ note: text(noteMax + 1) }),
      await insert({ url: url(limits.resource.url + 1) }),
      await insert({ tags: Array.from({ length: limits.resource.tags + 1 }, (_, i) => `tag${i}`) }),
    ]).toEqual(Array(7).fill(false));
    const another = await person('champion', ['champion']);
    const fits = async (extra: object) => ok((await another.client.from('resources').insert(share(extra))).error);
    expect([
      await fits({ title: text(titleMin) }),
      await fits({ title: text(titleMax) }),
      await fits({ summary: text(summaryMin) }),
      await fits({ summary: text(summaryMax) }),
      await fits({ note: text(noteMax) }),
      await fits({ url: url(limits.resource.url) }),
      await fits({ tags: Array.from({ length: limits.resource.tags }, (_, i) => `tag${i}`) }),
    ]).toEqual(Array(7).fill(true));
  });

  test('applications to the network and to be a champion: job title, what they would do, GPhC number', async () => {
    const [jobMin, jobMax] = limits.application.jobRole;
    const [whyMin, whyMax] = limits.application.motivation;
    const trust = 'South London and Maudsley';
    const join = async (job_role: string, gphc_number = '2012345') =>
      ok((await (await person()).client.rpc('join_network', { trust, job_role, gphc_number })).error);
    const apply = async (job_role: string, motivation = 'I would share our ward guides.') =>
      ok((await (await person()).client.rpc('apply_to_be_champion', { trust, job_role, motivation })).error);
    expect([await join(text(jobMin)), await join(text(jobMax)), await join(text(jobMin - 1)), await join(text(jobMax + 1))]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([await apply(text(jobMin)), await apply(text(jobMax)), await apply(text(jobMin - 1)), await apply(text(jobMax + 1))]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([
      await apply('Nurse', text(whyMin)),
      await apply('Nurse', text(whyMax)),
      await apply('Nurse', text(whyMin - 1)),
      await apply('Nurse', text(whyMax + 1)),
    ]).toEqual([true, true, false, false]);
    for (const gphc of ['2012345', '201234', '20123456', '201234a'])
      expect(await join('Pharmacist', gphc), gphc).toBe(gphcNumberPattern.test(gphc));
  });

  test('reasons: reporting a resource, and deciding on a resource or an application', async () => {
    const [reportMin, reportMax] = limits.reason.report;
    const admin = await person('admin', ['admin']);
    const { data: shared } = await (
      await person('champion', ['champion'])
    ).client
      .from('resources')
      .insert(share({}))
      .select('id')
      .single();
    await admin.client.rpc('moderate_resource', { resource: shared!.id, approve: true });
    const report = async (length: number) =>
      reason((await (await person()).client.rpc('report_resource', { resource: shared!.id, reason: text(length) })).error);
    expect([await report(reportMax + 1), await report(reportMin - 1), await report(reportMax), await report(reportMin)]).toEqual([
      'invalid',
      'invalid',
      null,
      null,
    ]);
    const nobody = randomUUID();
    for (const [fn, args] of [
      ['decide_membership', { member: nobody }],
      ['decide_champion_application', { applicant: nobody }],
    ] as const) {
      const decide = async (length: number) =>
        reason((await admin.client.rpc(fn, { ...args, approve: false, reason: text(length) })).error);
      expect([await decide(limits.reason.decision + 1), await decide(limits.reason.decision)], fn).toEqual(['invalid', 'not_found']);
    }
    const { data: pending } = await (
      await person('champion', ['champion'])
    ).client
      .from('resources')
      .insert(share({}))
      .select('id')
      .single();
    const moderate = async (length: number) =>
      reason((await admin.client.rpc('moderate_resource', { resource: pending!.id, approve: false, reason: text(length) })).error);
    expect([await moderate(limits.reason.decision + 1), await moderate(limits.reason.decision)]).toEqual(['invalid', null]);
  });

  test('a profile, the CPD record and lesson reflections', async () => {
    const someone = await person();
    const update = async (column: string, length: number) =>
      ok(
        (
          await someone.client
            .from('profiles')
            .update({ [column]: text(length) })
            .eq('id', someone.id)
        ).error,
      );
    for (const [column, max] of [
      ['full_name', limits.profile.fullName],
      ['profession', limits.profile.profession],
      ['trust', limits.profile.organisation],
      ['registration_number', limits.profile.registrationNumber],
    ] as const) {
      expect([await update(column, max), await update(column, max + 1)], column).toEqual([true, false]);
    }
    const add = async (activity: string, learned = '') =>
      ok(
        (await someone.client.rpc('add_external_cpd', { activity, activity_date: '2026-01-05', hours: 1, kind: 'Participatory', learned }))
          .error,
      );
    expect([await add(text(limits.cpd.activity)), await add(text(limits.cpd.activity + 1))]).toEqual([true, false]);
    const [entry] = (await someone.client.from('cpd_entries').select('id')).data!;
    const reflect = async (length: number) =>
      ok(
        (
          await someone.client
            .from('cpd_entries')
            .update({ learned: text(length) })
            .eq('id', entry!.id)
        ).error,
      );
    expect([await reflect(limits.cpd.reflection), await reflect(limits.cpd.reflection + 1)]).toEqual([true, false]);
    const [{ id: lesson }] = await sql(`select id from catalog.lessons where retired_at is null order by id limit 1`);
    const write = async (length: number) =>
      ok(
        (await someone.client.from('lesson_reflections').upsert({ user_id: someone.id, lesson_id: lesson, reflection: text(length) }))
          .error,
      );
    expect([await write(limits.lessonReflection), await write(limits.lessonReflection + 1)]).toEqual([true, false]);
  });
});
