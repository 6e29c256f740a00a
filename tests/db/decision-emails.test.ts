// Decision e-mails: each network decision and each moderation decision queues one e-mail with the reason given,
// in the same transaction as the decision; nobody signed in can read or write the queue.
import { describe, expect, test } from 'vitest';
import { decisionEmail } from '#lib/notifications/decision-email.ts';
import { sql } from './clients.ts';
import { person } from './learning.ts';

const queued = (userId: string) =>
  sql('select kind, reason, resource_id from private.notifications where user_id = $1 order by id', [userId]);

describe('pharmacy network decisions', () => {
  test('a decline queues the reason; approving the second application queues a welcome', async () => {
    const applicant = await person('pharmacist');
    const admin = await person('admin', ['admin']);
    const apply = () =>
      applicant.client.rpc('join_network', { trust: 'South London and Maudsley', job_role: 'Ward pharmacist', gphc_number: '2012345' });
    await apply();
    expect(await queued(applicant.id)).toEqual([]);

    await admin.client.rpc('decide_membership', {
      member: applicant.id,
      approve: false,
      reason: 'Your GPhC number is not on the register.',
    });
    await apply();
    await admin.client.rpc('decide_membership', { member: applicant.id, approve: true });
    expect(await queued(applicant.id)).toEqual([
      { kind: 'network_declined', reason: 'Your GPhC number is not on the register.', resource_id: null },
      { kind: 'network_approved', reason: null, resource_id: null },
    ]);
  });

  test('a refused decision queues nothing', async () => {
    const applicant = await person('pharmacist');
    await applicant.client.rpc('join_network', { trust: 'South London and Maudsley', job_role: 'Ward pharmacist', gphc_number: '2012345' });
    const { error } = await (
      await person('admin', ['admin'])
    ).client.rpc('decide_membership', { member: applicant.id, approve: false, reason: '' });
    expect(error?.hint).toBe('invalid');
    expect(await queued(applicant.id)).toEqual([]);
  });
});

describe('moderation decisions', () => {
  test('rejection and approval each reach the champion once; re-approving after a report sends nothing', async () => {
    const champion = await person('champion', ['champion']);
    const educator = await person('educator', ['educator']);
    const { data: shared } = await champion.client
      .from('resources')
      .insert({
        title: 'Sleep hygiene leaflet for inpatients',
        url: 'https://example.nhs.uk/sleep',
        summary: 'A leaflet about sleep on the ward, in plain English.',
        audience: 'Everyone',
        trust: 'All trusts',
      })
      .select()
      .single();
    const id = shared.id as string;

    await educator.client.rpc('moderate_resource', { resource: id, approve: false, reason: 'The link asks for an NHS login.' });
    await champion.client.from('resources').update({ url: 'https://example.nhs.uk/sleep-public' }).eq('id', id);
    await educator.client.rpc('moderate_resource', { resource: id, approve: true });
    await (await person()).client.rpc('report_resource', { resource: id, reason: 'The leaflet is from 2015.' });
    await educator.client.rpc('moderate_resource', { resource: id, approve: true });

    expect(await queued(champion.id)).toEqual([
      { kind: 'resource_rejected', reason: 'The link asks for an NHS login.', resource_id: id },
      { kind: 'resource_approved', reason: null, resource_id: id },
    ]);
  });
});

test('no API role can read or write the queue', async () => {
  for (const role of ['anon', 'authenticated', 'service_role']) {
    expect(
      await sql(`select has_table_privilege($1, 'private.notifications', 'select, insert, update, delete') as allowed`, [role]),
    ).toEqual([{ allowed: false }]);
  }
});

describe('the e-mails', () => {
  const base = { name: 'Sam Patel', reason: null, resourceId: null, resourceTitle: null, siteUrl: 'https://learning.example' };

  test('a decline quotes the reason and says how to apply again', () => {
    const email = decisionEmail({ ...base, kind: 'network_declined', reason: 'Your GPhC number is not on the register.' });
    expect(email.subject).toBe('Your application to the pharmacy network');
    expect(email.body).toContain('Dear Sam Patel,');
    expect(email.body).toContain('\n  Your GPhC number is not on the register.\n');
    expect(email.body).toContain('you can apply again: https://learning.example/pharmacy-network');
  });

  test('a rejected resource links to its edit page', () => {
    const email = decisionEmail({
      ...base,
      kind: 'resource_rejected',
      reason: 'Broken link.',
      resourceId: 'abc',
      resourceTitle: 'Sleep leaflet',
    });
    expect(email.body).toContain('“Sleep leaflet”');
    expect(email.body).toContain('https://learning.example/champions/resources/abc/edit');
    expect(email.attachments).toEqual([]);
  });
});
