import { describe, expect, it } from 'vitest';
import { parseSelect } from '#local/api/rest/parse-select.ts';
import { Params, filterSql, maxLogicDepth, parseCondition, parseLogic, parseOrder } from '#local/api/rest/parse-filters.ts';
import { readQuery } from '#local/api/rest/request-query.ts';

const col = (name: string, extra: object = {}) => ({
  kind: 'column',
  field: { name, json: [] },
  alias: undefined,
  cast: undefined,
  ...extra,
});

describe('parseSelect', () => {
  it('reads columns, aliases, casts, JSON paths and nested embedded resources', () => {
    expect(parseSelect('id, name:full_name, created_at::text, data->a->>b, ward:wards!inner(name, beds(id))')).toEqual([
      col('id'),
      col('full_name', { alias: 'name' }),
      col('created_at', { cast: '::"text"' }),
      {
        kind: 'column',
        field: {
          name: 'data',
          json: [
            { arrow: '->', key: 'a' },
            { arrow: '->>', key: 'b' },
          ],
        },
        alias: undefined,
        cast: undefined,
      },
      {
        kind: 'embed',
        relation: 'wards',
        alias: 'ward',
        hint: undefined,
        join: 'inner',
        spread: false,
        children: [
          col('name'),
          { kind: 'embed', relation: 'beds', alias: undefined, hint: undefined, join: 'left', spread: false, children: [col('id')] },
        ],
      },
    ]);
  });

  it('reads spreads and hints', () => {
    expect(parseSelect('...wards!wards_fk(name)')).toEqual([
      { kind: 'embed', relation: 'wards', alias: undefined, hint: 'wards_fk', join: 'left', spread: true, children: [col('name')] },
    ]);
  });

  it('treats an empty select as *', () => {
    expect(parseSelect(null)).toEqual([{ kind: 'star' }]);
  });

  it('reads aggregates, which the query builder refuses unless enabled', () => {
    expect(parseSelect('status, total:count(), id.max()::text')).toEqual([
      col('status'),
      { kind: 'aggregate', fn: 'count', alias: 'total', cast: undefined },
      { kind: 'aggregate', fn: 'max', field: { name: 'id', json: [] }, alias: undefined, cast: '::"text"' },
    ]);
  });

  it('rejects unbalanced parentheses, unknown functions and casts that are not type names', () => {
    expect(() => parseSelect('wards(name')).toThrow('failed to parse select');
    expect(() => parseSelect('id::text; drop table x')).toThrow('failed to parse select');
    expect(() => parseSelect('id.drop()')).toThrow('failed to parse select');
    expect(() => parseSelect(`${'a('.repeat(40)}${')'.repeat(40)}`)).toThrow('failed to parse select');
  });
});

describe('filters', () => {
  it('turns operators into SQL with every value an escaped literal', () => {
    const params = new Params();
    expect(filterSql('t', parseCondition('name', 'ilike.*smith*'), params)).toBe(`"t"."name" ilike '%smith%'`);
    expect(filterSql('t', parseCondition('id', 'in.(1,2,"3,4")'), params)).toBe(`"t"."id" = any('{"1","2","3,4"}')`);
    expect(filterSql('t', parseCondition('trust', 'not.is.null'), params)).toBe('not ("t"."trust" is null)');
    expect(filterSql('t', parseCondition('doc', 'fts(english).cat'), params)).toBe(`"t"."doc" @@ to_tsquery('english'::regconfig, 'cat')`);
    expect(filterSql('t', parseCondition('name', 'like(any).{a*,b*}'), params)).toBe(`"t"."name" like any('{"a%","b%"}')`);
    expect(filterSql('t', parseCondition('data->>a', 'eq.1'), params)).toBe(`"t"."data"->>'a' = '1'`);
  });

  it('quotes identifiers and values, so SQL in a name or a value stays data', () => {
    const params = new Params();
    expect(filterSql('t', parseCondition('a" or 1=1 --', 'eq.x'), params)).toBe(`"t"."a"" or 1=1 --" = 'x'`);
    expect(filterSql('t', parseCondition("data->a' or '1", 'eq.x'), params)).toBe(`"t"."data"->'a'' or ''1' = 'x'`);
    expect(filterSql('t', parseCondition('a', "eq.x' or '1'='1"), params)).toBe(`"t"."a" = 'x'' or ''1''=''1'`);
    expect(filterSql('t', parseCondition('a', String.raw`in.("x\",y")`), params)).toBe(String.raw`"t"."a" = any( E'{"x\\",y"}')`);
  });

  it('builds nested or/and trees, and refuses trees nested too deeply', () => {
    const params = new Params();
    expect(filterSql('t', parseLogic('or', false, '(a.eq.1,and(b.gt.2,c.lt.3))'), params)).toBe(
      `("t"."a" = '1' or ("t"."b" > '2' and "t"."c" < '3'))`,
    );
    const deep = `(${'or('.repeat(maxLogicDepth + 1)}a.eq.1${')'.repeat(maxLogicDepth + 1)})`;
    expect(() => parseLogic('or', false, deep)).toThrow('failed to parse logic tree');
  });

  it('reads filters, order and limits for embedded resources by path, and refuses unknown operators', () => {
    const q = readQuery(new URLSearchParams('select=a,rel(b)&a=eq.1&rel.b=gt.2&rel.order=b.desc&rel.limit=3'));
    expect(q.levels.get('rel')).toMatchObject({
      filters: [{ op: 'gt', field: { name: 'b' } }],
      order: [{ field: { name: 'b' }, direction: 'desc' }],
      limit: 3,
    });
    expect(() => readQuery(new URLSearchParams('a=near.1'))).toThrow('failed to parse filter');
    expect(() => readQuery(new URLSearchParams('a=eq'))).toThrow('failed to parse filter');
  });

  it('orders with direction and nulls placement, refusing anything else', () => {
    expect(parseOrder('a.desc.nullslast,b,rel(c).asc')).toEqual([
      { field: { name: 'a', json: [] }, direction: 'desc', nulls: 'last' },
      { field: { name: 'b', json: [] } },
      { relation: 'rel', field: { name: 'c', json: [] }, direction: 'asc' },
    ]);
    expect(() => parseOrder('a.sideways')).toThrow('failed to parse order');
  });
});
