import { stemWord } from './analyze-text';
import { joinHyphenatedWords, tokenizeWords } from './normalize-text';
import type { PlannedWord } from './query-plan';
import { stemsOf, turnedWords } from './vocabulary-expansion';
import { askedAt, typedSpellings, type TypedWord } from './question-words';
import type { GuideLang } from '../guide/types';

/** A typed word: the title terms that count as it; a filler word (a stop word that asks for nothing) says only what kind of question it is. */
export interface QueryWord {
  /** The word as typed (normalised). */
  word: string;
  terms: Set<string>;
  filler: boolean;
}

/** "У меня", "у нас" (with me, with us). */
const OWNER = new Set(['меня', 'нас']);
/** Question words that "у меня" may follow as whose ("какой у меня день": which is my day), folded. */
const ASKING_WHOSE = /^(?:как(?:ой|ая|ое|ого|ую|ие)|когда|почему|сколько|где|откуда)$/;

/**
 * Whether the word at `at` is of "у меня" said only as whose, right after a question word ("какой у меня день оплаты": which
 * is my payment day), as "мой" is: not the having a title states ("У меня есть кредит", "у меня кредит", "У меня будет штраф"),
 * whose words it would otherwise match.
 */
function isSaidAsWhose(words: readonly string[], at: number): boolean {
  const start = words[at] === 'у' ? at : OWNER.has(words[at]!) && words[at - 1] === 'у' ? at - 1 : -1;
  return start > 0 && OWNER.has(words[start + 1] ?? '') && ASKING_WHOSE.test(words[start - 1]!);
}

/**
 * For each word the user typed (stop words included: "как", "почему", "до"
 * say what kind of question it is), the title terms that count as that word.
 */
export function queryWordTerms(query: string | readonly TypedWord[], planned: PlannedWord[]): QueryWord[] {
  const byWord = new Map(planned.map((p) => [p.word, p]));
  const typed = typedSpellings(query);
  const turned = turnedWords(typed.map((t) => t.word));
  const seen = new Set<string>();
  const words = typed.map((t) => t.word);
  return typed.flatMap(({ word, spellings }, i) => {
    if (seen.has(word) || isSaidAsWhose(words, i)) return [];
    seen.add(word);
    const plan = byWord.get(word);
    // A stop word typed in Latin letters is the Cyrillic one in a title; a question word is also what it asks for ("сколько": сумма).
    const readings = plan ? [word] : spellings;
    const asked = askedAt(typed, i, readings);
    // The one topic word of a said-only phrase counts as what the phrase says ("до даты": заранее), not as itself:
    // a title that says "дата" says nothing of paying before it.
    const reading = turned.get(word);
    const terms = reading
      ? new Set([...reading, ...asked].flatMap(stemsOf))
      : new Set([...(plan?.terms.map((t) => t.term) ?? []), ...[...readings, ...asked].flatMap(stemsOf)]);
    return [{ word, terms, filler: !plan && asked.length === 0 }];
  });
}

/** The stemmed words of a title, stop words included, and its hyphenated words joined, as the index holds them. */
export function titleTerms(title: string, lang: GuideLang): string[] {
  const tokens = tokenizeWords(title);
  return [...tokens.map((t) => t.word), ...joinHyphenatedWords(title, tokens)].map((word) => stemWord(word, lang));
}

/** How much a term tells about an answer (its idf): rare words weigh most in the overlap. */
export type TermWeight = (term: string) => number;

/** A typed word: the title terms that count as it, and its weight, as its most telling term's. */
export interface WeighedWord {
  terms: ReadonlySet<string>;
  weight: number;
}

/**
 * Each typed word weighed once per query: the same for every answer. A filler word weighs at most
 * `fillerWeight`: its stem may also be that of some rare word of another language ("это": эт), which
 * says nothing about the question.
 */
export function weighWords(queryWords: readonly Omit<QueryWord, 'word'>[], weightOf: TermWeight, fillerWeight: number): WeighedWord[] {
  return queryWords.map(({ terms, filler }) => {
    let weight = 0;
    for (const term of terms) weight = Math.max(weight, weightOf(term));
    return { terms, weight: filler ? Math.min(weight, fillerWeight) : weight };
  });
}

/** A title's distinct terms with their weights, and their sum: worked out once per answer. */
export interface WeighedTitle {
  weights: ReadonlyMap<string, number>;
  total: number;
}

export function weighTitle(title: readonly string[], weightOf: TermWeight): WeighedTitle {
  const weights = new Map<string, number>();
  let total = 0;
  for (const term of title) {
    if (weights.has(term)) continue;
    const weight = weightOf(term);
    weights.set(term, weight);
    total += weight;
  }
  return { weights, total };
}

/**
 * How closely a title says what the user typed: the weight of matched words
 * over the weight of the union of both word sets (a weighted Jaccard), 0..1.
 * Short titles that contain every typed word score highest, which is what a
 * question-shaped query wants; weighted, a title that shares only common
 * words ("за", "бонус") with the query gains little however short it is.
 */
export function titleOverlap(queryWords: readonly WeighedWord[], title: WeighedTitle): number {
  if (queryWords.length === 0 || title.weights.size === 0) return 0;
  const found = new Uint8Array(queryWords.length);
  // Union: every query word, and every title term no query word matched.
  let union = title.total;
  for (const word of queryWords) union += word.weight;
  for (const [term, weight] of title.weights) {
    let matchedTerm = false;
    for (let w = 0; w < queryWords.length; w++) {
      if (queryWords[w]!.terms.has(term)) {
        matchedTerm = true;
        found[w] = 1;
      }
    }
    if (matchedTerm) union -= weight;
  }
  let matched = 0;
  for (let w = 0; w < queryWords.length; w++) if (found[w]) matched += queryWords[w]!.weight;
  return union > 0 ? matched / union : 0;
}

/**
 * The share of what a query asks that a title says: the weight of the query words the title
 * holds over that of all query words weighing more than `minWeight` (words that say what the
 * question is about, not what kind of question it is), 0..1. A query with no such word gets 1:
 * there is nothing its title could miss.
 */
export function titleShare(queryWords: readonly WeighedWord[], title: WeighedTitle, minWeight: number): number {
  let asked = 0;
  let said = 0;
  for (const word of queryWords) {
    if (word.weight <= minWeight) continue;
    asked += word.weight;
    for (const term of word.terms) {
      if (title.weights.has(term)) {
        said += word.weight;
        break;
      }
    }
  }
  return asked > 0 ? said / asked : 1;
}
