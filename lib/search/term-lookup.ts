import type lunr from 'lunr';
import { indexInternals, sortedTerms, termsWithinEdits } from './lunr-adapter';
import type { TermLookup } from './query-plan';
import { boundedMemo } from './bounded-memo';

const MAX_REMEMBERED_LOOKUPS = 5000;

/**
 * Answers "which index terms are like this one" from a loaded Lunr index:
 * membership from the inverted index, prefixes by binary search over the
 * sorted terms, typos through Lunr's own Levenshtein automaton (TokenSet).
 */
export function createTermLookup(index: lunr.Index): TermLookup {
  const inverted = indexInternals(index).invertedIndex;
  const sorted = sortedTerms(index);
  // A word longer than every term by more than the edits allowed can match none; Lunr's automaton for a
  // pasted 200-letter "word" took seconds to learn that.
  const longestTerm = sorted.reduce((longest, term) => Math.max(longest, term.length), 0);
  const fuzzyLookup = boundedMemo(MAX_REMEMBERED_LOOKUPS, (key: string) => {
    const split = key.indexOf(':');
    const edits = Number(key.slice(0, split));
    const term = key.slice(split + 1);
    return term.length - edits > longestTerm ? [] : termsWithinEdits(index, term, edits);
  });

  return {
    has: (term) => Object.prototype.hasOwnProperty.call(inverted, term),
    withPrefix(prefix, limit) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      const out: string[] = [];
      for (let i = lo; i < sorted.length && out.length < limit && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
      return out;
    },
    withinEdits(term, edits, limit) {
      return fuzzyLookup(`${edits}:${term}`).slice(0, limit);
    },
  };
}
