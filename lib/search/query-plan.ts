import { isSaidBesides } from './besides-words';
import { isPlaceAskedWhere } from './place-asked-where';
import { isPartOfTheBillsName } from './bill-name-words';
import { isDuring, isKazakhAny, isKazakhInAdvance } from './adverbs-written-apart';
import { isCashAtAMachine, isCashOfALoan } from './cash-said-aside';
import { isWhoAsks } from './who-asks';
import { isPayCome } from './salary-said';
import { isPuttingIntoALoan, loanPaidInReadings } from './loan-paid-in';
import { daysPastDueReadings, isDatePassed, isSpanPassing } from './days-past-due';
import { isCardKindOfProduct } from './product-names';
import { letterKeysBeforeLetters, readTextOnOtherLayout, switchKeyboardLayout, withOneKeySlipped } from './keyboard-layout';
import { followsHyphen, tokenizeWords, joinHyphenatedWords } from './normalize-text';
import { stemWord } from './analyze-text';
import { isStopWord } from './stop-words';
import { cyrillicToLatin, latinToCyrillicReadings } from './transliterate';
import { brandSpellingsNear, expandWithVocabulary, isWrittenInVocabulary, nameSynonyms, phraseSynonyms, stemsOf, vocabularyOfStem, vocabularyPhrases, vocabularySynonyms } from './vocabulary-expansion';
import { splitJoinedBrand } from './joined-brands';
import { BRAND_NAMES } from './domain-vocabulary';
import { isAuxiliaryAfterConverb, isQuoting, isWishAuxiliary, wishedVerb } from './kazakh-auxiliary-verbs';
import { isAbbreviationSpelledOut, isDoingAskedHow, isFullOfAName, isSizeAskedAfterDegreeWord } from './question-words';
import { caseEndingRoot, isCaseEndingTypedApart, isEndingAfterHyphen, kazakhVerbForms, negativePastRoot, possessiveCaseRoot, stemKazakh, stemOfCaseForms } from './stem-kazakh';
import { digitsOf, isCountedDays, isEveryMonth, isFallToZero, isOrdinalOfTimes, isTimeAgo } from './number-words';
import { withoutGluedParticle } from './question-particle';
import { isSaidSoFar } from './so-far-phrases';
import { isThingCarried } from './things-carried';
import { isToldToPay } from './told-to-pay';
import { isAppSayingWhat } from './app-says';
import { comingMonthReadings } from './coming-month';
import { isRemainedInAState } from './remained-as-link';
import { isMachineError, machineErrorReadings } from './machine-error';
import { datesTogetherReadings, isDatesTogether } from './dates-together';
import { givenForReadings } from './given-for';
import { isCountedAs } from './counted-as';
import { cannotSeeAskedReadings, isCannotSeeAsked } from './cannot-see-asked';
import { isTwiceOfPaying, paidTwiceReadings } from './paid-twice';
import { isPayingMoreThanDue, paidMoreThanDueReadings } from './paid-more-than-due';
import { isPaymentNotArrived, paymentNotArrivedReadings } from './payment-not-arrived';
import { debtLeftAfterPayingReadings, isDebtLeftAfterPaying } from './debt-left-after-paying';
import { isOnlineOfAPurchase, onlinePurchaseReadings } from './online-purchase';
import { BOUGHT_FORMS, namesASmallerSumAfterAnother, namesBillAbovePurchases, namesPaymentAbovePrice, isPriceComparedWithBill } from './story-amounts';
import { namesPublicHoliday } from './public-holidays';
import { isSaidOfBillNotYetOut, saysBillNotYetOut, saysPayingBeforeTheBill, saysWaitingForTheBill } from './bill-not-yet';
import { paidOtherwiseThanMeant, storyReadings } from './story-clause';
import { saidAsAnother } from './said-as-another';
import { consonantsAsWritten, firstOSpelledAsA, hardSignSpelledSoft, isSaidFunctionWord, reflexiveSpelledOtherwise, topicWordsAsHeard, writtenForms } from './spoken-spellings';
import { fleetingVowelStems, looksLikeRussianInfinitive, russianAdjectiveStem, russianCaseRoot, russianConsonantPast, russianFirstPersonInfinitives, russianOtherTense, shortOfWholeVerb } from './stem-russian';

/** Limits that keep a pasted page of text fast. */
export const MAX_QUERY_CHARS = 200;
const MAX_QUERY_WORDS = 12;
/** Longer "words" (pasted hashes, held-down keys) are cut: no Russian or Kazakh word is longer. */
const MAX_WORD_CHARS = 32;
/** Typo tolerance is for real words; the automaton's cost grows with length and edits. */
const MAX_TYPO_WORD_CHARS = 16;
/** Shorter words are too often another real word one edit away. */
const MIN_TYPO_WORD_CHARS = 4;
/** Shortest stem searched with a wrong letter, and with two (see planWord). */
const MIN_TYPO_STEM_CHARS = 4;
const MIN_TWO_TYPOS_STEM_CHARS = 6;
/** Shortest stem that may stand for every index term it begins. */
const MIN_STEM_PREFIX = 4;
/** Shortest word left after cutting its ending to look for other endings. */
const MIN_TRUNCATED = 5;
/** The shortest vocabulary stem whose synonyms a typo of it brings (typoTerms). */
const MIN_TYPO_SYNONYM_STEM = 6;
/** The shortest vocabulary stem a typo may be read as to the exclusion of other words (a short one is near too many). */
const MIN_VOCABULARY_TYPO_STEM = 4;
/** How many index terms one prefix or typo may expand to. */
const MAX_EXPANSIONS = 24;

/**
 * How each kind of match counts: exact and stemmed above spelling variants above typos. A synonym
 * from the curated vocabulary (domain-vocabulary.ts) says the same thing by design, so it counts
 * above a guess from a shared stem beginning (stemPrefix), below another spelling of the word itself.
 */
const WEIGHTS = {
  stem: 1,
  script: 0.8,
  layout: 0.8,
  prefixedForm: 0.8,
  verbForm: 0.8,
  caseForm: 0.8,
  stemPrefix: 0.6,
  derived: 0.8,
  vocabulary: 0.65,
  completion: 0.8,
  prefix: 0.45,
  truncated: 0.35,
  typo: 0.25,
} as const;
export type MatchKind = keyof typeof WEIGHTS;

