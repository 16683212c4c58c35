import { withoutWordsSaidBesides } from './besides-words';
import { loadIndex } from './lunr-adapter';
import { INDEX_FORMAT, type JoinedCorpus, type SerializedGuideIndex } from './build-index';
import type { AnswerMeta, AnswerStore, StoredAnswer } from './answer-store';
import { htmlToText } from '../guide/html-to-text';
import { joinAdverbsWrittenApart } from './adverbs-written-apart';
import { readClockTimes } from './clock-times';
import { flattenWhitespace, highlightsIn, makeSnippet, stemmedTokens, type HighlightRange } from './make-snippet';
import { MAX_QUERY_CHARS, planQuery, typoReadings, type PlannedWord, type QueryPlan } from './query-plan';
import { createTermLookup } from './term-lookup';
import { createPostingMatcher } from './match-postings';
import { loadPostingLists } from './posting-lists';
import { FIELD_GAP, proximity } from './proximity';
import { topScored } from './top-scored';
import { boundedMemo } from './bounded-memo';
import { queryWordTerms, titleShare } from './title-overlap';
import type { GuideLang } from '../guide/types';
import { isKnownWord, judgeConfidence, LONG_QUERY_WORDS, saysOnlyANumber, saysWhatPaidWith, STRONG_MATCH_SHARE, type DeclineReason } from './judge-confidence';
import { stemWord } from './analyze-text';
import { tokenizeWords } from './normalize-text';
import { askedTerms, typedSpellings } from './question-words';
import { suggestSpelling, type SpellingSources } from './spelling-suggestion';
import { bankAsActor, namesAnotherBank } from './another-bank';
import { BRAND_TERMS, NAMED_PRODUCT_TERMS, asksCashbackOfACard, titleNamesOtherProduct, wordsAfterOr } from './product-names';
import { asksLeaveNotToPay, goodsBehindPromotionBonus, goodsBoughtAtAShop, mistakeSaidWithOverpaying, moneyBackAfterOverpaying, moneyReplaced, payingForWhich, placeANameWasSeen, purchaseBeforePaying, purchaseBehindBonus, purchaseBehindReview, storyBeforeTrouble, whatALoanIsFor } from './story-clause';
import { isPossessivePronoun } from './stop-words';
import { toldSumWords } from './story-amounts';
import { speaksOfPayingWithProduct } from './product-as-means';
import { findingOutTheWays, sumOfTheMost, timeAskedWhen } from './named-details';
import { isGeneralTwinOf, readQuery, readTitle, situationUnasked, titleFactor, type TitleFacts } from './title-evidence';

export interface SearchOptions {
  /** The UI language: its answers come first. */
  lang?: GuideLang;
  limit?: number;
}

export interface SearchHit {
  answer: StoredAnswer;
  score: number;
  /** Whether this answer answers the query (judge-confidence.ts), not only resembles it. */
  matchesQuery: boolean;
  titleHighlights: HighlightRange[];
  snippet: string;
  snippetHighlights: HighlightRange[];
}

export interface SearchResponse {
  hits: SearchHit[];
  /** The query read on the other keyboard layout, when that is what found the answers. */
  correctedQuery: string | null;
  /** Whether the first hit answers the query; when not, the hits are only the nearest matches. */
  confident: boolean;
  /** Why the engine declined (tests and eval; never shown to users). */
  declineReason: DeclineReason | null;
  /** When nothing matched: the query with its unknown words respelled as the answers spell them ("did you mean"). */
  suggestion: string | null;
}

/** Ranking priors: gentle, so that they only break near-ties. */
const UI_LANGUAGE_BOOST = 1.6;
const USEFULNESS_WEIGHT = 0.15;
const PINNED_BOOST = 1.05;
/**
 * Match quality is the mean, over query words, of the best match weight an
 * answer has for each (see WEIGHTS); the score is scaled by its square, so
 * answers that match every word exactly rise above partial or fuzzy ones.
 */
