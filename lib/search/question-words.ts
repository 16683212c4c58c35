import { tokenizeWords } from './normalize-text';
import { writtenForms } from './spoken-spellings';
import { latinToCyrillicReadings } from './transliterate';
import { stemsOf } from './vocabulary-expansion';
import { ASKS_FOR, WAY } from './asked-for-table';
import { looksLikeRussianInfinitive } from './stem-russian';

/** The words a title says for what a question word asks (`before`: the word typed before it); none for other words. */
export function answerWordsFor(word: string, before?: string): readonly string[] {
  return ASKS_FOR.get(`${before} ${word}`) ?? ASKS_FOR.get(word) ?? [];
}

/** The same, only for a word read with the one before it ("чем можно"); none for a word read alone. */
export function pairAnswerWordsFor(word: string, before: string | undefined): readonly string[] {
  return ASKS_FOR.get(`${before} ${word}`) ?? [];
}

/** Whether a word asks for the ways or the steps of doing something ("способы", "варианты", "инструкция"): what "как" asks. */
export const asksForTheWays = (word: string) => answerWordsFor(word).some((asked) => WAY.includes(asked));

/** A typed word as typed, in Latin letters as read in Cyrillic ("skolko": сколько), and as written when typed as said ("скока"). */
export interface TypedWord {
  word: string;
  spellings: string[];
}

/** The query's words with their spellings, worked out once per keystroke (a query given as words is taken as it is). */
export function typedSpellings(query: string | readonly TypedWord[]): readonly TypedWord[] {
  if (typeof query !== 'string') return query;
  return tokenizeWords(query).map(({ word }) => ({ word, spellings: [word, ...latinToCyrillicReadings(word), ...writtenForms(word)] }));
}

/** "May" said after a question on the ways ("через что можно", "какими способами можно"): part of that question. */
const MAY = 'можно';

/**
 * The words a title says for what the typed word at `at` asks, read in each of its spellings and those of the word before.
 * "Можно" right after a word that asks for the ways ("через что можно оплатить": through what can one pay) asks what that
 * word asks, as "чем можно" does: it asks how, not whether one may (what a "Можно …?" title answers).
 */
export function askedAt(typed: readonly TypedWord[], at: number, readings = typed[at]!.spellings): string[] {
  if (startsAQuestionOnTheWays(typed, at, readings)) return [];
  const before = at > 0 ? typed[at - 1]!.spellings : [undefined];
  const asked = readings.flatMap((reading) => before.flatMap((b) => answerWordsFor(reading, b)));
  if (asked.length > 0 || at === 0 || !readings.includes(MAY)) return asked;
  return askedAt(typed, at - 1).filter((word) => WAY.includes(word));
}

/**
 * Whether the word at `at` begins a pair that asks for the ways ("куда нажать", "куда жать": what to press), read at the pair's
 * second word: it asks nothing of its own there ("куда" alone asks where).
 */
function startsAQuestionOnTheWays(typed: readonly TypedWord[], at: number, readings: readonly string[]): boolean {
  const next = typed[at + 1]?.spellings ?? [];
  return readings.some((reading) => next.some((after) => pairAnswerWordsFor(after, reading).some((asked) => WAY.includes(asked))));
}

/** The stems of what a query's question words ask for ("сколько платить": сумм, размер), none when it has none. */
export function askedTerms(query: string | readonly TypedWord[]): string[] {
  const typed = typedSpellings(query);
  return [...new Set(typed.flatMap((_, at) => askedAt(typed, at)).flatMap(stemsOf))];
}

/**
 * "How", asking for a degree ("насколько большой": how big), or "so", asking it in wonder ("настолько", "столь большой": so
 * big?), said before the adjective of the size asked ("такой большой", so big, says the size is the topic).
 */
const DEGREE_QUESTION: ReadonlySet<string> = new Set(['насколько', 'настолько', 'столь']);
/** An adjective of size in its full forms ("большой", "велика" is short; not "больше": a bill "больше" than expected is a topic). */
const SIZE_ADJECTIVE = /^(?:больш|велик|крупн)(?:ой|ая|ое|ие|ий|ую|ого|ому|им|ых)$/;