/** What the index can answer about its own terms (no Lunr types here). */
export interface TermLookup {
  has(term: string): boolean;
  withPrefix(prefix: string, limit: number): string[];
  withinEdits(term: string, edits: number, limit: number): string[];
}

interface PlannedTerm {
  term: string;
  weight: number;
  kind: MatchKind;
  /** A word of a vocabulary phrase ("внёс больше"): it counts only beside a term of each of the phrase's other words. */
  phrase?: PhrasePart;
}

interface PhrasePart {
  /** The phrase, as its words joined. */
  key: string;
  /** Which of its words this term is (0-based), and how many words it has besides stop words (all of them must be held). */
  part: number;
  parts: number;
}

export interface PlannedWord {
  /** The word as typed, normalised. */
  word: string;
  terms: PlannedTerm[];
  /**
   * The domain vocabulary lists the word (or a reading of it) as a topic word: a word of the
   * product's domain, known whether or not the data holds it ("вернуть", "налог"). When the
   * data does not, its topic is one the data does not cover.
   */
  listed?: boolean;
  /** The word the question says this one as (said-as-another.ts: "увеличить срок" as "продлить"), searched instead of it. */
  saidAs?: string;
}

export interface QueryPlan {
  words: PlannedWord[];
  /** The query rewritten when the whole of it was typed in the wrong layout. */
  correctedQuery: string | null;
}

/** The index terms typo search read the plan's misspelled words as ("термнал": терминал), for the details they name. */
export function typoReadings(plan: QueryPlan): string[] {
  return plan.words.flatMap((w) => w.terms.filter((t) => t.kind === 'typo').map((t) => t.term));
}

/** Adds a term the index holds, unless the word already has it at least as strong (a term already alone stays alone). */
function addTerm(terms: Map<string, PlannedTerm>, term: string, kind: MatchKind, lookup: TermLookup, phrase?: PhrasePart): void {
  if (!term || !lookup.has(term)) return;
  const weight = WEIGHTS[kind];
  const existing = terms.get(term);
  if (!existing || existing.weight < weight) terms.set(term, { term, weight, kind, phrase });
}

/** A synonym's stems worth searching: a two-letter stem of a longer synonym ("алу" → ал: take, buy, get) stands for too many words. */
function synonymStems(synonym: string): string[] {
  return stemsOf(synonym).filter((stem) => stem.length > MIN_SYNONYM_STEM || stem === synonym);
}

/**
 * A vocabulary phrase's words as terms that count only together ("переплатил": внёс … больше; an
 * answer that says only "больше" does not say it). Stop words in it ("не поступила") are not
 * indexed and not required; a phrase left with one word is that word.
 */
function addPhrase(terms: Map<string, PlannedTerm>, words: readonly string[], lookup: TermLookup): void {
  const held = words.filter((w) => !isStopWord(w));
  const key = held.join(' ');
  held.forEach((w, part) => {
    for (const stem of synonymStems(w)) addTerm(terms, stem, 'vocabulary', lookup, held.length > 1 ? { key, part, parts: held.length } : undefined);
  });
}

/** Longest verb prefix counted (о-, за-, по-, вы-, раз-): a prefix that makes the same verb in another aspect. */
const MAX_VERB_PREFIX = 3;
/** Shortest stem a prefix is recognised on: shorter ones end too many unrelated words. */
const MIN_PREFIXED_STEM = 4;

/**
 * A synonym's stem that is the word's own stem with a short prefix in front: a Russian verb
 * and its prefixed aspect pair ("платить" / "оплатить", "платить" / "заплатить"). It says the
 * same thing as the word, so it counts nearly as much as the word itself. Not the other way:
 * the unprefixed stem is shorter and ends more unrelated words ("плат" in "платье").
 */
function isPrefixedForm(stem: string, ownStems: string[]): boolean {
  return ownStems.some((own) => own.length >= MIN_PREFIXED_STEM && stem !== own && stem.endsWith(own) && stem.length - own.length <= MAX_VERB_PREFIX);
}

/** Shortest Russian stem whose theme vowel is dropped: shorter ones end too many unrelated words. */
const MIN_THEME_VOWEL_STEM = 6;

/**
 * A Russian "-ять" verb keeps its theme vowel in the stem ("выставляется" → выставля) that its
 * participle and noun do not ("выставлен" → выставл): the stem without it, when long enough.
 * In a guide of thousands some answer holds the exact stem by chance, and the answers that say
 * the participle would not be looked for (typo tolerance only runs when nothing sure matched).
 */
function withoutThemeVowel(stem: string): string | null {
  return stem.length >= MIN_THEME_VOWEL_STEM && stem.endsWith('я') ? stem.slice(0, -1) : null;
}

/** Longest stem of a synonym that only counts when it is the whole synonym ("ай", month). */
const MIN_SYNONYM_STEM = 2;

/** Kinds that are the word itself, in any spelling or form: beside them, guesses only add noise. */
const STRONG_KINDS: ReadonlySet<MatchKind> = new Set(['stem', 'script', 'prefixedForm', 'verbForm', 'caseForm']);

/** Whether the domain vocabulary lists the word, in some form: as a synonym's or a phrase's. */
const isListed = (word: string) => vocabularySynonyms(word).length > 0 || vocabularyPhrases(word).length > 0;

