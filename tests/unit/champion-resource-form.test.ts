import { describe, expect, it } from 'vitest';
import { checkLink, parseTags, resourceForm, typedResource } from '#lib/champions/resource-form.ts';
import { readForm } from '#lib/forms.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

/** The form read as the pages read it: the values to save, or a message per field. */
const checkResource = (data: FormData) => {
  const result = readForm(resourceForm, data);
  return result.ok ? { errors: [], values: result.data } : { errors: result.errors, values: typedResource(data) };
};

const valid = {
  title: 'Sleep and shift work',
  summary: 'A short NHS guide to sleeping well around night shifts.',
  url: 'https://www.nhs.uk/live-well/sleep-and-tiredness/',
  note: '',
  tags: 'Sleep, shift work',
  audience: 'Nurses',
  trust: "King's College Hospital",
};

describe('checkResource accepts', () => {
  it('a complete resource, tidied as the database stores it', () => {
    expect(checkResource(form({ ...valid, title: '  Sleep   and shift work ', note: '  ' }))).toEqual({
      errors: [],
      values: {
        title: 'Sleep and shift work',
        url: 'https://www.nhs.uk/live-well/sleep-and-tiredness/',
        note: null,
        summary: valid.summary,
        tags: ['sleep', 'shift work'],
        audience: 'Nurses',
        trust: "King's College Hospital",
      },
    });
  });

  it('a note without a link, with Windows line endings made plain', () => {
    const { errors, values } = checkResource(form({ ...valid, url: '', note: 'Line one\r\nLine two' }));
    expect(errors).toEqual([]);
    expect(values.url).toBeNull();
    expect(values.note).toBe('Line one\nLine two');
  });

  it('no tags, and lengths at the limits (counted in characters, as Postgres does)', () => {
    const { errors, values } = checkResource(
      form({ ...valid, tags: '', title: '😀'.repeat(120), summary: 'é'.repeat(500), note: 'n'.repeat(2000) }),
    );
    expect(errors).toEqual([]);
    expect(values.tags).toEqual([]);
  });
});

describe('checkResource refuses', () => {
  it('an empty form, field by field in the order the form asks', () => {
    expect(checkResource(form({})).errors).toEqual([
      { field: 'title', message: 'Enter a title' },
      { field: 'summary', message: 'Enter a summary' },
      { field: 'url', message: 'Add a link or a short note' },
      { field: 'audience', message: 'Choose who the resource is for' },
      { field: 'trust', message: 'Choose which trust the resource is for' },
    ]);
  });

  it('titles and summaries that are too short or too long', () => {
    const errors = (fields: Record<string, string>) => checkResource(form({ ...valid, ...fields })).errors.map((e) => e.message);
    expect(errors({ title: 'ab' })).toEqual(['Title must be 3 characters or more']);
    expect(errors({ title: 'x'.repeat(121) })).toEqual(['Title must be 120 characters or fewer']);
    expect(errors({ summary: 'Too short' })).toEqual(['Summary must be 10 characters or more']);
    expect(errors({ summary: 'x'.repeat(501) })).toEqual(['Summary must be 500 characters or fewer']);
    expect(errors({ note: 'x'.repeat(2001) })).toEqual(['Note must be 2,000 characters or fewer']);
  });

  it('links that are not http(s), keeping what was typed so it can be corrected', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/file',
    ]) {
      const { errors, values } = checkResource(form({ ...valid, url }));
      expect(errors).toEqual([
        { field: 'url', message: 'Enter a link that starts with https:// or http://, like https://www.nhs.uk/mental-health/' },
      ]);
      expect(values.url).toBe(url);
    }
  });

  it('links that are not full web addresses', () => {
    expect(checkLink('www.nhs.uk/mental-health')).toEqual({
      message: 'Enter a full link that starts with https://, like https://www.nhs.uk/mental-health/',
    });
    expect(checkLink('https://localhost/')).toEqual({ message: 'Enter a link to a website, like https://www.nhs.uk/mental-health/' });
    expect(checkLink('https://nurse:secret@www.nhs.uk/')).toEqual({ message: 'Remove the user name or password from the link' });
    expect(checkLink(`https://www.nhs.uk/${'a'.repeat(2000)}`)).toEqual({ message: 'Link must be 2,000 characters or fewer' });
  });

  it('too many tags, or tags too short or long', () => {
    const tags = (t: string) => checkResource(form({ ...valid, tags: t })).errors;
    expect(tags('a1, b2, c3, d4, e5, f6, g7, h8, i9')).toEqual([{ field: 'tags', message: 'Enter 8 tags or fewer (you entered 9)' }]);
    expect(tags('sleep, x')).toEqual([{ field: 'tags', message: 'Each tag must be 2 to 30 characters long: change “x”' }]);
    expect(tags(`sleep, ${'y'.repeat(31)}`)[0]?.field).toBe('tags');
  });

  it('a NUL character, which the database cannot store', () => {
    expect(checkResource(form({ ...valid, title: 'Sleep\u0000 and shift work' })).errors).toEqual([
      { field: 'title', message: 'Remove the hidden NUL character from the title' },
    ]);
    expect(checkResource(form({ ...valid, note: 'A tip\u0000' })).errors).toEqual([
      { field: 'note', message: 'Remove the hidden NUL character from the note' },
    ]);
  });

  it('an audience or trust not on the list', () => {
    expect(checkResource(form({ ...valid, audience: 'Managers', trust: 'Barts Health' })).errors.map((e) => e.field)).toEqual([
      'audience',
      'trust',
    ]);
  });
});

describe('links and tags', () => {
  it('normalises a link the way the browser follows it, encoding what could break out of an attribute', () => {
    expect(checkLink('HTTPS://WWW.NHS.UK')).toEqual({ url: 'https://www.nhs.uk/' });
    expect(checkLink('https://example.org/"><script>alert(1)</script>')).toEqual({
      url: 'https://example.org/%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
    });
    expect(checkLink('http://www.nice.org.uk/guidance/ng222')).toEqual({ url: 'http://www.nice.org.uk/guidance/ng222' });
  });

  it('tags are trimmed, lower-cased, de-duplicated, with empty ones and a leading # dropped', () => {
    expect(parseTags(' Sleep ,sleep, ,#Shift   Work,, SLEEP ')).toEqual(['sleep', 'shift work']);
    expect(parseTags('')).toEqual([]);
  });

  it('duplicates do not count towards the limit of 8', () => {
    expect(checkResource(form({ ...valid, tags: 'aa, bb, cc, dd, ee, ff, gg, hh, AA, Bb' })).errors).toEqual([]);
  });
});