const QUALITY_POWER = 2;
/**
 * What the question words ask for ("сколько платить": a sum) is searched too, as optional
 * evidence: an answer that says it gains its score three times over (the question word is what
 * the question is about: "сколько платить" asks for the sum more than for paying), one that
 * does not loses nothing (neither match quality nor coordination count it).
 */
const ASKED_FOR_WEIGHT = 3;
/**
 * Coordination: for each query word the data knows that an answer lacks (or
 * holds only weakly, see judge-confidence.ts), its score is multiplied by
 * this. An answer with every known word ranks above one without one of them,
 * however often it repeats the others (a long question may miss some: SPARED_WORD_EVERY).
 */
const MISSING_KNOWN_WORD_FACTOR = 0.25;
/** What share of its score a sum the asker tells adds to an answer's (see runPlan). */
const TOLD_SUM_SCORE_SHARE = 0.25;
/** In a long question (LONG_QUERY_WORDS or more), one missing word in this many costs nothing (see runPlan). */
const SPARED_WORD_EVERY = 3;
/** Up to this much more for an answer that says neighbouring query words together (see proximity.ts). */
const PROXIMITY_WEIGHT = 2;
/** Only the best candidates are re-ranked by title and phrase: bounded work per keystroke. */
const RERANK_DEPTH = 60;
/** Answers whose words stay tokenized and stemmed between keystrokes (phrase evidence, highlights). */
const WORDS_CACHE_SIZE = 2000;
/** Query words weighed for the title overlap (titles keep their own weights). */
const TERM_WEIGHT_CACHE_SIZE = 5000;
/** Answers whose text is kept ready for snippets: a few screens of results. */
const LISTED_TEXT_CACHE_SIZE = 200;
/**
 * A title or query word the index does not hold (a stop word: "как", "за") weighs in the title overlap
 * like a word held by about three answers in five: it says what kind of question it is, not what about.
 */
const UNINDEXED_WORD_WEIGHT = 1;
/**
 * In a title, such a word weighs a quarter of that: it is the title's grammar, and a title that states its
 * case in it (the asker has a loan with the bank, then the question on the date) is no further from a question for
 * it than a short one is. In a guide of thousands the telling word ("кредит") is common, and weighs too little
 * to make up for a whole clause of them.
 */
const TITLE_UNINDEXED_WORD_WEIGHT = 0.25;
/** A query word held by more than this share of all answers (a brand name) tells nothing about a title. */
const INFORMATIVE_SHARE = 0.75;
/** A query word held by more than this share of all answers (the brand in every answer) does not outvote a word the data lacks. */
const UBIQUITOUS_SHARE = 0.9;
/** A query term at least this strong names a product (another spelling or a synonym does; a prefix guess does not). */
const NAMED_WEIGHT = 0.65;

/** The names a query word says (as itself, another spelling or script, or a synonym: not a guess like a prefix). */
const namedIn = (w: PlannedWord, names: ReadonlySet<string>) => w.terms.filter((t) => names.has(t.term) && t.weight >= NAMED_WEIGHT);

/** Anything that answers queries over answers (ours, merged, or a baseline engine in the eval). */
export interface AnswerSearcher {
  search(query: string, options?: SearchOptions): SearchResponse;
  answers: AnswerStore;
}

export interface GuideSearcher extends AnswerSearcher {
  /** This index's term statistics, for a smaller index that joins it (build-index.ts). */
  corpus: JoinedCorpus;
}

/**
 * Loads a prebuilt index (never rebuilds it) and answers queries. `search`
 * never throws: any text is a valid query, odd input gives no hits. An index
 * built to join another (build-index.ts, `joins`) is loaded with the same
 * corpus, so that it weighs words as it was built to.
 */