function planWord(word: string, isLastTyped: boolean, lookup: TermLookup): PlannedWord {
  const terms = new Map<string, PlannedTerm>();
  // A place's name ("в Корее", "в Катаре") is that place, as the vocabulary reads it, and nothing else: its stems as other words
  // ("кор", Kazakh "көр": to see) are coincidences, which in a guide of thousands some answer holds by chance.
  const place = nameSynonyms(word);
  if (place.length > 0) {
    for (const alt of place) for (const stem of synonymStems(alt)) addTerm(terms, stem, 'vocabulary', lookup);
    return { word, terms: [...terms.values()], listed: true };
  }
  const ownStems = stemsOf(word);
  for (const stem of ownStems) addTerm(terms, stem, 'stem', lookup);
  const verbStem = withoutThemeVowel(ownStems[0]!);
  if (verbStem) addTerm(terms, verbStem, 'verbForm', lookup);
  // A verb done short of the whole ("недозачислил") is that verb (the "частично" it says is read as a word of its own).
  const shortOf = shortOfWholeVerb(word);
  if (shortOf) for (const stem of stemsOf(shortOf)) addTerm(terms, stem, 'prefixedForm', lookup);
  // The other tense of a Russian verb ("вернул": вернуть), which Snowball stems apart.
  const otherTense = russianOtherTense(word);
  if (otherTense) for (const stem of stemsOf(otherTense)) addTerm(terms, stem, 'verbForm', lookup);
  // The infinitive of a first-person form with a changed consonant ("пропущу": пропустить), for a word neither the data nor
  // the vocabulary knows as it is ("плачу" is listed; a noun the index holds, "рублю" in a guide of thousands, is itself).
  const unknownAsItIs = !isListed(word) && ![...terms.values()].some((t) => t.kind === 'stem');
  const infinitives = unknownAsItIs ? russianFirstPersonInfinitives(word) : [];
  for (const infinitive of infinitives) for (const stem of stemsOf(infinitive)) addTerm(terms, stem, 'verbForm', lookup);
  // The masculine past of such a word in "-сла", "-гла" ("внесла": внёс), which Snowball stems apart.
  const consonantPast = unknownAsItIs ? russianConsonantPast(word) : null;
  if (consonantPast) for (const stem of stemsOf(consonantPast)) addTerm(terms, stem, 'verbForm', lookup);
  const kazakhRoot = negativePastRoot(word);
  if (kazakhRoot) addTerm(terms, kazakhRoot, 'verbForm', lookup);
  for (const form of kazakhVerbForms(word)) for (const stem of stemsOf(form)) addTerm(terms, stem, 'verbForm', lookup);
  // The adjective of a noun ("праздник": праздничный) says the same thing in a title ("выходной или праздничный"),
  // yet not always ("срок": срочный): as good as a completion, never a known word.
  const adjective = /^[а-я]+$/.test(word) ? russianAdjectiveStem(ownStems[0]!) : null;
  if (adjective) addTerm(terms, adjective, 'derived', lookup);
  // A number said in words is the digits the guide writes ("екі": 2).
  const digits = digitsOf(word);
  if (digits) addTerm(terms, digits, 'script', lookup);
  const cyrillicReadings = latinToCyrillicReadings(word);
  const readings = [cyrillicToLatin(word), ...cyrillicReadings].filter((alt): alt is string => Boolean(alt));
  for (const alt of readings) {
    for (const stem of stemsOf(alt)) addTerm(terms, stem, 'script', lookup);
  }
  // A noun without its case ending, also when typed in Latin letters ("terminale": терминале → терминал).
  for (const spelling of [word, ...readings]) {
    for (const caseRoot of [caseEndingRoot(spelling), possessiveCaseRoot(spelling), russianCaseRoot(spelling)]) {
      if (caseRoot) for (const stem of stemsOf(caseRoot)) addTerm(terms, stem, 'caseForm', lookup);
    }
  }
  // A noun's vowel that comes and goes ("покупок" / "покупки", "остаток" / "остатка").
  for (const stem of fleetingVowelStems(word, ownStems[0]!)) addTerm(terms, stem, 'caseForm', lookup);
  // The stem the stemmer gives the word's case forms when it cuts into the word ("магазин": магаз, from "магазинде").
  for (const base of new Set([word, stemKazakh(word)])) {
    const caseFormStem = stemOfCaseForms(base);
    if (caseFormStem) addTerm(terms, caseFormStem, 'caseForm', lookup);
  }
  // A word typed in Latin letters ("skolki") has the synonyms of its Cyrillic reading ("скольки"), a word
  // in another form those of that form.
  let listed = false;
  // A word that is no form the data or the vocabulary knows, written as heard ("аплачивать"), is the word the vocabulary
  // spells out that way ("оплачивать"): the word itself, as "щет" is счёт. Not a word that merely shares a stem with an
  // entry: one vowel changed, "вернется" stems as "вернуть" does.
  const asHeard =
    [...terms.values()].some((t) => STRONG_KINDS.has(t.kind)) || isListed(word)
      ? []
      : [
          ...topicWordsAsHeard(word).filter(isWrittenInVocabulary),
          ...[...reflexiveSpelledOtherwise(word), ...hardSignSpelledSoft(word), ...firstOSpelledAsA(word)].filter((spelling) => isListed(spelling) || stemsOf(spelling).some((stem) => lookup.has(stem))),
        ];
  for (const spelling of asHeard) for (const stem of stemsOf(spelling)) addTerm(terms, stem, 'script', lookup);
  const otherForms = [kazakhRoot, otherTense, consonantPast, shortOf, ...infinitives, ...kazakhVerbForms(word), ...asHeard].filter((form): form is string => form !== null);
  for (const spelling of [word, ...readings, ...otherForms]) {
    const spellingStems = stemsOf(spelling);
    const phrases = vocabularyPhrases(spelling);
    const synonyms = vocabularySynonyms(spelling);
    if (synonyms.length > 0 || phrases.length > 0) listed = true;
    for (const alt of synonyms) {
      for (const stem of synonymStems(alt)) addTerm(terms, stem, isPrefixedForm(stem, spellingStems) ? 'prefixedForm' : 'vocabulary', lookup);
      // A brand or product named in a case form ("по реду", "с голдом", "каспиде"), which the vocabulary finds by its stem: the
      // name itself, as the guide writes it, as sure as the name typed alone ("ред": red), not a synonym of it.
      if (spelling === word && BRAND_NAMES.has(alt)) addTerm(terms, alt, 'caseForm', lookup);
    }
    // After the one-word synonyms: a word that is also one of them is searched alone.
    for (const words of phrases) addPhrase(terms, words, lookup);
  }
  // Typed letters that are no index term themselves ("банком") are most likely a longer word being typed ("банкомат"):
  // its completions count nearly as the word. Letters that are a term ("штраф") may well be the whole word. A word
  // typed in Latin letters ("bankom") is completed as its Cyrillic reading is.
  let completed = false;
  if (isLastTyped && word.length >= 2) {
    for (const spelling of [word, ...cyrillicReadings]) {
      const completionKind = lookup.has(spelling) ? 'prefix' : 'completion';
      for (const t of lookup.withPrefix(spelling, MAX_EXPANSIONS)) {
        addTerm(terms, t, completionKind, lookup);
        completed = true;
      }
    }
  }
  const isStrongMatch = () => [...terms.values()].some((t) => STRONG_KINDS.has(t.kind));
  // A sound written as heard ("щет": счёт) is the word itself, spelled otherwise, however short.
  if (!isStrongMatch()) for (const variant of consonantsAsWritten(word)) for (const stem of stemsOf(variant)) addTerm(terms, stem, 'script', lookup);
  const hasStrongMatch = isStrongMatch();
  if (!hasStrongMatch) {
    // Snowball stems verbs and nouns of one root differently ("закрыть" → закр,
    // "закрытии" → закрыт; "просрочил" → просроч, "просрочки" → просрочк).
    for (const stem of ownStems) {
      if (stem.length >= MIN_STEM_PREFIX) {
        for (const t of lookup.withPrefix(stem, MAX_EXPANSIONS)) addTerm(terms, t, 'stemPrefix', lookup);
      }
    }
  }
  // A word still being typed is matched by its completions (also when a stem prefix found them first); typo tolerance would only add noise.
  if (!hasStrongMatch && !completed && word.length >= MIN_TYPO_WORD_CHARS && word.length <= MAX_TYPO_WORD_CHARS) {
    // A changed ending or a fleeting vowel ("праздник" / "праздничный", "покупок" / "покупки").
    for (let cut = 1; cut <= 2 && word.length - cut >= MIN_TRUNCATED; cut++) {
      for (const t of lookup.withPrefix(word.slice(0, -cut), MAX_EXPANSIONS)) addTerm(terms, t, 'truncated', lookup);
    }
    // A long word may hold two wrong letters, but its short stem may not: two letters from a Kazakh
    // stem of three ("кай" of "қайтарылған") is most short words of the index, and none is a typo of it.
    for (const stem of ownStems) {
      if (stem.length < MIN_TYPO_STEM_CHARS) continue;
      const edits = word.length >= 9 && stem.length >= MIN_TWO_TYPOS_STEM_CHARS ? 2 : 1;
      for (const t of lookup.withinEdits(stem, edits, MAX_EXPANSIONS)) addTerm(terms, t, 'typo', lookup);
    }
    // A key pressed twice or one too many ("оплатитть") is a typo of the whole word: its stem is
    // not within reach of the misspelled word's stem, but the word without that letter stems right.
    // A key pressed beside the one meant ("следуюший") may change the stem itself: the word with that key
    // put right stems right.
    for (const variant of [...withOneLetterLess(word), ...withOneKeySlipped(word)]) {
      for (const stem of stemsOf(variant)) if (stem.length >= MIN_STEM_PREFIX) addTerm(terms, stem, 'typo', lookup);
    }
    // A Russian vowel left out ("следущий": следующий) may change the Russian stem the same way. Not read by the
    // Kazakh stemmer, whose short roots a vowel put in anywhere reaches ("жинаған": жинай).
    // So may a vowel typed for another ("следуйщего": следующего), the stem of the word put right found by the stemmer.
    for (const variant of [...withOneVowelMore(word), ...withOneVowelSwapped(word)]) {
      const stem = stemWord(variant, 'ru');
      if (stem.length >= MIN_STEM_PREFIX) addTerm(terms, stem, 'typo', lookup);
    }
    // A typo that reaches a word of the vocabulary, what our users ask about ("штарф": штраф), is that word, not another
    // word of the index as few edits away ("шарф"): among thousands of answers, such near words are many.
    const typos = [...terms.values()].filter((t) => t.kind === 'typo');
    const inVocabulary = typos.filter((t) => vocabularyOfStem(t.term).length > 0);
    if (inVocabulary.some((t) => t.term.length >= MIN_VOCABULARY_TYPO_STEM)) {
      for (const t of typos) if (!inVocabulary.includes(t)) terms.delete(t.term);
    }
    // A typo of a vocabulary word ("прасрочка": просрочк) says what the word says ("вовремя"); not of a short stem,
    // which a typo of many words reaches ("стать": сат), nor a word with another ending ("заплачу": заплач…), which
    // says no more than the word typed.
    const typoTerms = [...terms.values()].filter((t) => t.kind === 'typo' && t.term.length >= MIN_TYPO_SYNONYM_STEM).map((t) => t.term);
    for (const term of typoTerms) for (const alt of vocabularyOfStem(term)) for (const stem of synonymStems(alt)) addTerm(terms, stem, 'typo', lookup);
    // A brand misspelled in Cyrillic ("кспи" for "каспи"): the name as the guide writes it.
    for (const near of brandSpellingsNear(word, 1)) {
      for (const alt of [near, ...expandWithVocabulary(near)]) for (const stem of stemsOf(alt)) addTerm(terms, stem, 'typo', lookup);
    }
  }
  return { word, terms: [...terms.values()], listed };
}

