import { BRAND_NAMES, DOMAIN_VOCABULARY } from './domain-vocabulary';
import { stemKazakh } from './stem-kazakh';
import { stemRussian } from './stem-russian';
import { normalizeText } from './normalize-text';
import { tokenSetOf, wordsWithinEdits } from './lunr-adapter';

/** Every stem a word may take, in either language. */
export function stemsOf(word: string): string[] {
  if (!/[а-я]/.test(word)) return [word];
  return [...new Set([stemRussian(word), stemKazakh(word), word])];
}

function wordsOf(entry: string): string[] {
  return normalizeText(entry).split(/\s+/).filter(Boolean);
}

const EXACT = '=';
/** An entry only read when said in full (see domain-vocabulary.ts), never searched for. */
const SAID_ONLY = '>';
const MIN_KEY_LENGTH = 2;

/** Stem (or `=word` for exact-form entries) → the words of the groups it belongs to (built once). */
const GROUP_BY_KEY = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of DOMAIN_VOCABULARY) {
    const words = group.filter((e) => !e.startsWith(SAID_ONLY)).flatMap((e) => wordsOf(e.replace(EXACT, '')));
    for (const entry of group) {
      const isExact = entry.startsWith(EXACT);
      const entryWords = wordsOf(entry.replace(EXACT, ''));
      if (entryWords.length !== 1) continue; // a phrase is searched for, not matched on
      // A one-letter stem ("ай" → а) would tie the group to an unrelated word.
      const keys = isExact ? [EXACT + entryWords[0]!] : stemsOf(entryWords[0]!).filter((key) => key.length >= MIN_KEY_LENGTH);
      for (const key of keys) {
        const set = map.get(key) ?? new Set<string>();
        words.forEach((w) => set.add(w));
        map.set(key, set);
      }
    }
  }
  return map;
})();

/** Equivalent words from the domain vocabulary for a normalised word (never the word itself). */
export function expandWithVocabulary(word: string): string[] {
  const out = new Set<string>();
  for (const key of [EXACT + word, ...stemsOf(word)]) GROUP_BY_KEY.get(key)?.forEach((w) => out.add(w));
  out.delete(word);
  return [...out];
}

/** Stem (or `=word`) → the one-word entries of the groups it belongs to (built once). */
const WORDS_BY_KEY = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of DOMAIN_VOCABULARY) {
    const single = group.map((entry) => wordsOf(entry.replace(EXACT, ''))).filter((words) => words.length === 1).map((words) => words[0]!);
    for (const entry of group) {
      const entryWords = wordsOf(entry.replace(EXACT, ''));
      if (entryWords.length !== 1) continue;
      const keys = entry.startsWith(EXACT) ? [EXACT + entryWords[0]!] : stemsOf(entryWords[0]!).filter((key) => key.length >= MIN_KEY_LENGTH);
      for (const key of keys) {
        const set = map.get(key) ?? new Set<string>();
        single.forEach((w) => set.add(w));
        map.set(key, set);
      }
    }
  }
  return map;
})();

/** The one-word entries of the vocabulary groups a word belongs to (never the word itself): what search looks for besides the word. */
export function vocabularySynonyms(word: string): string[] {
  const out = new Set<string>();
  for (const key of [EXACT + word, ...stemsOf(word)]) WORDS_BY_KEY.get(key)?.forEach((w) => out.add(w));
  out.delete(word);
  return [...out];
}

/** Stem (or `=word`) → the multi-word entries of the groups it belongs to, as their words (built once). */
const PHRASES_BY_KEY = (() => {
  const map = new Map<string, string[][]>();
  for (const group of DOMAIN_VOCABULARY) {
    const phrases = group.filter((e) => !e.startsWith(SAID_ONLY)).map((entry) => wordsOf(entry.replace(EXACT, ''))).filter((words) => words.length > 1);
    if (phrases.length === 0) continue;
    for (const entry of group) {
      const entryWords = wordsOf(entry.replace(EXACT, ''));
      if (entryWords.length !== 1) continue;
      const keys = entry.startsWith(EXACT) ? [EXACT + entryWords[0]!] : stemsOf(entryWords[0]!).filter((key) => key.length >= MIN_KEY_LENGTH);
      for (const key of keys) map.set(key, [...(map.get(key) ?? []), ...phrases]);
    }
  }
  return map;
})();

/**
 * The vocabulary phrases that say what a word says ("переплатил": внёс … больше), as their words:
 * an answer says the phrase only when it holds all of them, not when it holds one ("больше").
 */
export function vocabularyPhrases(word: string): string[][] {
  const out = new Map<string, string[]>();
  for (const key of [EXACT + word, ...stemsOf(word)]) for (const words of PHRASES_BY_KEY.get(key) ?? []) out.set(words.join(' '), words);
  return [...out.values()];
}

/** Multi-word entries ("оператор фискальных данных"): the stems of each of their words, and their group's one-word entries. */
const PHRASES = DOMAIN_VOCABULARY.flatMap((group) =>
  group
    .filter((entry) => wordsOf(entry).length > 1)
    .map((entry) => ({
      words: wordsOf(entry).map((w) => new Set(stemsOf(w))),
      // What the group says in one word ("фдо"): another phrase's words, one by one, would say less.
      others: group.map((other) => wordsOf(other.replace(EXACT, ''))).filter((words) => words.length === 1).map((words) => words[0]!),
    })),
);

/**
 * For each typed word that is part of a vocabulary phrase said in full, the one-word entries of the
 * phrase's group: "оператор фискальных данных" (in any order, without other words between) also says "фдо".
 * A phrase is searched for word by word (expandWithVocabulary); said in full, it is also matched on.
 */
export function phraseSynonyms(typed: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const typedStems = typed.map(stemsOf);
  for (const phrase of PHRASES) {
    const n = phrase.words.length;
    for (let start = 0; start + n <= typed.length; start++) {
      const window = typedStems.slice(start, start + n);
      const said = phrase.words.every((stems) => window.some((own) => own.some((stem) => stems.has(stem))));
      if (!said) continue;
      for (const word of typed.slice(start, start + n)) out.set(word, [...(out.get(word) ?? []), ...phrase.others]);
    }
  }
  return out;
}

/**
 * The Cyrillic spellings of the brand and its products ("каспи", "ред", "голд"), for typo search:
 * the guide writes them only in Latin letters, so a typo of one ("кспи") has no index term near
 * it. Only these: a typo of a vocabulary word would also catch real words one letter away
 * ("пришел" is one letter from "прошел").
 */
const BRAND_SPELLINGS = tokenSetOf(
  DOMAIN_VOCABULARY.filter((group) => group.some((entry) => BRAND_NAMES.has(entry))).flatMap((group) => group.filter((entry) => /^[а-яё]+$/.test(entry))),
);

/** Cyrillic brand spellings within `edits` edits of a word. */
export function brandSpellingsNear(word: string, edits: number): string[] {
  return wordsWithinEdits(BRAND_SPELLINGS, word, edits);
}