/**
 * Whether the word at `at` is the adjective a degree question asks about ("насколько большой штраф": how big
 * a fine): with the question word, it asks for the size, as "сколько" asks for the sum, and names no topic.
 */
export function isSizeAskedAfterDegreeWord(words: readonly string[], at: number): boolean {
  return at > 0 && DEGREE_QUESTION.has(words[at - 1]!) && SIZE_ADJECTIVE.test(words[at]!);
}

/** "Full" (folded): "толық атауы", "полная расшифровка", "қалай аталады толығымен" (the full name, in full) ask what a name stands for. */
const FULL = /^(?:толык|толыгымен|полн(?:ое|ая|ую|ой|ого|ый))$/;
/**
 * A name, what it stands for, its meaning or full version, as the stop words ask it ("атауы", "аты", "расшифровка", "мағынасы", "нұсқасы",
 * "жазылуы": how it is written; not "название", which may be a shop's).
 */
const NAME_WORD = /^(?:атау|атал|расшифровк|магына|нуска|жазылуы?н?$|атын?$)/;
/** An abbreviation or its letters (folded: "аббревиатурасы", "қысқартуы", "әріптері", "буквы"): a name, what it stands for asked. */
const ABBREVIATION_WORD = /^(?:аббревиатур|кыскарт|арп|арип|букв)/;
/** Being spelled out ("қалай ашылады", "ашылуы": how it is spelled out), said of an abbreviation. */
const SPELLED_OUT = /^(?:ашылады|ашылатын|ашылуы)$/;

/**
 * Whether the word at `at` is an abbreviation spelled out ("ФДО аббревиатурасы қалай ашылады": how is FDO spelled out): it asks what
 * the name stands for, as "деген не" does, and opens nothing ("ашылады" is also a card or an account opened).
 */
export function isAbbreviationSpelledOut(words: readonly string[], at: number): boolean {
  return SPELLED_OUT.test(words[at]!) && words.slice(Math.max(0, at - 3), at).some((word) => ABBREVIATION_WORD.test(word));
}

/**
 * Whether the word at `at` is "full" said of a name ("ФДО толық атауы қалай": what is FDO's full name), or after an abbreviation
 * ("аббревиатурасы толық қалай ашылады": how is it spelled out in full): with the name,
 * it asks what the name stands for, as "деген не" does (the name words are stop words), and names no topic of its own.
 */
export function isFullOfAName(words: readonly string[], at: number): boolean {
  if (!FULL.test(words[at]!)) return false;
  // the name said just before or after it ("толық атауы", "қалай аталады толығымен")
  return [words[at + 1], words[at - 1]].some((near) => NAME_WORD.test(near ?? '')) || ABBREVIATION_WORD.test(words[at - 1] ?? '');
}

/** "Do" in the forms asked how ("сделать", "сделаю", "сделается"; "делается", "делают": how is it done). */
const DO_FORMS = /^(?:сдела(?:ть|ю|ем|ется|ешь)|дела(?:ется|ют))$/;
/** What may also stand between "как" and "это сделать" ("как мне это сделать", "как это можно сделать", "как это вообще делается"). */
const BETWEEN_HOW_AND_DO: ReadonlySet<string> = new Set(['это', 'мне', 'можно', 'лучше', 'правильно', 'же', 'бы', 'теперь', 'вообще']);

/**
 * Whether the word at `at` is "do" asked how of what was said before ("погасить ред, как это сделать", "оплатить ред, как
 * сделать"): "это" (it), or nothing after it, stands for the verb said, so "сделать" names nothing an answer must hold. Not "как
 * сделать выписку": there it says what is done.
 */
export function isDoingAskedHow(words: readonly string[], at: number): boolean {
  if (!DO_FORMS.test(words[at]!)) return false;
  // "как сделать" ending a question after the verb it stands for ("надо оплатить ред, как сделать"): nothing after it says what is done
  if (words[at - 1] === 'как' && at === words.length - 1 && words.slice(0, at - 1).some(looksLikeRussianInfinitive)) return true;
  let saysIt = false;
  for (let i = at - 1; i >= 0 && at - i <= 3; i--) {
    if (words[i] === 'как') return saysIt;
    if (!BETWEEN_HOW_AND_DO.has(words[i]!)) return false;
    if (words[i] === 'это') saysIt = true;
  }
  return false;
}