/** The word with each one of its letters left out, each spelling once. */
function withOneLetterLess(word: string): string[] {
  const variants = new Set<string>();
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  return [...variants];
}

/** Russian vowels (and й), the letters a hurried hand leaves out most ("следущий", "оплачвать"). */
const VOWELS = 'аеиоуыэюяй';

/** The word with one vowel put in at each place inside it, each spelling once. */
function withOneVowelMore(word: string): string[] {
  const variants = new Set<string>();
  for (let i = 1; i < word.length; i++) for (const vowel of VOWELS) variants.add(word.slice(0, i) + vowel + word.slice(i));
  return [...variants];
}

/** The word with one vowel (or й) swapped for another, at each place, each spelling once. */
function withOneVowelSwapped(word: string): string[] {
  const variants = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    if (!VOWELS.includes(word[i]!)) continue;
    for (const vowel of VOWELS) if (vowel !== word[i]) variants.add(word.slice(0, i) + vowel + word.slice(i + 1));
  }
  return [...variants];
}

/** Kinds that only say "something like it": not enough to believe another reading of the word. */
const LOOSE_KINDS: ReadonlySet<MatchKind> = new Set(['typo', 'truncated']);
const isSure = (word: PlannedWord) => word.terms.some((t) => !LOOSE_KINDS.has(t.kind));

/** Another reading's terms, its exact matches counted as `kind`. */
function asReading(planned: PlannedWord, kind: 'layout' | 'script'): PlannedWord {
  return { ...planned, terms: planned.terms.map((t) => (t.kind === 'stem' ? { ...t, kind, weight: WEIGHTS[kind] } : t)) };
}

