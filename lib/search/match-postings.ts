import type lunr from 'lunr';
import { bm25Idf, type JoinedCorpus } from './build-index';
import { indexInternals } from './lunr-adapter';
import type { TermPosting } from './posting-lists';
import type { PlannedWord } from './query-plan';

/** How the answers match a query: per query word, each answer's best match weight and score. */
interface PostingMatches {
  /** Answers that match at least one term, by position. */
  touched: number[];
  /** Per query word: best match weight (see WEIGHTS) for each answer position; 0 = not matched. */
  bestWeight: Float64Array[];
  /** Per query word: best match weight × stored BM25 weight (its idf the word's, see below) for each answer position. */
  bestScore: Float64Array[];
}

export interface PostingMatcher {
  match(words: PlannedWord[]): PostingMatches;
  /** How many answers hold the term (0 when the index does not know it). */
  documentFrequency(term: string): number;
  /** How many answers hold the term counting the guide this index joins (0 when neither holds it), and its idf there. */
  corpusFrequency(term: string): number;
  corpusIdf(term: string): number;
}

/**
 * Scores each answer that holds a planned term: every query word counts once,
 * by its best term (match weight × the BM25 weight Lunr computed at build
 * time, field boosts included), so a word with many variants does not
 * outweigh a word matched exactly. Terms are found in the loaded Lunr index,
 * their answers in the posting lists shipped beside it (posting-lists.ts).
 *
 * A word's terms share one idf, that of its most widely held term, as
 * Lucene's SynonymQuery scores synonyms: they are one word to the user. Each
 * term's stored weight has its own idf in it, so a rare variant — a stem
 * another word happens to share ("плат" of "платьев" for "платить"), a typo's
 * neighbour, a synonym few answers use — would otherwise outscore the word as
 * the answers usually write it; in a guide of thousands, some answer always
 * holds such a variant.
 */
export function createPostingMatcher(
  index: lunr.Index,
  postings: (termIndex: number) => TermPosting,
  answerCount: number,
  joins?: JoinedCorpus,
): PostingMatcher {
  const { invertedIndex } = indexInternals(index);
  const postingOf = (term: string) => {
    const entry = invertedIndex[term];
    return entry ? postings(entry._index) : undefined;
  };

  // One set of per-answer arrays, reused by every keystroke (search is synchronous): a query of four
  // words at 10,000 answers would otherwise allocate, and leave to the garbage collector, 700 KB each time.
  const weightRows: Float64Array[] = [];
  const scoreRows: Float64Array[] = [];
  const seen = new Uint8Array(answerCount);
  // Counted as the stored weights were: a learned index's answers as part of the guide they join (build-index.ts).
  const corpusCount = (term: string, posting: TermPosting | undefined) => (posting?.refs.length ?? 0) + (joins?.documentFrequency(term) ?? 0);
  const idfOf = (term: string, posting: TermPosting | undefined) => bm25Idf(corpusCount(term, posting), answerCount + (joins?.documentCount ?? 0));
  const rows = (pool: Float64Array[], count: number) => {
    while (pool.length < count) pool.push(new Float64Array(answerCount));
    return pool.slice(0, count).map((row) => row.fill(0));
  };

  /** The arrays it returns are valid until the next call. */
  const match = (words: PlannedWord[]): PostingMatches => {
    const bestWeight = rows(weightRows, words.length);
    const bestScore = rows(scoreRows, words.length);
    seen.fill(0);
    const touched: number[] = [];
    words.forEach((word, w) => {
      const weights = bestWeight[w]!;
      const scores = bestScore[w]!;
      const terms = word.terms.map(({ term, weight, phrase }) => {
        const posting = postingOf(term);
        return { weight, phrase, posting, idf: idfOf(term, posting) };
      });
      // The most widely held term has the lowest idf (a learned index counts the guide it joins: a term may be held only there).
      const wordIdf = Math.min(...terms.map((t) => t.idf));
      const credit = (ref: number, weight: number, score: number) => {
        if (!seen[ref]) {
          seen[ref] = 1;
          touched.push(ref);
        }
        if (weight > weights[ref]!) weights[ref] = weight;
        if (score > scores[ref]!) scores[ref] = score;
      };
      // A phrase's words count only in an answer that holds each of them: by phrase, each answer's words found and best score.
      const phrases = new Map<string, { parts: number; weight: number; found: Map<number, { mask: number; score: number }> }>();
      for (const { weight, phrase, posting, idf } of terms) {
        if (!posting) continue;
        const asWord = weight * (wordIdf / idf);
        let found: Map<number, { mask: number; score: number }> | undefined;
        if (phrase) {
          const entry = phrases.get(phrase.key) ?? { parts: phrase.parts, weight, found: new Map() };
          phrases.set(phrase.key, entry);
          found = entry.found;
        }
        for (let k = 0; k < posting.refs.length; k++) {
          const ref = posting.refs[k]!;
          const score = asWord * posting.weights[k]!;
          if (!found) {
            credit(ref, weight, score);
            continue;
          }
          const held = found.get(ref) ?? { mask: 0, score: 0 };
          held.mask |= 1 << phrase!.part;
          held.score = Math.max(held.score, score);
          found.set(ref, held);
        }
      }
      for (const { parts, weight, found } of phrases.values()) {
        const all = (1 << parts) - 1;
        for (const [ref, held] of found) if (held.mask === all) credit(ref, weight, held.score);
      }
    });
    return { touched, bestWeight, bestScore };
  };
  return {
    match,
    documentFrequency: (term) => postingOf(term)?.refs.length ?? 0,
    corpusFrequency: (term) => corpusCount(term, postingOf(term)),
    corpusIdf: (term) => idfOf(term, postingOf(term)),
  };
}
