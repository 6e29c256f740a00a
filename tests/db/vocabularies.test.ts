// The lists the forms offer are exactly what the database accepts: src/lib/vocabularies.ts reads them from the generated
// types (the enums public.nhs_trust, public.resource_audience, public.registration_body and public.cpd_kind), and every
// form and schema imports its list from there.
import { describe, expect, test } from 'vitest';
import { person } from './learning.ts';
import { audiences, cpdKinds, registrationBodies, resourceTrusts, trusts } from '#lib/vocabularies.ts';

const resource = (extra: object) => ({
  title: 'Sleep and shift work',
  url: 'https://example.nhs.uk/sleep',
  summary: 'A short guide to sleeping well between night shifts.',
  audience: 'Everyone',
  trust: 'All trusts',
  ...extra,
});

describe('trusts, audiences, registration bodies and kinds of CPD', () => {
  test('a pharmacist or a would-be champion can apply from each trust the form offers, and from no other', async () => {
    for (const trust of [...trusts, 'Somewhere else']) {
      const who = await person();
      const joined = await who.client.rpc('join_network', { trust, job_role: 'Ward pharmacist', gphc_number: '2012345' });
      const applied = await who.client.rpc('apply_to_be_champion', {
        trust,
        job_role: 'Staff nurse',
        motivation: 'I would share our ward guides.',
      });
      const offered = (trusts as readonly string[]).includes(trust);
      expect([joined.error?.message ?? null, applied.error?.message ?? null], trust).toEqual(
        offered ? [null, null] : ['Choose the trust you work for.', 'Choose the trust you work for.'],
      );
    }
  });

  test('a champion can share for each audience and trust the form offers, and for no other', async () => {
    const champion = await person('champion', ['champion']);
    for (const audience of audiences)
      expect((await champion.client.from('resources').insert(resource({ audience }))).error, audience).toBeNull();
    const another = await person('champion', ['champion']);
    for (const trust of resourceTrusts)
      expect((await another.client.from('resources').insert(resource({ trust }))).error, trust).toBeNull();
    expect((await another.client.from('resources').insert(resource({ audience: 'Everybody' }))).error?.code).toBe('23514');
    expect((await another.client.from('resources').insert(resource({ trust: 'Somewhere else' }))).error?.code).toBe('23514');
  });

  test('a profile may name each registration body the form offers, and no other', async () => {
    const someone = await person();
    for (const body of [...registrationBodies, 'RCN']) {
      const { error } = await someone.client.from('profiles').update({ registration_body: body }).eq('id', someone.id);
      expect(error?.code ?? null, body).toBe((registrationBodies as readonly string[]).includes(body) ? null : '23514');
    }
  });

  test('CPD done elsewhere may be of each kind the form offers, and no other', async () => {
    const someone = await person();
    for (const kind of [...cpdKinds, 'Reading']) {
      const { error } = await someone.client.rpc('add_external_cpd', {
        activity: 'Study day',
        activity_date: '2026-01-05',
        hours: 2,
        kind,
      });
      expect(error?.message ?? null, kind).toBe(
        (cpdKinds as readonly string[]).includes(kind) ? null : 'Choose whether the activity was participatory or self-directed.',
      );
    }
  });
});
