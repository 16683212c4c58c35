import { tokenizeWords } from './normalize-text';

/** Words shorter than this are left as typed: too many terms lie within two edits of them. */
const MIN_WORD_CHARS = 4;

/** What a suggestion needs of the index. */
export interface SpellingSources {
  /** Whether the index holds the word (or its stem, in either language). */
  knows(word: string): boolean;
  /** Index terms within two edits of the word, those most answers hold first. */
  closestTerms(word: string): string[];
  /** The term as an answer in the query's language spells it (a word whose stem it is), or null. */
  spell(term: string): string | null;
}

/**
 * "Did you mean": when nothing matched, the query with each word the index
 * does not hold replaced by the closest indexed word, spelled as an answer
 * spells it ("шрафт" → "штраф"). Null when no word changes.
 */
export function suggestSpelling(query: string, sources: SpellingSources): string | null {
  const tokens = tokenizeWords(query);
  let changed = false;
  const words = tokens.map(({ word }) => {
    if (word.length < MIN_WORD_CHARS || sources.knows(word)) return word;
    let spelled: string | null = null;
    for (const term of sources.closestTerms(word)) if ((spelled = sources.spell(term)) !== null) break;
    if (spelled === null || spelled === word) return word;
    changed = true;
    return spelled;
  });
  return changed ? words.join(' ') : null;
}