/**
 * The same word read on the other keyboard layout, when the word as typed
 * finds nothing sure (only typos, or nothing). Latin keys meant as Cyrillic
 * ("ghfplybr") are the common case: any match of the reading counts. A
 * Cyrillic word read as Latin must be a Latin index term itself (a brand):
 * otherwise a Cyrillic word with a typo ("штаф") would turn into Latin noise.
 */
function planSwitchedLayout(word: PlannedWord, isLastTyped: boolean, lookup: TermLookup): PlannedWord | null {
  if (isSure(word)) return null;
  const fromLatin = /^[a-z]/.test(word.word);
  for (const alt of switchKeyboardLayout(word.word)) {
    const planned = planWord(alt, isLastTyped, lookup);
    // A stop word typed on the other layout ("ghjcnj": просто) is read as one, and then dropped like one.
    const believable = (fromLatin && isStopWord(alt)) || (fromLatin ? planned.terms.length > 0 : planned.terms.some((t) => t.kind === 'stem'));
    if (believable) return asReading(planned, 'layout');
  }
  return null;
}

/** Russian typed in Latin letters ("zakryt"), read back in Cyrillic, when the Latin word finds nothing sure. */
function planTransliterated(word: PlannedWord, isLastTyped: boolean, lookup: TermLookup): PlannedWord | null {
  if (isSure(word)) return null;
  const terms = new Map<string, PlannedTerm>();
  for (const alt of latinToCyrillicReadings(word.word)) {
    for (const t of asReading(planWord(alt, isLastTyped, lookup), 'script').terms) {
      const existing = terms.get(t.term);
      if (!existing || existing.weight < t.weight) terms.set(t.term, t);
    }
  }
  return terms.size > 0 ? { word: word.word, terms: [...terms.values()], listed: word.listed } : null;
}

/**
 * Turns what the user typed into weighted index terms, word by word. Any
 * text is accepted: nothing here is parsed as query syntax. The last word
 * also matches as a prefix unless the user has finished it with a space.
 * A query typed on the English layout with keys that are letters on the
 * Cyrillic ones ("rfr jgkfnbnm cx`n") is also read whole on those layouts,
 * and that reading is taken when at least as many of its words find something sure.
 */
export function planQuery(rawQuery: string, lookup: TermLookup): QueryPlan {
  const text = rawQuery.slice(0, MAX_QUERY_CHARS);
  const asTyped = planText(text, lookup);
  // The Russian reading first: of two readings as sure, it is the likelier layout.
  let best: { plan: QueryPlan; reading: string } | null = null;
  for (const reading of readTextOnOtherLayout(text)) {
    const plan = planText(reading, lookup);
    if (sureWordCount(plan) > (best ? sureWordCount(best.plan) : 0)) best = { plan, reading };
  }
  // Ties go to the reading: it reads every key, the text as typed loses the ones taken for punctuation. A key
  // typed against the next letter was meant as a letter: the pieces it leaves of a word of the text as typed
  // ("vj;yj": vj, yj) must not outvote the whole word by their number. Words either side makes sense of only by reading them on
  // the other layout do not count: as typed, they are the reading's own words read one by one (the reading reads them with their
  // neighbours: "наличными через терминал" is cash said at a machine); in the reading, they are the text as typed read back.
  if (!best || sureOnItsLayout(best.plan) < sureOnItsLayout(asTyped) - letterKeysBeforeLetters(text)) return rereadSwitched(asTyped, text, lookup);
  return { words: best.plan.words, correctedQuery: tokenizeWords(best.reading).map((t) => t.word).join(' ') };
}

/**
 * A plan some of whose words made sense only on the other keyboard layout, planned again as the text it reads ("dyjie yfkbxyst
 * xthtp nthvbyfk": вношу наличные через терминал): read word by word, the words' neighbours were the Latin letters as typed, and
 * what they say together ("наличные через терминал": cash said at a machine) went unread. Taken when it leaves no more words
 * unsure (it may drop words its neighbours say). A last word finished as typed stays finished; a word read on the other layout
 * weighs as such a reading does.
 */
function rereadSwitched(plan: QueryPlan, text: string, lookup: TermLookup): QueryPlan {
  if (plan.correctedQuery === null) return plan;
  const reread = planText(plan.correctedQuery + (/[\p{L}\p{N}]$/u.test(text) ? '' : ' '), lookup);
  if (unsureWordCount(reread) > unsureWordCount(plan)) return plan;
  const readOnLayout = new Set(plan.words.filter((w) => w.terms.some((t) => t.kind === 'layout')).map((w) => w.word));
  return { words: reread.words.map((w) => (readOnLayout.has(w.word) ? asReading(w, 'layout') : w)), correctedQuery: plan.correctedQuery };
}

const unsureWordCount = (plan: QueryPlan) => plan.words.length - sureWordCount(plan);

const sureWordCount = (plan: QueryPlan) => plan.words.filter(isSure).length;
/** Sure words a plan makes sense of as they are written, not by reading them on the other keyboard layout. */
const sureOnItsLayout = (plan: QueryPlan) => plan.words.filter((w) => isSure(w) && !w.terms.some((t) => t.kind === 'layout')).length;

