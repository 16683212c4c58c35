import { BRAND_NAMES, DOMAIN_VOCABULARY, PRODUCT_NAMES } from './domain-vocabulary';
import { caseEndingRoot, stemKazakh } from './stem-kazakh';
import { stemRussian } from './stem-russian';
import { normalizeText } from './normalize-text';
import { tokenSetOf, wordsWithinEdits } from './lunr-adapter';
import { reflexiveSpelledOtherwise, writtenForms } from './spoken-spellings';
import { latinToCyrillicReadings } from './transliterate';
import { isPossessivePronoun, isStopWord } from './stop-words';
import { isMoneyWord } from './number-words';

/**
 * Every stem a word may take, in either language. A Kazakh stem ending in "ь" is a Russian word
 * cut by Kazakh rules ("деньги" → день, as if "-ги" were a Kazakh ending): not a stem it takes.
 */
export function stemsOf(word: string): string[] {
  if (!/[а-я]/.test(word)) return [word];
  const kazakh = stemKazakh(word);
  const cutRussian = kazakh !== word && kazakh.endsWith('ь');
  return [...new Set([stemRussian(word), ...(cutRussian ? [] : [kazakh]), word])];
}

function wordsOf(entry: string): string[] {
  return normalizeText(entry).split(/\s+/).filter(Boolean);
}

const EXACT = '=';
/** An entry only read when said (in full, for a phrase), never searched for: see domain-vocabulary.ts. */
const SAID_ONLY = '>';
/** A name, read when said in any form with a long stem, never searched for: see domain-vocabulary.ts. */
const NAME = '~';
const MIN_KEY_LENGTH = 2;
/**
 * A name's stems shorter than this are not its own: the Kazakh stem of "Самоа" (само) is also that of
 * "самому", that of "Сомали" (сома) the Kazakh sum's. Its full form always is.
 */
const MIN_NAME_STEM_LENGTH = 5;

/** A vocabulary entry as written: its words, and how it may be matched. */
interface Entry {
  words: string[];
  /** Only its exact form matches (`=word`, and a one-word `>word`), not every form of its stem. */
  exact: boolean;
  /** Only read when said (`>`, `~`), never searched for. */
  saidOnly: boolean;
  /** A name (`~`): matched by its long stems only. */
  name: boolean;
}

const GROUPS: readonly Entry[][] = DOMAIN_VOCABULARY.map((group) =>
  group.map((entry) => {
    const name = entry.startsWith(NAME);
    const saidOnly = name || entry.startsWith(SAID_ONLY);
    return { words: wordsOf(entry.replace(/^[=>~]/, '')), exact: entry.startsWith(SAID_ONLY) || entry.startsWith(EXACT), saidOnly, name };
  }),
);

/** The hand-written one-word entries (names aside), as written. */
const WRITTEN_ENTRIES: readonly Entry[] = GROUPS.flat().filter(({ words, name }) => !name && words.length === 1);

/** Every word a hand-written entry (not a name) is keyed by: a name never takes a word the vocabulary reads otherwise. */
const WRITTEN_KEYS: ReadonlySet<string> = new Set(WRITTEN_ENTRIES.flatMap(({ words, exact }) => (exact ? [words[0]!] : stemsOf(words[0]!))));

/**
 * The Russian case forms of a short name whose stem is too short to be its own ("Прага": в Прагу, в Праге; "Рим":
 * в Риме), matched as themselves. Names ending in another vowel ("Сочи", "Баку") do not decline.
 */
function russianCaseForms(name: string): string[] {
  if (!/^[а-я]+$/.test(name)) return [];
  if (name.endsWith('а')) return ['у', 'е', 'ы', 'и', 'ой'].map((ending) => name.slice(0, -1) + ending);
  if (name.endsWith('я')) return ['ю', 'е', 'и', 'ей'].map((ending) => name.slice(0, -1) + ending);
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(name)) return ['а', 'у', 'е', 'ом'].map((ending) => name + ending);
  return [];
}

/** The keys an entry is found by. */
function keysOf({ words, exact, name }: Entry): string[] {
  const word = words[0]!;
  if (exact) return [EXACT + word];
  if (name) {
    const own = stemsOf(word).filter((stem) => stem === word || stem.length >= MIN_NAME_STEM_LENGTH);
    const cases = stemsOf(word).some((stem) => stem !== word && stem.length >= MIN_NAME_STEM_LENGTH) ? [] : russianCaseForms(word).map((form) => EXACT + form);
    return [...own, ...cases].filter((key) => !WRITTEN_KEYS.has(key.replace(EXACT, '')) && !isStopWord(key.replace(EXACT, '')));
  }
  return stemsOf(word).filter((key) => key.length >= MIN_KEY_LENGTH);
}

