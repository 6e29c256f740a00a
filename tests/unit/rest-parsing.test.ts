import { describe, expect, it } from 'vitest';
import { parseSelect } from '../../supabase/local/api/rest/parse-select.ts';
import { Params, condition, logicTree, orderClause, whereClause } from '../../supabase/local/api/rest/parse-filters.ts';

describe('parseSelect', () => {
  it('reads columns, aliases, casts and embedded resources', () => {
    expect(parseSelect('id, name:full_name, created_at::text, ward:wards!inner(name)')).toEqual([
      { kind: 'column', name: 'id', alias: undefined, cast: undefined },
      { kind: 'column', name: 'full_name', alias: 'name', cast: undefined },
      { kind: 'column', name: 'created_at', alias: undefined, cast: '::"text"' },
      { kind: 'embed', relation: 'wards', alias: 'ward', inner: true, hint: undefined, columns: [{ kind: 'column', name: 'name', alias: undefined, cast: undefined }] },
    ]);
  });

  it('treats an empty select as *', () => {
    expect(parseSelect(null)).toEqual([{ kind: 'star' }]);
  });

  it('rejects unbalanced parentheses, nested embeds and casts that are not type names', () => {
    expect(() => parseSelect('wards(name')).toThrow('failed to parse select');
    expect(() => parseSelect('a(b(c))')).toThrow(expect.objectContaining({ body: expect.objectContaining({ details: 'only one level of embedding is supported' }) }));
    expect(() => parseSelect('id::text; drop table x')).toThrow('failed to parse select');
  });
});

describe('filters', () => {
  it('turns operators into SQL with every value a parameter', () => {
    const params = new Params();
    expect(condition('t', 'name', 'ilike.*smith*', params)).toBe('"t"."name" ilike $1');
    expect(condition('t', 'id', 'in.(1,2,"3,4")', params)).toBe('"t"."id" = any($2)');
    expect(condition('t', 'trust', 'not.is.null', params)).toBe('not ("t"."trust" is null)');
    expect(params.values).toEqual(['%smith%', ['1', '2', '3,4']]);
  });

  it('quotes identifiers, so SQL in a column name stays a name', () => {
    const params = new Params();
    expect(condition('t', 'a" or 1=1 --', 'eq.x', params)).toBe('"t"."a"" or 1=1 --" = $1');
  });

  it('builds nested or/and trees', () => {
    const params = new Params();
    expect(logicTree('t', 'or', '(a.eq.1,and(b.gt.2,c.lt.3))', params)).toBe('("t"."a" = $1 or ("t"."b" > $2 and "t"."c" < $3))');
  });

  it('ignores reserved parameters and refuses unknown operators', () => {
    const params = new Params();
    expect(whereClause('t', new URLSearchParams('select=a&order=a&limit=1&a=eq.1'), params)).toBe('where "t"."a" = $1');
    expect(() => whereClause('t', new URLSearchParams('a=near.1'), params)).toThrow('failed to parse filter');
    expect(() => whereClause('t', new URLSearchParams('a=eq'), params)).toThrow('failed to parse filter');
  });

  it('orders with direction and nulls placement, refusing anything else', () => {
    expect(orderClause('t', 'a.desc.nullslast,b')).toBe('order by "t"."a" desc nulls last, "t"."b"');
    expect(() => orderClause('t', 'a.sideways')).toThrow('failed to parse order');
  });
});
