// What changed between two versions of a guideline: blocks aligned, words diffed, Markdown stripped, and only the
// section headings needed for context kept.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEntryText } from '#lib/content/parse-entry.ts';
import { compareVersions, previousVersion, versionDiff, type DiffBlock } from '#lib/guidelines/version-diff.ts';

const bodyOf = (path: string) =>
  parseEntryText(readFileSync(fileURLToPath(new URL(`../../content/${path}`, import.meta.url)), 'utf8'), '.mdx').body;

/** A block as one line: `+` added, `-` removed, `=` unchanged heading, `~` changed with [-old-]{+new+} marks. */
const show = (b: DiffBlock) =>
  `${{ added: '+', removed: '-', 'unchanged-heading': '=', changed: '~' }[b.kind]} ${b.type} | ` +
  b.parts.map((p) => (p.change === 'added' ? `{+${p.text}+}` : p.change === 'removed' ? `[-${p.text}-]` : p.text)).join('');

const page = (...lines: string[]) => lines.join('\n');

describe('versionDiff on small bodies', () => {
  it('marks a changed word, with its section heading for context, and strips Markdown', () => {
    const before = page(
      'Intro.',
      '',
      '## Dosing',
      '',
      'Give **10 mg** daily with [food](https://example.org).',
      '',
      '## Advice',
      '',
      'Call us.',
    );
    const after = before.replace('10 mg', '20 mg');
    expect(versionDiff(before, after).map(show)).toEqual(['= heading | Dosing', '~ paragraph | Give [-10-]{+20+} mg daily with food.']);
  });

  it('shows an added list item as added, leaving out the items that did not change', () => {
    const before = page('## Interactions', '', '- NSAIDs', '- ACE inhibitors', '', '## Advice', '', '- Call us.');
    const after = before.replace('- ACE inhibitors', '- ACE inhibitors\n- SGLT2 inhibitors, which *lower* levels');
    expect(versionDiff(before, after)).toEqual([
      { kind: 'unchanged-heading', type: 'heading', heading: 'Interactions', parts: [{ text: 'Interactions', change: 'same' }] },
      { kind: 'added', type: 'item', heading: 'Interactions', parts: [{ text: 'SGLT2 inhibitors, which lower levels', change: 'added' }] },
    ]);
  });

  it('shows a removed table row as removed, naming each cell by its column', () => {
    const before = page(
      '## Monitoring',
      '',
      '| Test | Baseline | Ongoing |',
      '| --- | --- | --- |',
      '| ECG | If indicated | As needed |',
      '| FBC | Before starting | Annually |',
    );
    const after = before.replace('\n| FBC | Before starting | Annually |', '');
    expect(versionDiff(before, after).map(show)).toEqual([
      '= heading | Monitoring',
      '- row | [-FBC; Baseline: Before starting; Ongoing: Annually-]',
    ]);
  });

  it('shows a rewritten block as removed then added, and a new section under its own heading', () => {
    const before = page('## Advice', '', 'Phone the duty doctor.');
    const after = page('## Advice', '', 'Email the pharmacy team within a week.', '', '## Sick days', '', '- Withhold it.');
    expect(versionDiff(before, after).map(show)).toEqual([
      '= heading | Advice',
      '- paragraph | [-Phone the duty doctor.-]',
      '+ paragraph | {+Email the pharmacy team within a week.+}',
      '+ heading | {+Sick days+}',
      '+ item | {+Withhold it.+}',
    ]);
  });

  it('finds nothing when only the Markdown syntax changed', () => {
    expect(versionDiff('## A\n\n- **Bold** text', '## A\n\n* Bold text')).toEqual([]);
  });
});

describe('versionDiff on lithium monitoring 2.1 to 2.2', () => {
  const blocks = versionDiff(bodyOf('guideline-versions/lithium-monitoring/2.1.mdx'), bodyOf('guidelines/lithium-monitoring.mdx'));

  it('lists what the changeLog says changed, under the right headings', () => {
    expect(blocks.map((b) => show(b).slice(0, 80))).toEqual([
      '= heading | Baseline and ongoing monitoring',
      '~ row | Serum lithium level; Baseline: Not applicable; Ongoing: 1 week after sta',
      '~ row | Calcium (adjusted); Baseline: Before starting; Ongoing: [-Annually-]{+Ev',
      '+ paragraph | {+Continue 3-monthly levels after the first year for people who:+}',
      '+ item | {+are older (65 years and over);+}',
      '+ item | {+take interacting drugs (NSAIDs, ACE inhibitors, angiotensin-II recept',
      '+ item | {+are at risk of impaired renal or thyroid function, or have raised cal',
      '+ item | {+have poor symptom control or poor adherence;+}',
      '+ item | {+had a last level of 0.8 mmol/L or more.+}',
      '+ heading | {+Sick-day guidance+}',
      '+ item | {+If the person has vomiting, diarrhoea, fever or cannot keep fluids do',
      '+ item | {+Encourage regular fluid intake in hot weather and during exercise, an',
      '+ item | {+On acute hospital admission with dehydration, sepsis, acute kidney in',
      '= heading | Counselling points',
      '- item | [-Drink enough fluids, particularly in hot weather, and avoid crash die',
    ]);
  });

  it('marks only the words that changed in the serum lithium row', () => {
    expect(blocks[1]!.parts.filter((p) => p.change !== 'same')).toEqual([
      { text: 'for people at higher risk, such as older people and those taking interacting drugs', change: 'removed' },
      { text: 'in the groups below', change: 'added' },
    ]);
    expect(show(blocks[2]!)).toBe('~ row | Calcium (adjusted); Baseline: Before starting; Ongoing: [-Annually-]{+Every 6 months+}');
    expect(blocks[9]!.heading).toBe('Sick-day guidance');
    expect(blocks[14]!.heading).toBe('Counselling points');
  });
});

describe('previousVersion', () => {
  const versions = ['2.0', '2.10', '2.9', '3.1']
    .map((version) => ({ data: { guideline: 'lithium', version } }))
    .concat({ data: { guideline: 'clozapine', version: '2.11' } });

  it('picks the highest version earlier than the current one, comparing numbers not text', () => {
    expect(previousVersion('lithium', '3.0', versions)?.data.version).toBe('2.10');
    expect(previousVersion('lithium', '2.10', versions)?.data.version).toBe('2.9');
    expect(previousVersion('lithium', '2.0', versions)).toBeNull();
    expect(previousVersion('valproate', '3.0', versions)).toBeNull();
  });

  it('orders versions by major then minor', () => {
    expect(['2.10', '10.0', '2.9', '2.1'].sort(compareVersions)).toEqual(['2.1', '2.9', '2.10', '10.0']);
  });
});