/**
 * Key (a one-word entry's stem, or `=word` for an exact one) → what `pick` takes from each group the
 * entry belongs to (built once). A one-letter stem ("ай" → а) would tie a group to an unrelated word.
 */
function indexGroups<T>(pick: (group: readonly Entry[]) => T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const group of GROUPS) {
    const picked = pick(group);
    if (picked.length === 0) continue;
    for (const entry of group) {
      if (entry.words.length !== 1) continue; // a phrase is searched for, not matched on
      for (const key of keysOf(entry)) map.set(key, [...(map.get(key) ?? []), ...picked]);
    }
  }
  return map;
}

const searched = (group: readonly Entry[]) => group.filter((e) => !e.saidOnly);
/** The one-word entries searched for. */
const ONE_WORD_ENTRIES = indexGroups((group) => searched(group).filter((e) => e.words.length === 1).map((e) => e.words[0]!));
/** The multi-word entries searched for, as their words. */
const PHRASE_ENTRIES = indexGroups((group) => searched(group).filter((e) => e.words.length > 1).map((e) => e.words));

/** A name's key (see keysOf) → the one-word entries searched for of the groups it names a member of. */
const NAME_GROUPS = new Map<string, string[]>();
for (const group of GROUPS) {
  const words = searched(group).filter((e) => e.words.length === 1).map((e) => e.words[0]!);
  for (const entry of group) if (entry.name) for (const key of keysOf(entry)) NAME_GROUPS.set(key, [...(NAME_GROUPS.get(key) ?? []), ...words]);
}

/** What a typed word read as a name ("в Корее", "в Катаре") says, from the name's groups alone; none for any other word. */
export function nameSynonyms(word: string): string[] {
  return [...new Set([EXACT + word, ...stemsOf(word)].flatMap((key) => NAME_GROUPS.get(key) ?? []))];
}

/** What the index holds for a word: found by its exact form and by its stems, each once, never the word itself. */
function lookUp<T>(index: Map<string, T[]>, word: string, keyOf: (value: T) => string): T[] {
  const out = new Map<string, T>();
  for (const key of [EXACT + word, ...stemsOf(word)]) for (const value of index.get(key) ?? []) out.set(keyOf(value), value);
  out.delete(word);
  return [...out.values()];
}

/**
 * The one-word entries of the vocabulary groups whose entry has this stem ("просрочк": просрочка, вовремя, …):
 * a misspelled word ("прасрочка") that typo search finds as a vocabulary word's stem says what that word says.
 */
export function vocabularyOfStem(stem: string): string[] {
  return ONE_WORD_ENTRIES.get(stem) ?? [];
}

/** The forms the vocabulary spells out as one-word entries. */
const WRITTEN_WORDS: ReadonlySet<string> = new Set(WRITTEN_ENTRIES.map(({ words }) => words[0]!));

/** Whether the vocabulary spells out this very form as an entry ("оплачивать"), not only a form of the same stem. */
export function isWrittenInVocabulary(word: string): boolean {
  return WRITTEN_WORDS.has(word);
}

/** Whether the vocabulary lists this very form as itself (`=word`): "келе" (will it come), whose stem is also "келесі"'s (next). */
export function isListedAsItself(word: string): boolean {
  return ONE_WORD_ENTRIES.has(EXACT + word);
}

/** The one-word entries of the vocabulary groups a word belongs to (never the word itself): what search looks for besides the word. */
export function vocabularySynonyms(word: string): string[] {
  return lookUp(ONE_WORD_ENTRIES, word, (w) => w);
}

/**
 * The vocabulary phrases that say what a word says ("переплатил": внёс … больше), as their words:
 * an answer says the phrase only when it holds all of them, not when it holds one ("больше").
 */
export function vocabularyPhrases(word: string): string[][] {
  return lookUp(PHRASE_ENTRIES, word, (words) => words.join(' '));
}

/** Equivalent words from the domain vocabulary for a normalised word (never the word itself), phrases word by word. */
export function expandWithVocabulary(word: string): string[] {
  return [...new Set([...vocabularySynonyms(word), ...vocabularyPhrases(word).flat()])].filter((w) => w !== word);
}