function planText(text: string, lookup: TermLookup): QueryPlan {
  const tokens = tokenizeWords(text);
  // An ending typed after a hyphen ("ФДО-ның", "kaspi-мен") belongs to the word before it: neither a word nor a joined one.
  const ending = tokens.map((t, i) => followsHyphen(text, tokens, i) && isEndingAfterHyphen(t.word));
  const asTyped = tokens.map((t) => withoutGluedParticle(t.word) ?? t.word);
  // A wished verb is that verb ("тексергім келеді": I want to check, read as тексеру).
  const typed = asTyped.map((word, i) => wishedVerb(asTyped, i) ?? word);
  const meant = [
    ...typed.filter((_, i) => !ending[i] && !TOLD_BY_NEIGHBOURS.some((told) => told(asTyped, i))),
    ...FUNCTION_WORD_READINGS.flatMap((read) => read(typed)),
  ];
  // Two function words joined ("кто-нибудь": anyone, "что-то": something) are one function word.
  const joined = joinHyphenatedWords(text, tokens, (a, b) => !isEndingAfterHyphen(b) && (!isStopWordInAnyScript(a) || !isStopWordInAnyScript(b)));
  const all = [...meant, ...joined].map((w) => w.slice(0, MAX_WORD_CHARS));
  const content = all.filter((w) => !isStopWordInAnyScript(w));
  const words = [...new Set((content.length ? content : all).flatMap((w) => splitJoinedBrand(w, lookup) ?? [w]))].slice(0, MAX_QUERY_WORDS);
  const lastTyped = /[\p{L}\p{N}]$/u.test(text) ? tokens[tokens.length - 1]?.word.slice(0, MAX_WORD_CHARS) : undefined;

  const switched: boolean[] = [];
  const planned = words.map((w) => {
    const asTyped = planWord(w, w === lastTyped, lookup);
    const onOtherLayout = planSwitchedLayout(asTyped, w === lastTyped, lookup);
    switched.push(onOtherLayout !== null);
    return onOtherLayout ?? planTransliterated(asTyped, w === lastTyped, lookup) ?? asTyped;
  });
  // A vocabulary phrase said in full ("оператор фискальных данных") also matches the one word its group names it by ("фдо"),
  // its words read on the layout that made sense of them ("crjkmrj yflj gkfnbnm": сколько надо платить), or in the
  // Cyrillic letters a word typed in Latin ones stands for ("skolko nado platit").
  const readOnLayout = new Map(words.flatMap((w, i) => (switched[i] ? [[w, planned[i]!.word] as const] : [])));
  const typedShort = typed.map((w) => w.slice(0, MAX_WORD_CHARS));
  const readAs = new Map(typedShort.map((w) => [w, readOnLayout.get(w) ?? cyrillicWordOf(w, lookup) ?? w]));
  const typedAsRead = typedShort.map((w) => readAs.get(w)!);
  const saidInPhrase = phraseSynonyms(typedAsRead);
  const toldAs = storyReadings(typedAsRead);
  // A word the question says as another the guide uses ("в последний день": the hour of it) is searched as that one alone.
  const saidAs = new Map<string, string>();
  typedAsRead.forEach((w, i) => {
    const other = saidAsAnother(typedAsRead, i);
    if (other !== null) saidAs.set(w, other);
  });
  for (const word of planned) {
    const read = readAs.get(word.word) ?? word.word;
    const instead = saidAs.get(read);
    const alts = [...(saidInPhrase.get(word.word) ?? saidInPhrase.get(read) ?? []), ...(toldAs.get(read) ?? []), ...(instead ? [instead, ...vocabularySynonyms(instead)] : [])];
    if (alts.length === 0) continue;
    const terms = new Map(instead ? [] : word.terms.map((t) => [t.term, t]));
    if (instead) word.saidAs = instead;
    for (const alt of alts) for (const stem of stemsOf(alt)) addTerm(terms, stem, 'vocabulary', lookup);
    word.terms = [...terms.values()];
  }
  // Shown as "did you mean" and remembered as the search: every word as read on the layout that made sense of it
  // ("kaspi red jgkfnf": kaspi red оплата; a word that made sense as typed stays as typed).
  const correctedQuery = switched.includes(true) ? words.map((w, i) => (switched[i] ? planned[i]!.word : w)).join(' ') : null;
  const topical = planned.filter((p) => !isStopWordInAnyScript(p.word) || planned.length === 1);
  return { words: withoutRepeats(topical), correctedQuery };
}

/**
 * The Cyrillic word a word typed in Latin letters stands for ("skolko": сколько, "platit": платить): of its readings, the
 * first that is a stop word, a word of the vocabulary or a stem the index holds. Null for a word in other letters, or none.
 */
function cyrillicWordOf(word: string, lookup: TermLookup): string | null {
  if (!/^[a-z]+$/.test(word)) return null;
  return latinToCyrillicReadings(word).find((reading) => isStopWord(reading) || isWrittenInVocabulary(reading) || stemsOf(reading).some((stem) => lookup.has(stem))) ?? null;
}

/**
 * The words without those said again in another form: a word whose own stems another word has
 * too is dropped, the one with more stems kept ("алдын ала": ала), the first of two alike.
 */
function withoutRepeats(words: readonly PlannedWord[]): PlannedWord[] {
  return words.filter((word, i) => !words.some((other, j) => j !== i && saysAll(other, word) && (!saysAll(word, other) || j < i)));
}

/** Whether `word`'s own stems are all stems of `other`: the same word said twice, or in two forms ("төлемді … төлемесем"). */
function saysAll(other: PlannedWord, word: PlannedWord): boolean {
  const own = word.terms.filter((t) => t.kind === 'stem');
  if (own.length === 0) return false;
  const terms = new Set(other.terms.filter((t) => t.kind === 'stem').map((t) => t.term));
  return own.every((t) => terms.has(t.term));
}

/** "всё" and its forms, and "целиком" (whole): after "не" they say "only part of it", a word the guide says otherwise. */
const ALL_FORMS: ReadonlySet<string> = new Set(['весь', 'вся', 'все', 'всю', 'всего', 'всей', 'целиком']);

/**
 * "не вся сумма", "зачислилось не всё": both stop words, yet together they say what the guide
 * says as "не полностью" (частично in the vocabulary). The pair is read as that word; so is a
 * story that names a sum and then a smaller one ("положил 20 тысяч, а пришло 15").
 */
function partialReadings(words: readonly string[]): string[] {
  const partly = saysNotBefore(words, ALL_FORMS) || words.some((w) => shortOfWholeVerb(w) !== null) || namesASmallerSumAfterAnother(words);
  return partly ? ['частично'] : [];
}

/** The vocabulary word of paying late. */
const LATE_PAYMENT = 'просрочка';

/**
 * Whether the word at `at` is a mishap of paying late in the infinitive after "не" ("чтобы не забыть", "не пропустить бы"), or
 * being late said after "чтобы не было" ("чтобы не было просрочки": so as not to be late): what the asker means to avoid, paying
 * on time or ahead, not being late. Said done ("забыл", "не успел"), it is the story.
 */
function isMishapAvoided(words: readonly string[], at: number): boolean {
  const word = words[at]!;
  // the neighbours first: the vocabulary is read only for a word after "не" (this runs for every word on every keystroke)
  const avoidedBeing = words[at - 1] === 'было' && words[at - 2] === 'не' && words[at - 3] === 'чтобы';
  const avoidedDoing = words[at - 1] === 'не' && looksLikeRussianInfinitive(word);
  return (avoidedBeing || avoidedDoing) && (word === LATE_PAYMENT || vocabularySynonyms(word).includes(LATE_PAYMENT));
}

