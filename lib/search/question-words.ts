import { tokenizeWords } from './normalize-text';
import { writtenForms } from './spoken-spellings';
import { latinToCyrillicReadings } from './transliterate';
import { stemsOf } from './vocabulary-expansion';

/**
 * What a question word asks for, as the guide's titles say it. Question words are stop words,
 * never searched, yet they say what kind of answer is wanted: "сколько платить" is answered by
 * "Как узнать сумму счёта", "сколько штраф" by "Какой размер штрафа", "во сколько" by
 * "До какого времени". In the title overlap and the phrase evidence a question word also
 * counts as these words.
 */
const AMOUNT = ['сумма', 'размер'];
// "время" and "времени" stem apart (врем, времен)
const TIME = ['время', 'времени', 'час'];
const WAY = ['как'];
const KAZAKH_WAY = ['калай'];

const ASKS_FOR: ReadonlyMap<string, readonly string[]> = new Map([
  ['сколько', AMOUNT],
  // "во сколько обойдётся" (what will it cost): a sum, though "во сколько" alone asks for a time
  ['обойдется', AMOUNT],
  // "во сколько": at what time
  ['во сколько', TIME],
  ['в сколько', TIME],
  // "в какое время" (at what time) asks what "во сколько" asks: "время" alone is a topic word, searched as itself
  ['какое время', TIME],
  // "до которого часа", "в котором часу" ask what "до какого", "в каком" ask ("который" alone is also "that": "деньги, которые")
  ['до которого', ['какого']],
  ['в котором', ['каком']],
  // not a question, yet stop words all: "до того как выставят счёт", "перед тем как" (before) say what a title's "заранее" says
  ['до того', ['заранее']],
  ['перед тем', ['заранее']],
  // "куда делись деньги" (where did the money go) asks what "Где мои деньги?" answers
  ['куда', ['где']],
  // "бонусым қайда кетті" (where did my bonus go) asks what a title on a bonus not seen ("көрінбей тұр") answers
  ['кайда кетти', ['коринбей']],
  // "откуда такая сумма" (where does it come from) asks what a "… Почему?" title answers
  ['откуда', ['почему']],
  // "отчего" (from what) asks why
  ['отчего', ['почему']],
  // "в каком разделе" (in which section of the app) asks where
  ...['раздел', 'разделе', 'разделы', 'разделах'].map((word): [string, readonly string[]] => [word, ['где']]),
  // "қайдан көремін" (where can I see it) asks for a way: what a "… қалай білемін?" (how do I find out) title answers
  ['кайдан', ['калай']],
  // "қай тауарға" (which goods), "тауарлар тізімі" (the list of goods) ask what a "қандай тауарға …?" (what goods) title answers
  ...['кай', 'кайсы', 'тизими', 'тизимин'].map((word): [string, readonly string[]] => [word, ['кандай']]),
  // "алу жолы", "тәсілі" (the way, the method to get it) asks what a "… қалай …?" title answers
  ...['жолы', 'жолын', 'жолдары', 'жолдарын', 'тасили', 'тасилин', 'тасилдери', 'тартиби', 'тартибин'].map((word): [string, readonly string[]] => [word, KAZAKH_WAY]),
  // "оплачивается или нет" (is it paid there or not) asks whether, what a "Можно …?" or "Я могу …?" title answers
  ['или нет', ['можно', 'могу']],
  // "через банкомат или только в приложении" (at a machine, or only in the app) asks whether the first is possible
  ['или только', ['можно', 'могу']],
  // "чем можно оплатить" (with what can one pay) asks for the ways, what a "Как …?" title answers ("чем" alone is also "than")
  ['чем можно', WAY],
  // the ways or the steps to do something ("какими способами", "каким образом", "какими путями", "варианты оплаты",
  // "пошаговая инструкция", "шаги оплаты") ask what a "Как …?" title answers
  ...['способ', 'способы', 'способом', 'способа', 'способов', 'способами', 'каким образом', 'путем', 'путями', 'вариант', 'варианты', 'вариантов', 'вариантами', 'инструкция', 'пошагово', 'пошаговая', 'шаги', 'шагов', 'шагам'].map(
    (word): [string, readonly string[]] => [word, WAY],
  ),
]);

/** The words a title says for what a question word asks (`before`: the word typed before it); none for other words. */
export function answerWordsFor(word: string, before?: string): readonly string[] {
  return ASKS_FOR.get(`${before} ${word}`) ?? ASKS_FOR.get(word) ?? [];
}

/** The same, only for a word read with the one before it ("чем можно"); none for a word read alone. */
export function pairAnswerWordsFor(word: string, before: string | undefined): readonly string[] {
  return ASKS_FOR.get(`${before} ${word}`) ?? [];
}

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

/** The words a title says for what the typed word at `at` asks, read in each of its spellings and those of the word before. */
export function askedAt(typed: readonly TypedWord[], at: number, readings = typed[at]!.spellings): string[] {
  const before = at > 0 ? typed[at - 1]!.spellings : [undefined];
  return readings.flatMap((reading) => before.flatMap((b) => answerWordsFor(reading, b)));
}

/** The stems of what a query's question words ask for ("сколько платить": сумм, размер), none when it has none. */
export function askedTerms(query: string | readonly TypedWord[]): string[] {
  const typed = typedSpellings(query);
  return [...new Set(typed.flatMap((_, at) => askedAt(typed, at)).flatMap(stemsOf))];
}
