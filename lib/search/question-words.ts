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

const ASKS_FOR: ReadonlyMap<string, readonly string[]> = new Map([
  ['сколько', AMOUNT],
  ['скока', AMOUNT],
  ['скоко', AMOUNT],
  // "во сколько": at what time
  ['во сколько', TIME],
  ['в сколько', TIME],
]);

/** The words a title says for what a question word asks (`before`: the word typed before it); none for other words. */
export function answerWordsFor(word: string, before?: string): readonly string[] {
  return ASKS_FOR.get(`${before} ${word}`) ?? ASKS_FOR.get(word) ?? [];
}
