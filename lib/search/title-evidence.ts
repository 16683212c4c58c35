import { namesAnotherBank } from './another-bank';
import { speaksOfPayingWithProduct } from './product-as-means';
import { contrastingDetails, detailsOfTypedQuestion, howForWhether, namedDetails, sharedDetails, unaskedDetails, type NamedDetails } from './named-details';
import { saysNot, saysNotWrittenTogether } from './negation';
import { namesASmallerSumAfterAnother } from './story-amounts';
import { tokenizeWords } from './normalize-text';
import { titleQuestion, titleSituation, titleTimeAfter } from './title-situation';
import type { TypedWord } from './question-words';
import { titleOverlap, titleTerms, weighTitle, weighWords, type QueryWord, type TermWeight, type WeighedTitle, type WeighedWord } from './title-overlap';
import type { GuideLang } from '../guide/types';
import { BRAND_NAMES } from './domain-vocabulary';

/** Up to this much more for an answer whose title says exactly what was typed (see title-overlap.ts). */
const TITLE_OVERLAP_WEIGHT = 2;
/**
 * An answer whose title names another period or channel than the question ("в прошлом месяце" for
 * "в этом месяце", "через банкомат" for "через приложение") keeps this share of its score, per detail.
 */
const CONTRASTING_DETAIL_FACTOR = 0.5;
/**
 * An answer whose title names the question's period, channel or question ("через Kaspi Терминал" for
 * "в терминале", "Когда…" for "когда") is multiplied by this, per detail: another answer may say the
 * same words in its text ("наличными в Kaspi Терминале", one way among others to pay), but does not
 * answer about that one.
 */
const SHARED_DETAIL_FACTOR = 1.6;
/**
 * For a question said in the negative ("бонус түспеді": did not come), an answer whose title says nothing
 * is missing ("қанша бонус берілгенін", how much was given) keeps this share: the stems cannot tell them apart.
 * Not the other way round: a title in the negative often answers a plain question ("как оплатить, если не…").
 */
const NOT_NEGATIVE_FACTOR = 0.35;
/**
 * An answer whose title states a situation before its question (the asker has a loan, then the question on
 * the date) keeps this share when the question names nothing of it: its twin for every situation (the same
 * question alone) is the one that answers.
 */
const UNASKED_SITUATION_FACTOR = 0.8;
/**
 * An answer whose title states a situation the question names all of (a loan, for a question on the date "если есть
 * кредит") is multiplied by this: it is the answer for that asker, where its twin without the situation is for everyone.
 * In a guide of thousands the situation's words weigh little, and the twin's shorter title would win.
 */
const ASKED_SITUATION_FACTOR = 1.25;
/**
 * An answer whose title asks how to do what the question asks only whether one can do ("можно ли оплатить в
 * банкомате": "Как оплатить через Банкомат?") keeps this share: its "Можно …?" twin answers (named-details.ts).
 * Mild: the steps also tell that it can be done.
 */
const HOW_FOR_WHETHER_FACTOR = 0.8;
/** An answer whose title names a place to pay when the question names no channel keeps this share (named-details.ts, unaskedDetails). */
const UNASKED_DETAIL_FACTOR = 0.8;

/** The asker speaking of themself, normalised ("мне", "маған"): a question asks the same with or without them. */
const ASKER: ReadonlySet<string> = new Set(['я', 'мне', 'меня', 'мы', 'нам', 'нас', 'мен', 'маган', 'менин', 'биз', 'бизге']);

/** What re-ranking reads in a title: its terms and their weights, the period, channel and question it names, whether it says "not". */
export interface TitleFacts {
  terms: string[];
  weighed: WeighedTitle;
  details: NamedDetails;
  negative: boolean;
  /** The stems of what the title states before its question (title-situation.ts). */
  situation: ReadonlySet<string>;
  /** The stems of what its question is asked after (title-situation.ts): a situation too, though not one that raises it when named. */
  after: ReadonlySet<string>;
  /**
   * Its question, the last sentence, as normalised words but the asker's pronouns: twin titles ask the same one, one of
   * them for a situation, whose asker may say it of themself ("Как мне оплатить…?" for "Как оплатить…?").
   */
  question: string;
  /** Whether it speaks of paying with a product (product-as-means.ts), not of the product's own bill. */
  paysWithProduct: boolean;
  /** Whether it asks of another bank or someone else's card (another-bank.ts). */
  anotherBank: boolean;
}

export function readTitle(title: string, lang: GuideLang, weightOf: TermWeight): TitleFacts {
  const terms = titleTerms(title, lang);
  const words = tokenizeWords(title).map((t) => t.word);
  return {
    terms,
    weighed: weighTitle(terms, weightOf),
    details: namedDetails(words),
    negative: saysNot(words),
    situation: titleSituation(title, lang),
    after: titleTimeAfter(title, lang),
    question: tokenizeWords(titleQuestion(title)).map((t) => t.word).filter((word) => !ASKER.has(word)).join(' '),
    paysWithProduct: speaksOfPayingWithProduct(title),
    anotherBank: namesAnotherBank(title),
  };
}

