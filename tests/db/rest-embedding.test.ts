// Embedded resources through foreign keys, on two fixture tables made for this test only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceClient, sql } from './clients.ts';

async function reloadSchema() {
  await sql(`notify pgrst, 'reload schema'`);
  for (let i = 0; i < 50; i++) {
    if (!(await serviceClient().from('contract_wards').select('id')).error) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  await sql(`
    create table public.contract_wards (id int primary key, name text not null);
    create table public.contract_patients (id int primary key, ward_id int references public.contract_wards (id), initials text);
    insert into public.contract_wards values (1, 'Cardiology'), (2, 'Renal'), (3, 'Empty ward');
    insert into public.contract_patients values (10, 1, 'AB'), (11, 1, 'CD'), (12, 2, 'EF'), (13, null, 'GH');
    grant select on public.contract_wards, public.contract_patients to service_role;`);
  await reloadSchema();
});

afterAll(async () => {
  await sql('drop table public.contract_patients; drop table public.contract_wards;');
  await sql(`notify pgrst, 'reload schema'`);
});

describe('embedding', () => {
  it('embeds a to-one resource as an object (or null)', async () => {
    const { data, error } = await serviceClient().from('contract_patients').select('initials, ward:contract_wards(name)').order('id');
    expect(error).toBeNull();
    expect(data).toEqual([
      { initials: 'AB', ward: { name: 'Cardiology' } },
      { initials: 'CD', ward: { name: 'Cardiology' } },
      { initials: 'EF', ward: { name: 'Renal' } },
      { initials: 'GH', ward: null },
    ]);
  });

  it('embeds a to-many resource as an array', async () => {
    const { data } = await serviceClient().from('contract_wards').select('name, contract_patients(initials)').order('id');
    expect(data).toEqual([
      { name: 'Cardiology', contract_patients: [{ initials: 'AB' }, { initials: 'CD' }] },
      { name: 'Renal', contract_patients: [{ initials: 'EF' }] },
      { name: 'Empty ward', contract_patients: [] },
    ]);
  });

  it('!inner keeps only rows that have an embedded row', async () => {
    const { data } = await serviceClient().from('contract_wards').select('name, contract_patients!inner(initials)').order('id');
    expect(data?.map((w) => w.name)).toEqual(['Cardiology', 'Renal']);
  });

  it('embeds nested resources, each at its own cardinality', async () => {
    const { data, error } = await serviceClient()
      .from('contract_wards')
      .select('name, contract_patients(initials, contract_wards(name))')
      .eq('id', 2);
    expect(error).toBeNull();
    expect(data).toEqual([{ name: 'Renal', contract_patients: [{ initials: 'EF', contract_wards: { name: 'Renal' } }] }]);
  });
});
