import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readForm } from '#lib/forms.ts';

const schema = z.object({
  title: z.string().trim().min(1, 'Enter a title').max(10, 'Title must be 10 characters or fewer'),
  tags: z.union([z.string(), z.array(z.string())]).transform((t) => [t].flat()),
  agree: z.literal('yes', 'Confirm that you agree'),
});

function form(entries: [string, string | Blob][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('readForm', () => {
  it('gives the checked values of a good form', () => {
    expect(
      readForm(
        schema,
        form([
          ['title', ' Lithium '],
          ['tags', 'a'],
          ['tags', 'b'],
          ['agree', 'yes'],
        ]),
      ),
    ).toEqual({
      ok: true,
      data: { title: 'Lithium', tags: ['a', 'b'], agree: 'yes' },
    });
  });

  it('gives one message per field, linked to the field, in the order of the schema', () => {
    const result = readForm(
      schema,
      form([
        ['title', '   '],
        ['tags', 'a'],
      ]),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'title', message: 'Enter a title' },
        { field: 'agree', message: 'Confirm that you agree' },
      ],
    });
  });

  it('treats a file posted in place of text as a missing value', () => {
    const result = readForm(
      schema,
      form([
        ['title', new Blob(['x'])],
        ['tags', 'a'],
        ['agree', 'yes'],
      ]),
    );
    expect(result).toEqual({ ok: false, errors: [{ field: 'title', message: 'Enter a title' }] });
  });
});