/** Whether "не" stands right before one of `forms` ("не вся", "не ту"). */
const saysNotBefore = (words: readonly string[], forms: ReadonlySet<string>) => words.some((w, i) => w === 'не' && forms.has(words[i + 1] ?? ''));

/** Owing, as said after "сколько" ("сколько я должен", "сколько с меня причитается", "сколько там набежало"): both stop words alone. */
const OWED_FORMS: ReadonlySet<string> = new Set(['должен', 'должна', 'должны', 'причитается', 'задолжал', 'задолжала', 'набежало', 'набежал', 'набежала']);

/** Who owes, said after "сколько с" ("сколько с меня": how much is on me): the asker. */
const OWER_FORMS: ReadonlySet<string> = new Set(['меня', 'нас']);

/**
 * "сколько я должен по ред", "сколько с меня за ред": "сколько" asks for an amount, "должен" or "с меня" (on me) says it is
 * owed, all stop words; together they ask what the guide calls the sum of the bill. They are read as "сумма".
 */
function owedReadings(words: readonly string[]): string[] {
  // Each word as typed, in Latin letters read in Cyrillic, and as written when typed as said ("скока").
  const readings = words.map((w) => [w, ...latinToCyrillicReadings(w), ...writtenForms(w)]);
  const says = (at: number, word: string) => (readings[at] ?? []).includes(word);
  const howMuchAt = words.flatMap((_, i) => (says(i, 'сколько') ? [i] : []));
  const owed = words.some((w) => OWED_FORMS.has(w)) || howMuchAt.some((i) => says(i + 1, 'с') && [...OWER_FORMS].some((ower) => says(i + 2, ower)));
  return howMuchAt.length > 0 && owed ? ['сумма'] : [];
}

/** What is owed or charged: the bill ("счёт"), the debt ("долг", "задолженность"), owing ("должна"), charging ("выставили", "списали"). */
const CHARGED = /^(?:сч[её]т|долг|задолж|должн|должен|выставил|выставлен|списал|списан|начислил|начислен)/;

/**
 * "за что мне выставили счёт", "за что именно я должна по реду" (what for): "за", "что", both stop words, asked of what is owed
 * or charged, ask which purchases it is for, what the guide calls "счёт за покупки". Read as "покупка"; not of anything else
 * ("штраф за что": a fine is for being late).
 */
function forWhatReadings(words: readonly string[]): string[] {
  const forWhat = words.some((w, i) => w === 'за' && words[i + 1] === 'что');
  return forWhat && words.some((w) => CHARGED.test(w)) ? ['покупка'] : [];
}

/** "тот" in its forms, and "туда" (there): after "не" they say "the wrong one", "the wrong way" (not "то", "та": "не то чтобы", "сумма не та"). */
const THAT_FORMS: ReadonlySet<string> = new Set(['тот', 'ту', 'того', 'той', 'тому', 'туда']);

/**
 * "нажал не ту кнопку", "перевёл не туда": all stop words, yet together they say what the guide says as "по ошибке"
 * (by mistake). The pair is read as that word; so is a payment the asker meant to make otherwise (story-clause.ts).
 */
function mistakeReadings(words: readonly string[]): string[] {
  return saysNotBefore(words, THAT_FORMS) || paidOtherwiseThanMeant(words) ? ['ошибка'] : [];
}

/**
 * Words their neighbours make part of something else, dropped: an auxiliary after a converb or a wished verb, a quoting particle and
 * the verb of saying after it ("деп жазылған", "деп нені айтады"), a case ending typed apart,
 * the adjective a degree question asks about, an abbreviation spelled out ("аббревиатурасы қалай ашылады"), "do" asked how ("как это сделать"), an ordinal counting times, days counted by a number, a span said
 * as how long ago ("час назад", "екі күн бұрын"), time passing said of a span and the date it passed since ("три дня прошло с даты"), "ай сайын" (every month),
 * a late payment the asker means to avoid ("чтобы не забыть"), "so far" ("до сих пор", "әлі күнге дейін"), "remained" said of a
 * state ("остался неоплаченный"), an error a machine showed ("банкомат выдал ошибку": not the asker's mistake), "twice" said of paying ("оплатил дважды": overpaying), paying said with more than was due ("перевёл больше, чем надо"), a payment "не пришёл" (did not come), a debt said to stay after paying ("а просрочка всё равно висит"), "онлайн" said of a purchase a bonus is asked of, the statement and the coming out said of a bill not out yet ("пока выписка не сформирована": paying ahead),
 * falling said of zero ("нөлге түсті": what "нөлге" says), what is said besides the thing asked ("кроме приложения": besides the app), the place of a question on where
 * ("қай жерден", "в каком разделе"), "кредитка" said of a product ("кредитка ред": the card it is), what a bill is for, that it was
 * issued, is the regular one paid or is to be paid ("счёт на оплату", "выставленный счёт", "внести очередной платёж", "счёт, который надо оплатить"), the words of "алдын ала" (in
 * advance) and of "кез келген" (any), the "время" of "во время" (during), cash said of paying at a machine ("в банкомате наличными") or naming a loan ("кредит наличными"), who asks when the asker
 * asks for someone ("муж спрашивает"), money put into a loan ("несиеге ақша салдым": paid), the asker's pay come ("зарплата
 * пришла": the story, no payment arrived), what the asker has on them or not ("карты с собой нет"), what a purchase cost, compared with the sum to pay ("стоила одну цену, а платить больше"), the asker told to pay ("пишут
 * оплатить": the bill that came), the app saying what it shows ("в приложении показывает, что …"), dates brought together
 * ("объединить даты": read as the loan whose date the bill takes), not seeing what is asked ("не вижу, сколько платить": finding it out).
 */
