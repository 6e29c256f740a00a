import { describe, expect, it } from 'vitest';
import lunr from 'lunr';
import { foldSpelling } from '#lib/search/spelling.ts';
import { analyse, metadataOf } from '#lib/search/pipeline.ts';
import { synonymGroups } from '#lib/search/synonyms.ts';

const terms = (text: string) => analyse(text).map(String);

describe('UK and US spelling', () => {
  it.each([
    ['haemoglobin', 'hemoglobin'],
    ['oesophagus', 'esophagus'],
    ['anaemia', 'anemia'],
    ['paediatric', 'pediatric'],
    ['hyperprolactinaemia', 'hyperprolactinemia'],
    ['hyponatraemia', 'hyponatremia'],
    ['oedema', 'edema'],
    ['diarrhoea', 'diarrhea'],
    ['behaviour', 'behavior'],
    ['behavioural', 'behavioral'],
    ['tranquillisation', 'tranquilization'],
    ['tranquilliser', 'tranquilizer'],
    ['stabilise', 'stabilize'],
    ['counselling', 'counseling'],
    ['oestrogen', 'estrogen'],
    ['anaesthetic', 'anesthetic'],
    ['centre', 'center'],
    ['litre', 'liter'],
    ['programme', 'program'],
    ['leucocyte', 'leukocyte'],
    ['ischaemia', 'ischemia'],
    ['analyse', 'analyze'],
    ['tumour', 'tumor'],
    ['coeliac', 'celiac'],
    ['sulphate', 'sulfate'],
  ])('%s and %s fold together', (uk, us) => {
    expect(foldSpelling(uk)).toBe(foldSpelling(us));
    expect(terms(uk)).toEqual(terms(us));
  });

  it('never folds a stop word into a word that is indexed', () => {
    for (const word of ['a', 'about', 'our', 'your', 'their', 'these', 'because', 'however', 'whom', 'which'])
      expect(terms(word)).toEqual([]);
  });

  it('leaves words without a variant alone', () => {
    for (const word of ['clozapine', 'sodium', 'disease', 'rise', 'four', 'other']) expect(foldSpelling(word)).toBe(word);
  });
});

describe('clinical synonyms', () => {
  const concept = (text: string) =>
    analyse(text)
      .filter((t) => metadataOf(t).synonym)
      .map(String);

  it.each([
    ['low sodium', 'hyponatraemia'],
    ['QT', 'QTc'],
    ['ECG', 'electrocardiogram'],
    ['blood sugar', 'HbA1c'],
    ['glucose', 'diabetes'],
    ['white cell count', 'neutropenia'],
    ['WCC', 'neutrophils'],
    ['ANC', 'absolute neutrophil count'],
    ['raised prolactin', 'hyperprolactinaemia'],
    ['high prolactin', 'hyperprolactinemia'],
    ['bowels', 'constipation'],
    ['ileus', 'constipation'],
    ['weight gain', 'obesity'],
    ['BMI', 'obese'],
    ['fits', 'seizures'],
    ['NMS', 'neuroleptic malignant syndrome'],
    ['lithium level', 'serum lithium'],
    ['kidney', 'eGFR'],
    ['renal', 'AKI'],
    ['smoking', 'cigarettes'],
    ['tobacco', 'vaping'],
    ['RT', 'rapid tranquillisation'],
    ['rapid tranquilization', 'RT'],
    ['paracetamol', 'acetaminophen'],
  ])('"%s" and "%s" share a concept', (a, b) => {
    const shared = concept(a).filter((c) => concept(b).includes(c));
    expect(shared.length, `${concept(a)} vs ${concept(b)}`).toBeGreaterThan(0);
  });

  it('adds the concept after the words, spanning the whole phrase, so highlighting can mark it', () => {
    const tokens = analyse('A low sodium result');
    expect(tokens.map(String)).toEqual(['low', '~hyponatraemia', 'sodium', 'result']);
    expect(metadataOf(tokens[1]!).position).toEqual([2, 10]);
  });

  it('does not find a phrase in words that are merely near each other', () => {
    expect(concept('white blood on the count')).toEqual([]);
    expect(concept('sodium is low')).toEqual([]);
    expect(concept('fit to drive')).toEqual([]);
  });

  it('every member of every group is a usable word or phrase, in one group only', () => {
    const seen = new Map<string, string>();
    for (const [group, members] of Object.entries(synonymGroups)) {
      for (const member of members) {
        const tag = lunr.stemmer(new lunr.Token(`~${group.toLowerCase()}`, {}));
        expect(concept(member), `${group}: ${member}`).toContain(tag.toString());
        expect(seen.get(member.toLowerCase()), `${member} is in ${seen.get(member.toLowerCase())} and ${group}`).toBeUndefined();
        seen.set(member.toLowerCase(), group);
      }
    }
  });
});
