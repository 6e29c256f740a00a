// The text pipeline shared by indexing, querying and highlighting: trim, fold UK/US spelling, add synonym concepts,
// drop stop words, stem. Both lunr functions of ours are registered, so a serialised index loads anywhere that
// imports this module.
import lunr from 'lunr';
import { foldSpelling } from './spelling.ts';
import { synonymGroups } from './synonyms.ts';

interface TokenMetadata {
  position?: [number, number];
  index?: number;
  /** Set on the concept tokens added for a synonym. */
  synonym?: boolean;
  [key: string]: unknown;
}

export const metadataOf = (token: lunr.Token) => (token as unknown as { metadata: TokenMetadata }).metadata;

/** Words split on whitespace and hyphens, as lunr does, lower-cased, with their place in the original text. */
export function tokenise(text: string): lunr.Token[] {
  const tokens: lunr.Token[] = [];
  for (const match of text.matchAll(/[^\s-]+/g)) {
    tokens.push(new lunr.Token(match[0].toLowerCase(), { position: [match.index, match[0].length], index: tokens.length }));
  }
  return tokens;
}

function register(fn: lunr.PipelineFunction, label: string) {
  const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
  if (registered[label] !== fn) lunr.Pipeline.registerFunction(fn, label);
}

/** Folds UK/US spelling; stop words are left as they are, for the stop word filter to find. */
export const foldToken: lunr.PipelineFunction = (token) =>
  lunr.stopWordFilter(token) ? token.update((word) => foldSpelling(word)) : token;
register(foldToken, 'mbFoldSpelling');

const preparePhrase = new lunr.Pipeline();
preparePhrase.add(lunr.trimmer, foldToken);

interface Phrase {
  words: string[];
  tag: string;
}

/** Phrases of every synonym group, found by their first word. */
const phrasesByFirstWord = new Map<string, Phrase[]>();
for (const [concept, members] of Object.entries(synonymGroups)) {
  for (const member of members) {
    const words = preparePhrase.run(tokenise(member)).map(String);
    if (words.length === 0) continue;
    const list = phrasesByFirstWord.get(words[0]!) ?? [];
    list.push({ words, tag: `~${concept.toLowerCase()}` });
    phrasesByFirstWord.set(words[0]!, list);
  }
}

const wordMatches = (token: string | undefined, word: string, last: boolean) =>
  token === word || (last && (token === `${word}s` || token === `${word}es`));

/** Adds a concept token after any word or phrase in a synonym group; it spans the phrase, for highlighting. */
export const expandSynonyms: lunr.PipelineFunction = (token, i, tokens) => {
  const word = token.toString();
  const keys = new Set([word, word.replace(/e?s$/, ''), word.replace(/s$/, '')]);
  const tags = new Map<string, lunr.Token>();
  for (const key of keys) {
    for (const phrase of phrasesByFirstWord.get(key) ?? []) {
      const n = phrase.words.length;
      if (tags.has(phrase.tag) || i + n > tokens.length) continue;
      if (!phrase.words.every((w, k) => wordMatches(tokens[i + k]!.toString(), w, k === n - 1))) continue;
      const first = metadataOf(token);
      const lastPosition = metadataOf(tokens[i + n - 1]!).position;
      const position: [number, number] | undefined =
        first.position && lastPosition ? [first.position[0], lastPosition[0] + lastPosition[1] - first.position[0]] : undefined;
      tags.set(phrase.tag, new lunr.Token(phrase.tag, { ...first, position, synonym: true }));
    }
  }
  return tags.size === 0 ? token : [token, ...tags.values()];
};

register(expandSynonyms, 'mbSynonyms');

/** Synonyms are found before stop words go, so "sodium is low" is not "low sodium". */
export const analysisSteps: lunr.PipelineFunction[] = [lunr.trimmer, foldToken, expandSynonyms, lunr.stopWordFilter, lunr.stemmer];

const analysis = new lunr.Pipeline();
analysis.add(...analysisSteps);

/** The index terms of a text, each with its place in the text (concept tokens span their phrase). */
export function analyse(text: string): lunr.Token[] {
  return analysis.run(tokenise(text));
}

/** Uses our pipeline for both indexing and searching. */
export function usePipeline(builder: lunr.Builder): void {
  builder.pipeline.reset();
  builder.pipeline.add(...analysisSteps);
  builder.searchPipeline.reset();
  builder.searchPipeline.add(...analysisSteps);
}
