import { DOMAIN_VOCABULARY } from './domain-vocabulary';
import { stemKazakh } from './stem-kazakh';
import { stemRussian } from './stem-russian';
import { normalizeText } from './normalize-text';

/** Every stem a word may take, in either language. */
export function stemsOf(word: string): string[] {
  if (!/[а-я]/.test(word)) return [word];
  return [...new Set([stemRussian(word), stemKazakh(word), word])];
}

function wordsOf(entry: string): string[] {
  return normalizeText(entry).split(/\s+/).filter(Boolean);
}

/** Stem → the words of the groups it belongs to (built once). */
const GROUP_BY_STEM = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of DOMAIN_VOCABULARY) {
    const words = group.flatMap(wordsOf);
    for (const entry of group) {
      const entryWords = wordsOf(entry);
      if (entryWords.length !== 1) continue; // a phrase is searched for, not matched on
      for (const stem of stemsOf(entryWords[0]!)) {
        const set = map.get(stem) ?? new Set<string>();
        words.forEach((w) => set.add(w));
        map.set(stem, set);
      }
    }
  }
  return map;
})();

/** Equivalent words from the domain vocabulary for a normalised word (never the word itself). */
export function expandWithVocabulary(word: string): string[] {
  const out = new Set<string>();
  for (const stem of stemsOf(word)) GROUP_BY_STEM.get(stem)?.forEach((w) => out.add(w));
  out.delete(word);
  return [...out];
}
