/**
 * Adverbs people often write as two words: "не оплатил во время" for "вовремя" (on time), "оплатить за ранее" for
 * "заранее" (in advance). Split, each word says something else: "время" asks until what time, "ранее" when.
 * "Во время" is read as "вовремя" only where it ends a clause: followed by a noun it is "during" ("во время поездки").
 */
const ON_TIME_APART = /(?<!\p{L})во\s+время(?=\s*(?:[?!.,;:)]|$))/giu;
const IN_ADVANCE_APART = /(?<!\p{L})за\s+ран{1,2}ее(?!\p{L})/giu;

/** The text with such adverbs written as one word. */
export function joinAdverbsWrittenApart(text: string): string {
  return text.replace(ON_TIME_APART, 'вовремя').replace(IN_ADVANCE_APART, 'заранее');
}

/**
 * Whether the word at `at` is a word of Kazakh "алдын ала" (in advance, written as two words): it says when the asker paid, which
 * the answers on paying ahead say otherwise ("келесі айдың төлемін", "2 ай сайынғы төлемді салдым"); searched, both words are
 * forms of "алу" (to get).
 */
export function isKazakhInAdvance(words: readonly string[], at: number): boolean {
  return (words[at] === 'ала' && words[at - 1] === 'алдын') || (words[at] === 'алдын' && words[at + 1] === 'ала');
}

/**
 * Whether the word at `at` is a word of Kazakh "кез келген" (any, written as two words): it says which things a question is about,
 * not what; searched, "келген" is a form of "келу" (to come), which the vocabulary reads as a bonus that came.
 */
export function isKazakhAny(words: readonly string[], at: number): boolean {
  return (words[at] === 'келген' && words[at - 1] === 'кез') || (words[at] === 'кез' && words[at + 1] === 'келген');
}

/**
 * Whether the word at `at` is the "время" of "во время" (during: "во время оплаты банкомат завис"): what is left of it once the
 * adverb ending a clause is joined (joinAdverbsWrittenApart) says when something happened, not the time an answer names.
 */
export function isDuring(words: readonly string[], at: number): boolean {
  return words[at] === 'время' && words[at - 1] === 'во';
}