export function loadGuideSearcher(serialized: SerializedGuideIndex, answers: AnswerStore, joins?: JoinedCorpus): GuideSearcher {
  if (serialized.format !== INDEX_FORMAT || !serialized.postings) {
    throw new Error(`guide index format ${serialized.format}, expected ${INDEX_FORMAT}: rebuild it (npm run build:index)`);
  }
  const index = loadIndex(serialized.lunr);
  const lookup = createTermLookup(index);
  const postings = createPostingMatcher(index, loadPostingLists(serialized.postings), answers.length, joins);

  const priors = answerPriors(answers);
  const textCache = new WeakMap<StoredAnswer, string>();
  const textOf = (answer: StoredAnswer) => {
    let text = textCache.get(answer);
    if (text === undefined) textCache.set(answer, (text = htmlToText(answer.html)));
    return text;
  };
  // How much a query word tells (its idf), for the title overlap; a title word weighs the same, unless the index lacks it.
  const weightOf = boundedMemo(TERM_WEIGHT_CACHE_SIZE, (term: string) => {
    return postings.corpusFrequency(term) > 0 ? postings.corpusIdf(term) : UNINDEXED_WORD_WEIGHT;
  });
  const titleWeightOf = (term: string) => (postings.corpusFrequency(term) > 0 ? weightOf(term) : TITLE_UNINDEXED_WORD_WEIGHT);

  // What re-ranking reads in each re-ranked answer's title (title-evidence.ts), read once.
  const titleCache = new Map<number, TitleFacts>();
  const titleOf = (ref: number) => {
    let title = titleCache.get(ref);
    if (!title) {
      const answer = answers.get(ref);
      titleCache.set(ref, (title = readTitle(answer.title, answer.lang, titleWeightOf)));
    }
    return title;
  };

  const NOTHING: Omit<SearchResponse, 'correctedQuery' | 'suggestion'> = { hits: [], confident: false, declineReason: { kind: 'nothing-matched' } };

  // Each answer's words, tokenized and stemmed once: phrase evidence reads its stems (title, then body),
  // the list highlights its words; each keystroke re-ranks mostly the answers the last one did.
  const wordsOf = boundedMemo(WORDS_CACHE_SIZE, (ref: number) => {
    const answer = answers.get(ref);
    const title = stemmedTokens(answer.title, answer.lang);
    const text = stemmedTokens(textOf(answer), answer.lang);
    return { title, text, stream: [...title.stems, ...FIELD_GAP, ...text.stems] };
  });

  // The listed answers' text on one line, for their snippets.
  const flatTextOf = boundedMemo(LISTED_TEXT_CACHE_SIZE, (ref: number) => flattenWhitespace(textOf(answers.get(ref))));

  function runPlan(query: string, plan: QueryPlan, options: SearchOptions): Omit<SearchResponse, 'correctedQuery' | 'suggestion'> {
    const wordCount = plan.words.length;
    if (plan.words.every((w) => w.terms.length === 0)) return NOTHING;
    const allTerms = new Set(plan.words.flatMap((w) => w.terms.map((t) => t.term)));
    // What is said besides the thing asked ("где ещё кроме приложения принимают"), and the word that says so, are not read.
    const typed = withoutWordsSaidBesides(typedSpellings(query));
    const asked = askedTerms(typed);
    const askedWord: PlannedWord[] = asked.length > 0 ? [{ word: '', terms: asked.map((term) => ({ term, weight: 1, kind: 'stem' })) }] : [];
    const { touched, bestWeight, bestScore } = postings.match([...plan.words, ...askedWord]);
    // A word's match counts against the best the index offers for it: a typo the index only knows as a typo is fully matched.
    // Not a word the vocabulary lists ("продлить"): a topic the data lacks, whose typo neighbours ("прошлом") say nothing of it.
    const bestPossible = plan.words.map((w) => (w.listed && w.terms.every((t) => t.kind === 'typo') ? 1 : Math.max(0, ...w.terms.map((t) => t.weight)) || 1));
    const known = plan.words.map(isKnownWord);
    const uiLang = options.lang ? LANG_CODE[options.lang] : -1;
    // The coordination factor by how many known words an answer lacks, worked out once per query, not per answer.
    // A long question tells a story that an answer retells in its own words: one word in three it may miss costs
    // nothing here (the judge lets its first answer miss one, or one in four: a longer question's answer ranks first, then is weighed).
    const spared = wordCount >= LONG_QUERY_WORDS ? Math.floor(wordCount / SPARED_WORD_EVERY) : 0;
    const missingFactor = Array.from({ length: wordCount + 1 }, (_, n) => Math.pow(MISSING_KNOWN_WORD_FACTOR, Math.max(0, n - spared)));
    // The query's words that name a product (Kaspi Red, Kaspi Bonus, …): an answer that lacks one is about another product,
    // or about one of two ("pay Red with bonuses"), however many of the story's other words it retells (see below).
    const productsNamedAt = plan.words.map((w) => namedIn(w, NAMED_PRODUCT_TERMS).map((t) => t.term));
    const namesProductAt = productsNamedAt.map((terms) => terms.length > 0);
    const namesSomeProduct = namesProductAt.includes(true);
    // Words said aside: the story told before "but" what went wrong, which an answer about what went wrong need not
    // retell, a mistake said with paying too much (how it happened) and the money asked back then (the sum paid over), the
    // purchase a bonus the asker wants to find out came from, the goods a promotion's bonus came from, paying said of purchases
    // "за которые" (for which) one pays, buying told before paying is asked of ("купил в ред, как оплатить"), money said to be replaced ("вместо денег"), finding out when the ways are what is
    // found out ("посмотреть варианты оплаты"), what a loan was taken for ("кредит на телефон"), the sum of the most asked ("ең үлкен
    // сомасы": how much at most), the time asked when ("қанша уақытта": in how much time), where a name asked about was seen,
    // and an alternative named after "or" (a product too),
    // which an answer on the first need not hold.
    const typedWords = typed.map((t) => t.word);
    const boughtBeforePaying = purchaseBeforePaying(typedWords);
    const mistakeAside = mistakeSaidWithOverpaying(typedWords);
    const story = new Set([
      ...storyBeforeTrouble(typedWords),
      ...mistakeAside,
      ...moneyBackAfterOverpaying(typedWords),
      ...purchaseBehindBonus(typedWords),
      ...goodsBehindPromotionBonus(typedWords),
      ...payingForWhich(typedWords),
      ...moneyReplaced(typedWords),
      ...findingOutTheWays(typedWords),
      ...whatALoanIsFor(typedWords),
      ...sumOfTheMost(typedWords),
      ...timeAskedWhen(typedWords),
      ...bankAsActor(typedWords),
      ...boughtBeforePaying,
    ]);
    const alternatives = wordsAfterOr(typedWords);
    // Where a name asked about was seen is aside whether the data knows its words or not ("написано"): not the topic at all; so are
    // the goods bought at a shop whose bonus is asked of ("кроссовка алдым": whatever was bought, the shop's answer holds), unless the
    // vocabulary reads the words as a topic ("бөліп төлеуге алдым": bought in instalments).
    const seenAt = placeANameWasSeen(typedWords);
    // The buying of goods reviewed is no topic either: every review is of goods bought.
    const reviewedBought = purchaseBehindReview(typedWords);
    // Goods bought before paying was asked of are aside whether known or not ("купила холодильник в ред, как оплатить").
    const goodsBought = new Set([...goodsBoughtAtAShop(typedWords), ...boughtBeforePaying]);
    // Whose it is ("моих покупок") is aside too: an answer that says it matches better ("по моим расчётам"), one that does not lacks nothing.
    const asideAt = plan.words.map(
      (w, i) =>
        (known[i]! && (story.has(w.word) || alternatives.has(w.word))) || seenAt.has(w.word) || reviewedBought.has(w.word) || (goodsBought.has(w.word) && w.listed !== true) || isPossessivePronoun(w.word),
    );
    // Where a name was seen is no topic at all: an answer that says "тұр" or "тарихы" is no better for it (among thousands, many do).
    // So is a mistake said with paying too much: how it happened, on which the answer on money paid into the wrong place must not win.
    const seenHereAt = plan.words.map((w) => seenAt.has(w.word) || mistakeAside.has(w.word) || reviewedBought.has(w.word));
    // A sum or a percent the asker tells ("10 пайыз деді", "купил на 50 тысяч") is a detail of the story: an answer that holds the same
    // digits does so by chance more often than not (among thousands, many do), so it counts for less. A count or an age ("две карты") is
    // what the question is about.
    const toldSums = toldSumWords(typedWords);
    const scoreShareAt = plan.words.map((w, i) => (seenHereAt[i] ? 0 : toldSums.has(w.word) ? TOLD_SUM_SCORE_SHARE : 1));
    const countsMissingAt = plan.words.map((w, i) => known[i]! && !saysOnlyANumber(w) && !asideAt[i]);
    const scores = new Float64Array(touched.length);
    const ids = new Float64Array(touched.length);
    for (let i = 0; i < touched.length; i++) {
      const ref = touched[i]!;
      let weightSum = 0;
      let scoreSum = 0;
      let missingKnown = 0;
      let missingProducts = 0;
      for (let w = 0; w < wordCount; w++) {
        const share = bestWeight[w]![ref]! / bestPossible[w]!;
        // A word said aside is as good as matched: lacking it does not lower the match's quality either.
        weightSum += asideAt[w] ? 1 : share;
        scoreSum += scoreShareAt[w]! * bestScore[w]![ref]!;
        if (countsMissingAt[w] && share < STRONG_MATCH_SHARE) {
          if (namesProductAt[w]) missingProducts++;
          else missingKnown++;
        }
      }
      // An answer matched only by what the question asks for scores 0 (its quality is 0): not listed, see below.
      if (askedWord.length > 0) scoreSum += ASKED_FOR_WEIGHT * bestScore[wordCount]![ref]!;
      const quality = weightSum / wordCount;
      // A long story's spared words never spare a product it names: lacking one costs as one missing word always does.
      const missing = missingFactor[missingKnown]! * Math.pow(MISSING_KNOWN_WORD_FACTOR, missingProducts);
      let score = scoreSum * Math.pow(quality, QUALITY_POWER) * missing * priors.weight[ref]!;
      if (priors.lang[ref] === uiLang) score *= UI_LANGUAGE_BOOST;
      scores[i] = score;
      ids[i] = priors.id[ref]!;
    }
    const byScore = (a: { score: number; answer: AnswerMeta }, b: { score: number; answer: AnswerMeta }) =>
      b.score - a.score || a.answer.id - b.answer.id;
    // Only this slice is re-ranked and listed. The title and phrase factors mostly raise scores; an answer whose
    // title contradicts the question falls, and may end up listed above an answer past the slice it now trails.
    const top = topScored(scores, ids, RERANK_DEPTH).filter((i) => scores[i]! > 0).map((i) => ({ answer: answers.meta(touched[i]!), ref: touched[i]!, score: scores[i]!, phrase: 0 }));
    // The buying of goods reviewed is not what a title should say either: the answers on buying in a shop say it in theirs.
    const queryWords = queryWordTerms(typed, plan.words).filter((w) => !reviewedBought.has(w.word));
    const wordTerms = queryWords.map((w) => w.terms);
    const searchedAs = plan.words.flatMap((w) => w.terms.filter((t) => t.weight >= NAMED_WEIGHT).map((t) => t.term));
    const queryFacts = readQuery(typed, queryWords, weightOf, UNINDEXED_WORD_WEIGHT, typoReadings(plan), searchedAs);
    const weighed = queryFacts.weighed;
    // How much of the question a title says leaves out what was said aside (see asideAt), and what a payment is made with
    // ("с наличкой": how one pays, which a title on paying there need not say).
    const plannedWords = plan.words.map((w) => w.word);
    const saidAside = new Set(plannedWords.filter((_, i) => asideAt[i] || saysWhatPaidWith(plannedWords, i)));
    const judgedWords = weighed.filter((_, i) => !saidAside.has(queryWords[i]!.word));
    for (const hit of top) hit.score *= titleFactor(queryFacts, titleOf(hit.ref));
    top.sort(byScore);
    // Phrase evidence needs an answer's whole text stemmed, the costliest step of a keystroke. It raises a score
    // at most (1 + PROXIMITY_WEIGHT)-fold, so once `limit` answers score above what the next could reach, the
    // rest cannot be listed (nor can any after it: they score no more) and their texts are not read.
    const limit = options.limit ?? 10;
    const finals: number[] = [];
    // A query of one word has no phrase: no text to read.
    for (const hit of wordTerms.length > 1 ? top : []) {
      if (finals.length >= limit && hit.score * (1 + PROXIMITY_WEIGHT) < finals[limit - 1]!) break;
      hit.phrase = proximity(wordsOf(hit.ref).stream, wordTerms);
      hit.score *= 1 + PROXIMITY_WEIGHT * hit.phrase;
      finals.push(hit.score);
      finals.sort((a, b) => b - a);
    }
    top.sort(byScore);
    if (top.length === 0) return NOTHING;
    // A first answer for a situation the query names nothing of, whose twin for everyone (the same question alone) is
    // among those re-ranked, gives way to it: another word of the query its text happens to say more often does not make it
    // the answer (however many answers are asked for).
    const first = titleOf(top[0]!.ref);
    if (situationUnasked(queryFacts, first)) {
      const twin = top.findIndex((hit) => isGeneralTwinOf(titleOf(hit.ref), first));
      if (twin > 0) {
        const [general] = top.splice(twin, 1);
        top.unshift({ ...general!, score: top[0]!.score });
      }
    }
    // A brand or product name says which product, not what about it: when the query says more, a title that shares only the
    // name ("на что нельзя брать ред": "… red?") is unrelated to it.
    const saysMoreThanBrands = plan.words.some((w) => w.terms.some((t) => !BRAND_TERMS.has(t.term)));
    const informative = new Set(
      plan.words.flatMap((w) =>
        w.terms.filter((t) => postings.documentFrequency(t.term) <= answers.length * INFORMATIVE_SHARE && !(saysMoreThanBrands && BRAND_TERMS.has(t.term))).map((t) => t.term),
      ),
    );
    const queryProducts = new Set(productsNamedAt.flat());
    // A brand or product name says which product, not what about it: it does not outvote a word the data lacks
    // ("kaspi red отменить покупку"), nor does a word nearly every answer holds, nor a guess (a word still
    // being typed, a typo): only words the data knows do.
    const telling = plan.words.map(
      (w, i) => known[i]! && namedIn(w, BRAND_TERMS).length === 0 && w.terms.some((t) => postings.documentFrequency(t.term) <= answers.length * UBIQUITOUS_SHARE),
    );
    const holdsNoNamedProduct = (ref: number) => namesSomeProduct && !namesProductAt.some((names, w) => names && bestWeight[w]![ref]! > 0);
    // A question on paying with a product ("ред работает в других странах?") is not one on paying the product's bill.
    const paysWithProduct = speaksOfPayingWithProduct(query);
    // Nor is one on another bank ("картой другого банка") one on Kaspi's own ways, nor one on a card's cashback one on Kaspi Bonus.
    const anotherBank = namesAnotherBank(query);
    const cardCashback = asksCashbackOfACard(typedWords);
    // Leave not to pay ("можно ли не платить ред") is a situation only a title said in the negative speaks of.
    const leaveNotToPay = asksLeaveNotToPay(typedWords);
    // Listed answers have had their phrase evidence read (see above); the rest are never judged.
    const judge = ({ ref, phrase }: { ref: number; phrase: number }) =>
      judgeConfidence({
        words: plan.words,
        matchShares: plan.words.map((_, w) => bestWeight[w]![ref]! / bestPossible[w]!),
        telling,
        aside: asideAt,
        titleHasInformativeWord: titleOf(ref).terms.some((term) => informative.has(term)),
        titleShare: titleShare(judgedWords, titleOf(ref).weighed, UNINDEXED_WORD_WEIGHT),
        phrase,
        aboutOtherProduct:
          titleNamesOtherProduct(queryProducts, titleOf(ref).terms) ||
          holdsNoNamedProduct(ref) ||
          (paysWithProduct && !titleOf(ref).paysWithProduct) ||
          (anotherBank && !titleOf(ref).anotherBank) ||
          cardCashback,
        situationUnasked: situationUnasked(queryFacts, titleOf(ref)) || (leaveNotToPay && !titleOf(ref).negative),
        sameTrouble: queryFacts.negative && titleOf(ref).negative,
      });
    const { confident, reason } = judge(top[0]!);
    const shown = top.slice(0, limit).map((hit, i) => {
      const { ref, score } = hit;
      const answer = answers.get(ref);
      const words = wordsOf(ref);
      const titleHighlights = highlightsIn(words.title, allTerms);
      const snippet = makeSnippet(flatTextOf(ref), highlightsIn(words.text, allTerms));
      const matchesQuery = i === 0 ? confident : judge(hit).confident;
      return { answer, score, matchesQuery, titleHighlights, snippet: snippet.text, snippetHighlights: snippet.highlights };
    });
    return { hits: shown, confident, declineReason: reason };
  }

  const stemsOfWord = (word: string) => [word, stemWord(word, 'ru'), stemWord(word, 'kz')];
  const spellingIn = (lang: GuideLang | undefined): SpellingSources => ({
    knows: (word) => stemsOfWord(word).some((stem) => lookup.has(stem)),
    closestTerms(word) {
      // People rarely miss the first letter: candidates keep it, so random keys suggest nothing.
      const candidates = new Set(stemsOfWord(word).flatMap((stem) => lookup.withinEdits(stem, 2, 20)).filter((t) => t[0] === word[0]));
      return [...candidates].sort((a, b) => postings.documentFrequency(b) - postings.documentFrequency(a) || (a < b ? -1 : 1));
    },
    spell(term) {
      const { touched } = postings.match([{ word: term, terms: [{ term, weight: 1, kind: 'stem' }] }]);
      const inLanguage = touched.filter((ref) => lang === undefined || answers.meta(ref).lang === lang);
      for (const ref of inLanguage.slice(0, 5)) {
        const answer = answers.get(ref);
        for (const text of [answer.title, textOf(answer)]) {
          const found = tokenizeWords(text).find((t) => stemWord(t.word, answer.lang) === term);
          if (found) return found.word;
        }
      }
      return null;
    },
  });

  /** Never throws on any text (tested); a bug in search itself reaches the caller as an error. */
  function search(query: string, options: SearchOptions = {}): SearchResponse {
    const text = typeof query === 'string' ? readClockTimes(joinAdverbsWrittenApart(query.slice(0, MAX_QUERY_CHARS))) : '';
    const plan = planQuery(text, lookup);
    const found = runPlan(plan.correctedQuery ?? text, plan, options);
    const suggestion = found.hits.length === 0 && plan.correctedQuery === null ? suggestSpelling(text, spellingIn(options.lang)) : null;
    return { ...found, correctedQuery: plan.correctedQuery, suggestion };
  }

  const corpus: JoinedCorpus = {
    documentCount: answers.length,
    averageFieldLength: serialized.stats?.averageFieldLength ?? {},
    documentFrequency: postings.documentFrequency,
  };
  return { search, answers, corpus };
}

const LANG_CODE: Record<GuideLang, number> = { ru: 0, kz: 1 };

/**
 * What each answer brings to every score whatever the query (usefulness, pinning), its language
 * and id, laid out once at load: every keystroke scores thousands of answers.
 */
function answerPriors(answers: AnswerStore): { weight: Float64Array; lang: Int8Array; id: Float64Array } {
  const weight = new Float64Array(answers.length);
  const lang = new Int8Array(answers.length);
  const id = new Float64Array(answers.length);
  for (let ref = 0; ref < answers.length; ref++) {
    const answer = answers.meta(ref);
    weight[ref] = (1 + USEFULNESS_WEIGHT * (answer.usefulness ?? 0.5)) * (answer.pinned ? PINNED_BOOST : 1);
    lang[ref] = LANG_CODE[answer.lang];
    id[ref] = answer.id;
  }
  return { weight, lang, id };
}

