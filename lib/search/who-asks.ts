/** Asking, said of someone else ("муж спрашивает", "мама спросила", "сын интересуется"), normalised. */
const ASKS = /^(?:спрашивает|спрашивают|спросил|спросила|спросили|интересуется|интересовался|интересовалась)$/;

/** What asks the asker for something ("приложение спрашивает пароль", "ред спрашивает подтверждение"): a topic, no person. */
const THING = /^(?:приложени|банкомат|терминал|касс|сайт|систем|каспи|kaspi|ред|red|голд|gold)/;

/**
 * Whether the word at `at` is who asks, said before the asking ("муж спрашивает сколько по реду", "мама спросила где"): the one the
 * asker asks for, a story word no answer holds; unknown to the guide, it would make the question look mostly unknown.
 */
export function isWhoAsks(words: readonly string[], at: number): boolean {
  return at === 0 && ASKS.test(words[1] ?? '') && !THING.test(words[0]!);
}
