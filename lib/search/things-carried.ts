/** "собой" of "с собой" (on oneself), normalised. */
const ON_ONESELF = 'собой';
/** "с", "со" before it. */
const WITH = new Set(['с', 'со']);
/** Things one carries to pay with or to prove who one is: a card, a phone, a wallet, a passport, an ID (normalised). */
const CARRIED = /^(?:карт(?:а|у|ы|ой|очк[аиуе]|очкой)|телефон[аеу]?|кошел[её]к|кошелька|паспорт[аеу]?|удостоверени[еяю])$/;
/** What is said of carrying it: having it or not, taking it or not ("нет", "есть", "не взяла", "забыл"). */
const CARRYING = /^(?:нет|нету|есть|не|взял[аио]?|брал[аио]?|забыл[аио]?|оставил[аио]?)$/;
/** How far from "с собой" a thing and what is said of carrying it are read. */
const REACH = 3;

/** Whether "с собой" ends within REACH of `at`. */
function onOneselfNear(words: readonly string[], at: number): boolean {
  for (let i = Math.max(1, at - REACH); i <= Math.min(words.length - 1, at + REACH); i++) {
    if (words[i] === ON_ONESELF && WITH.has(words[i - 1]!)) return true;
  }
  return false;
}

/**
 * Whether the word at `at` tells what the asker has or has not on them ("карты с собой нет", "не взяла с собой телефон", "с собой
 * только наличные" keeps the cash): the circumstance of a question on where or how to pay, not its topic; the card would favour
 * answers that speak of one, and "нет" would read as something missing.
 */
export function isThingCarried(words: readonly string[], at: number): boolean {
  const word = words[at]!;
  if (word === ON_ONESELF) return WITH.has(words[at - 1] ?? '');
  if (WITH.has(word) && words[at + 1] === ON_ONESELF) return true;
  return (CARRIED.test(word) || CARRYING.test(word)) && onOneselfNear(words, at);
}