/**
 * The same for the query, once per keystroke: its words weighed (queryWordTerms), every title term they count
 * as, the details it names, whether it says "not".
 */
export interface QueryFacts {
  weighed: WeighedWord[];
  /** Every term the query's words count as in a title. */
  terms: ReadonlySet<string>;
  /** Those and every term search read the words as: what the query names of a situation a title states. */
  searchedAs: ReadonlySet<string>;
  details: NamedDetails;
  negative: boolean;
}

/**
 * A typed word's spellings as its details are read: a word typed in Latin letters as its Cyrillic readings alone ("kak mozhno":
 * как можно, a pair that asks how, which the Latin word between the two would split), unless it is a brand, which a title writes
 * in Latin.
 */
const spellingsRead = ({ word, spellings }: TypedWord): readonly string[] =>
  /^[a-z]+$/.test(word) && !BRAND_NAMES.has(word) && spellings.length > 1 ? spellings.filter((spelling) => spelling !== word) : spellings;

export function readQuery(
  typed: readonly TypedWord[],
  queryWords: readonly QueryWord[],
  weightOf: TermWeight,
  fillerWeight: number,
  corrected: readonly string[],
  saidTerms: Iterable<string> = [],
): QueryFacts {
  const spellings = typed.flatMap(spellingsRead);
  const weighed = weighWords(queryWords, weightOf, fillerWeight);
  const terms = new Set(weighed.flatMap((word) => [...word.terms]));
  // What search read the words as besides (`saidTerms`: "закрыла все покупки", a phrase weighed as paying off, is also closing,
  // what the story says of money left after it): a situation the title states is named by them too.
  const searchedAs = new Set([...terms, ...saidTerms]);
  // A detail typed with a typo ("через банкмат") is named by the word search read it as. A smaller sum told after the one
  // paid ("принял десять тысяч, а видно только семь") is a trouble told, as "не поступила" is: not all of it arrived; so is a bill
  // "неоплаченный" (unpaid, "не" written together).
  const negative = saysNot(spellings) || saysNotWrittenTogether(spellings) || namesASmallerSumAfterAnother(spellings);
  return { weighed, terms, searchedAs, details: detailsOfTypedQuestion([...spellings, ...corrected]), negative };
}

/**
 * What a title multiplies its answer's score by: more the more it says what was typed and when it names
 * the question's period, channel or question word, less when it contradicts the question (another period
 * or channel, nothing missing where the question says so) or is narrower than it (a situation or a place to
 * pay the question does not name).
 */
export function titleFactor(query: QueryFacts, title: TitleFacts): number {
  let factor = 1 + TITLE_OVERLAP_WEIGHT * titleOverlap(query.weighed, title.weighed);
  factor *= Math.pow(CONTRASTING_DETAIL_FACTOR, contrastingDetails(query.details, title.details));
  if (howForWhether(query.details, title.details)) factor *= HOW_FOR_WHETHER_FACTOR;
  factor *= Math.pow(SHARED_DETAIL_FACTOR, sharedDetails(query.details, title.details));
  factor *= Math.pow(UNASKED_DETAIL_FACTOR, unaskedDetails(query.details, title.details));
  if (query.negative && !title.negative) factor *= NOT_NEGATIVE_FACTOR;
  if (situationUnasked(query, title)) factor *= UNASKED_SITUATION_FACTOR;
  else if (situationAsked(query, title)) factor *= ASKED_SITUATION_FACTOR;
  return factor;
}

/**
 * Whether the title states a situation (title-situation.ts), or a time its question is asked after, of which the query names nothing. A query of one
 * word (a word being typed) names its topic only: it has not yet had the chance to name a situation. A query asking when
 * ("когда восстановится доступная сумма") asks the time the title's "после …" names.
 */
export const situationUnasked = (query: QueryFacts, title: TitleFacts) =>
  query.weighed.length > 1 &&
  ((title.situation.size > 0 && ![...title.situation].some((term) => query.searchedAs.has(term))) ||
    (!query.details.question.has('when') && title.after.size > 0 && ![...title.after].some((term) => query.terms.has(term))));

/**
 * Whether `title` asks the question `narrower` asks for a situation, for everyone ("Какая будет дата оплаты?" for "У меня
 * есть кредит. Какая будет дата оплаты?"): where the query names nothing of the situation, it is the one that answers.
 */
export const isGeneralTwinOf = (title: TitleFacts, narrower: TitleFacts) =>
  title.situation.size === 0 && narrower.situation.size > 0 && title.question === narrower.question;

/** Whether the title states a situation (title-situation.ts) the query names every word of. */
const situationAsked = (query: QueryFacts, title: TitleFacts) =>
  title.situation.size > 0 && [...title.situation].every((term) => query.terms.has(term));