const TOLD_BY_NEIGHBOURS: readonly ((words: readonly string[], at: number) => boolean)[] = [
  isAuxiliaryAfterConverb,
  isWishAuxiliary,
  isQuoting,
  isCaseEndingTypedApart,
  isSizeAskedAfterDegreeWord,
  isFullOfAName,
  isAbbreviationSpelledOut,
  isDoingAskedHow,
  isOrdinalOfTimes,
  isCountedDays,
  isTimeAgo,
  isSpanPassing,
  isDatePassed,
  isEveryMonth,
  isMishapAvoided,
  isSaidSoFar,
  isRemainedInAState,
  isMachineError,
  isTwiceOfPaying,
  isPayingMoreThanDue,
  isPaymentNotArrived,
  isDebtLeftAfterPaying,
  isOnlineOfAPurchase,
  isSaidOfBillNotYetOut,
  isFallToZero,
  isSaidBesides,
  isPlaceAskedWhere,
  isCardKindOfProduct,
  isPartOfTheBillsName,
  isKazakhInAdvance,
  isKazakhAny,
  isDuring,
  isCashAtAMachine,
  isCashOfALoan,
  isWhoAsks,
  isPuttingIntoALoan,
  isPayCome,
  isThingCarried,
  isPriceComparedWithBill,
  isToldToPay,
  isAppSayingWhat,
  isDatesTogether,
  isCannotSeeAsked,
  isCountedAs,
];

/**
 * Function words that together say a topic word: only part of it, a mistake, the sum owed, a holiday, paying ahead, the sum
 * expected, what a charge is for, a sum not arrived (a machine's error, "платёж не пришёл", a debt left after paying), paying too much (paying twice, more than was due), an
 * internet shop (paying online, a bonus asked of it), a late payment (days passed since the date), paying a loan (money put in),
 * the next bill (the sum of a coming month asked), a loan (payment dates brought together), finding out (what is asked not seen),
 * paying (money given for something).
 */
const FUNCTION_WORD_READINGS: readonly ((words: readonly string[]) => string[])[] = [
  partialReadings, mistakeReadings, owedReadings, holidayReadings, aheadReadings, expectedSumReadings, forWhatReadings, machineErrorReadings, paidTwiceReadings,
  paymentNotArrivedReadings, debtLeftAfterPayingReadings, onlinePurchaseReadings, daysPastDueReadings, paidMoreThanDueReadings, loanPaidInReadings, comingMonthReadings,
  datesTogetherReadings, cannotSeeAskedReadings, givenForReadings,
];

/**
 * What the asker expected a sum to be: what they thought or worked out, or what their purchases cost ("думал", "считала",
 * "стоили": stop words or words of a story, which alone say nothing of the topic).
 */
const EXPECTED_FORMS: ReadonlySet<string> = new Set([
  'думал', 'думала', 'думали', 'считал', 'считала', 'считали', 'ожидал', 'ожидала', 'ожидали', 'рассчитывал', 'рассчитывала', 'стоил', 'стоила', 'стоили',
]);

/**
 * "больше, чем я считал", "меньше чем думала", "больше чем стоили покупки", "больше, чем я купила", "покупал на меньшую сумму", "я считала меньше", "я тратил меньше", "я столько не
 * тратил": a sum compared ("чем", than, a comparative beside the verb, or "столько не" before spending) with what the asker
 * expected or spent is what the guide calls "по моим расчетам", and so is a larger sum to pay told after what was bought ("купил на
 * 50 тысяч, а платить 58"). The pair is read as that word.
 */
function expectedSumReadings(words: readonly string[]): string[] {
  const besideOneOf = (i: number, forms: ReadonlySet<string>) => [words[i - 1], words[i + 1]].some((next) => next !== undefined && forms.has(next));
  const comparedWithExpected = words.some(
    (w, i) =>
      // what the asker bought, after "чем" ("больше, чем я набрал товаров"), not beside a comparative alone ("купил больше": bought more)
      (w === 'чем' && words.slice(i + 1, i + 3).some((next) => EXPECTED_FORMS.has(next) || BOUGHT_FORMS.has(next))) ||
      (COMPARATIVES.has(w) && besideOneOf(i, EXPECTED_FORMS)) ||
      (w === 'меньше' && besideOneOf(i, SPENT_FORMS)) ||
      // buying said of a smaller sum ("покупал на меньшую сумму", "купила меньше"): less than the bill
      (BOUGHT_FORMS.has(w) && words.slice(i + 1, i + 4).some((next) => LESS.test(next))) ||
      (SPENT_FORMS.has(w) && words[i - 1] === 'не' && words[i - 2] === 'столько'),
  );
  return comparedWithExpected || namesBillAbovePurchases(words) || namesPaymentAbovePrice(words) ? ['расчет'] : [];
}

/** "Less", "smaller" in any form ("меньше", "меньшую", "меньшей"). */
const LESS = /^меньш/;

/** "больше", "меньше" and their like: a sum compared. */
const COMPARATIVES: ReadonlySet<string> = new Set(['больше', 'меньше', 'выше', 'ниже']);

/**
 * What the asker spent, said to be less ("я тратил меньше", "я столько не тратил": I did not spend that much), a sum of their
 * own to compare the bill with; not "потратила больше, чем могла" (more than I could afford).
 */
const SPENT_FORMS: ReadonlySet<string> = new Set(['тратил', 'тратила', 'тратили', 'потратил', 'потратила', 'потратили']);

/**
 * Paying before the bill is out is paying ahead ("счёт ещё не пришёл, а я хочу заплатить", "погасить до счёта", "ждать ли счёт, чтобы
 * оплатить"): the guide's "заранее".
 */
function aheadReadings(words: readonly string[]): string[] {
  return saysBillNotYetOut(words) || saysPayingBeforeTheBill(words) || saysWaitingForTheBill(words) ? ['заранее'] : [];
}

/** A date that is a public holiday ("попал на 8 марта") is what the guide calls a "праздничный" day. */
function holidayReadings(words: readonly string[]): string[] {
  return namesPublicHoliday(words) ? ['праздничный'] : [];
}

/**
 * A stop word, also when typed in Latin letters ("kak", "za", "i") or as said or heard ("скока", "кагда", "сколька"); not a word
 * the vocabulary reads as a topic that is one vowel from a function word ("долга": of a debt, heard as "долго").
 */
function isStopWordInAnyScript(word: string): boolean {
  if (isStopWord(word) || latinToCyrillicReadings(word).some(isStopWord)) return true;
  const heard = writtenForms(word).filter(isStopWord);
  if (heard.length === 0) return false;
  // the vocabulary is asked only for a word heard as a function word: most words are none
  const synonyms = vocabularySynonyms(word);
  return isSaidFunctionWord(word) || synonyms.length === 0 || heard.some((stop) => synonyms.includes(stop));
}