/**
 * The instrumental forms of a feminine noun in "-а"/"-я" ("карта": картой, картою), which no other case
 * of it takes: what something is done with ("платить ред картой": paying with the card), not the thing
 * a phrase names ("карта ред": the product).
 */
function instrumentalForms(word: string): string[] {
  if (!/[а-я]{2}[^аяеиоуыэю][ая]$/.test(word)) return [];
  const stem = word.slice(0, -1);
  return ['ой', 'ою', 'ей', 'ею'].map((ending) => stem + ending);
}

/** "Не" (not): a phrase that opens with it is said in its order. */
const NOT = 'не';

/** Russian prepositions (normalised): a phrase that opens with one is said in its order; one inside a phrase governs the word after it. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['до', 'после', 'через', 'перед', 'без', 'за', 'на', 'в', 'во', 'по', 'с', 'со', 'от', 'из', 'к', 'при', 'под', 'над', 'для']);

/**
 * Multi-word entries ("оператор фискальных данных"): the stems of each of their words, the forms that
 * do not say them (instrumentalForms), and their group's one-word entries.
 */
const PHRASES = GROUPS.flatMap((group) =>
  group
    .filter((entry) => entry.words.length > 1)
    .map((entry) => ({
      // A stop word only as itself: "сколько" is not "до скольки" (until what hour), whose stem it shares.
      words: entry.words.map((w) => new Set(isStopWord(w) ? [w] : stemsOf(w))),
      instrumental: new Set(entry.words.flatMap(instrumentalForms)),
      // What the group says in one word ("фдо"): another phrase's words, one by one, would say less.
      others: searched(group).filter((other) => other.words.length === 1).map((other) => other.words[0]!),
      saidOnly: entry.saidOnly,
      // A phrase that opens with a preposition ("до срока": before the due date) is said in that order: "срок, до которого"
      // (the date by which) says the date, not "before" it. So is one that opens with "не", which denies the word after it:
      // "не столько" (not as much as) is another sum, "столько не покупала" (did not buy that much) is not.
      ordered: PREPOSITIONS.has(entry.words[0]!) || entry.words[0] === NOT,
      // A preposition inside a phrase ("перевела на ред": paid onto Red) governs the word after it: "перевести деньги с ред на
      // карту" (from Red onto a card) holds the same words and says another thing.
      innerPrepositions: entry.words.flatMap((w, k) => (k > 0 && k + 1 < entry.words.length && PREPOSITIONS.has(w) ? [k] : [])),
    })),
);

/** The brand (folded, either script) and the machines it names ("Kaspi Банкомат", "Kaspi Терминал"). */
const BRAND = /^(?:kaspi|каспи)$/;
/** Whether a word is the brand itself, as typed in either script ("kaspi", "каспи"; not "каспимен", paying with it). */
export const isBrandWord = (word: string) => BRAND.test(word);
const MACHINE = /^(?:банкомат|терминал)/;
/** Whether a word names one of Kaspi's machines, an ATM or a terminal, in any form. */
export const namesMachine = (word: string) => MACHINE.test(word);
/** "В" (in), said before the brand as the place: the app ("где в каспи написано": where in Kaspi is it written). */
const IN = 'в';
/** Whether the word at `at` is the brand said as a machine's name ("банкомат каспи") or as the place ("в каспи"). */
const namesAMachineOrPlace = (typed: readonly string[], at: number) =>
  BRAND.test(typed[at]!) && (MACHINE.test(typed[at - 1] ?? '') || MACHINE.test(typed[at + 1] ?? '') || typed[at - 1] === IN);

/** Question words (folded) that ask which or when: said between a phrase's words, they make it another question. */
const ASKING: ReadonlySet<string> = new Set([
  'какой', 'какая', 'какое', 'какие', 'какого', 'какую', 'каком', 'каких', 'какому', 'каким', 'какими', 'когда', 'кандай', 'кай', 'кашан',
]);

/** Whether a word is the vocabulary entry `entry` itself or one of its group ("погасить" says "оплатить"). */
export const saysEntry = (word: string, entry: string) => word === entry || vocabularySynonyms(word).includes(entry);

/** Whether a typed word asks to find something out ("узнать", "посмотреть", "знать", "тарихы") by the vocabulary. */
export const findsOut = (word: string) => saysEntry(word, 'узнать');

/** Whether a typed word says paying, as the vocabulary reads it ("заплатить", "погасить", "внести"). */
export const saysPaying = (word: string) => saysEntry(word, 'оплатить');

