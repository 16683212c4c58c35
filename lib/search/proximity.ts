/**
 * Phrase evidence: how many neighbouring query words stand close together
 * in an answer (within WINDOW words, in either order). A guide answer that
 * is about the query says its words together ("штраф за просрочку"); an
 * answer that merely holds the same words scattered does not.
 */
const WINDOW = 3;

/** A gap wider than WINDOW between title and body, so no pair spans them. */
export const FIELD_GAP: readonly string[] = Array.from({ length: WINDOW + 1 }, () => '');

/** A pair said in the order typed counts fully; in the other order, this much. */
const REVERSED = 0.5;

/**
 * How many neighbouring query-word pairs (by the order typed, stop words
 * included: "через", "за" tie a phrase together) stand within WINDOW words
 * of each other in `stream` (an answer's stemmed words, title then body):
 * 1 per pair in the typed order, REVERSED per pair in the other, averaged
 * over pairs, 0..1; 0 for queries of one word. Random text that holds the
 * same words rarely holds them in the typed order.
 */
export function proximity(stream: readonly string[], queryWords: readonly ReadonlySet<string>[]): number {
  if (queryWords.length < 2) return 0;
  // Last position seen of each query word while walking the answer once.
  const last = new Int32Array(queryWords.length).fill(-1e9);
  const close = new Float64Array(queryWords.length - 1);
  for (let pos = 0; pos < stream.length; pos++) {
    const term = stream[pos]!;
    if (!term) continue;
    for (let w = 0; w < queryWords.length; w++) {
      if (!queryWords[w]!.has(term)) continue;
      last[w] = pos;
      if (w > 0 && pos - last[w - 1]! <= WINDOW) close[w - 1] = 1;
      if (w + 1 < queryWords.length && pos - last[w + 1]! <= WINDOW) close[w] = Math.max(close[w]!, REVERSED);
    }
  }
  let count = 0;
  for (const c of close) count += c;
  return count / close.length;
}