/** Whether a typed word is a product name, in any of its spellings ("ред": red). */
export const namesProduct = (word: string) => PRODUCT_NAMES.has(word) || vocabularySynonyms(word).some((synonym) => PRODUCT_NAMES.has(synonym));

/**
 * For each typed word that is part of a vocabulary phrase said in full, the one-word entries of the
 * phrase's group: "оператор фискальных данных" (in any order, with no topic word between) also says "фдо".
 * A phrase is searched for as a whole (vocabularyPhrases); said in full, it is also matched on.
 */
export function phraseSynonyms(typed: readonly string[]): Map<string, string[]> {
  return saidPhrases(typed, false);
}

/**
 * For each typed word that is the one topic word of a said-only phrase said in full ("до даты": before the
 * date), the one-word entries of the phrase's group ("заранее"): what the word says there, instead of itself.
 */
export function turnedWords(typed: readonly string[]): Map<string, string[]> {
  return saidPhrases(typed, true);
}

function saidPhrases(typed: readonly string[], onlyTurned: boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  // A word typed in Latin letters says the phrase its Cyrillic reading says ("skolko platit"), one typed as said
  // the phrase its written form says ("скок платить"); a Kazakh noun in a case says it too ("онлайн дүкенде": the
  // stemmer cuts "дүкенде" into the word itself, as it does "магазинде"), and a reflexive verb typed with "-тся" for "-ться" or
  // the other way round ("снова пользоватся") the phrase it would say spelled right.
  const typedStems = typed.map((word) =>
    [word, ...latinToCyrillicReadings(word), ...writtenForms(word), ...reflexiveSpelledOtherwise(word), caseEndingRoot(word)]
      .filter((w): w is string => w !== null)
      .flatMap(stemsOf),
  );
  // A stop word the phrase does not hold (filler among them) does not break it: "сколько придётся платить",
  // "сколько надо будет заплатить" say "сколько платить". Nor does a product name, what the phrase is said of:
  // "погасить ред полностью" says "погасить полностью". The brand does: "оператор каспи" is an operator of
  // Kaspi's, not the "оператор фискальных данных". Nor does money, what a payment is made of: "сколько денег внести"
  // says "сколько внести". Nor does whose it is: "перечень моих покупок" says "перечень покупок".
  // A question word between them does: "до какой даты" (until what date) asks for a date, "до даты" is before it.
  // Finding out is no topic of its own either, but what is done about the phrase's: "узнать заранее" (find out in
  // advance) turns "заранее" alone.
  const aside = typed.map((word) => (isStopWord(word) && !ASKING.has(word)) || namesProduct(word) || findsOut(word));
  // Nor does the brand said as a machine's name ("банкомат каспи", "каспи терминал": the guide's "Kaspi Банкомат"), or as the
  // place ("где в каспи написано").
  const passedOver = typed.map((word, i) => aside[i] || isMoneyWord(word) || isPossessivePronoun(word) || namesAMachineOrPlace(typed, i));
  const says = (own: readonly string[], stems: ReadonlySet<string>) => own.some((stem) => stems.has(stem));
  for (const phrase of PHRASES) {
    const spoken = typed.flatMap((_, i) => (passedOver[i] && !phrase.words.some((stems) => says(typedStems[i]!, stems)) ? [] : [i]));
    const n = phrase.words.length;
    for (let start = 0; start + n <= spoken.length; start++) {
      const window = spoken.slice(start, start + n);
      if (!phrase.words.every((stems) => window.some((i) => !phrase.instrumental.has(typed[i]!) && says(typedStems[i]!, stems)))) continue;
      if (phrase.ordered && !says(typedStems[window[0]!]!, phrase.words[0]!)) continue;
      // Each inner preposition is followed, in the window, by the phrase's word after it.
      const followedAsSaid = (k: number) =>
        window.some((i, j) => j + 1 < window.length && says(typedStems[i]!, phrase.words[k]!) && says(typedStems[window[j + 1]!]!, phrase.words[k + 1]!));
      if (!phrase.innerPrepositions.every(followedAsSaid)) continue;
      if (onlyTurned && (!phrase.saidOnly || window.filter((i) => !aside[i]).length !== 1)) continue;
      for (const i of window) if (!onlyTurned || !aside[i]) out.set(typed[i]!, [...(out.get(typed[i]!) ?? []), ...phrase.others]);
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
