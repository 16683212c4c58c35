/**
 * Phrase evidence: how close neighbouring query words stand in an answer. A
 * guide answer that is about the query says its words together ("штраф за
 * просрочку", "на второй день просрочки будет начислен штраф"); an answer
 * that merely holds the same words scattered does not.
 */
const WINDOW = 12;

/** A gap wider than WINDOW between title and body, so no pair spans them. */
export const FIELD_GAP: readonly string[] = Array.from({ length: WINDOW + 1 }, () => '');

/** A pair said in the order typed counts fully; in the other order, this much. */
const REVERSED = 0.5;

/**
 * How close two words `distance` positions apart are: 1 for neighbours,
 * falling linearly to 0 beyond WINDOW. Graded rather than a cut-off: in a
 * long answer two words a dozen words apart still belong to one sentence,
 * while words met by chance are usually much further apart.
 */
const closeness = (distance: number) => Math.max(0, 1 - (distance - 1) / WINDOW);

/**
 * For each neighbouring query-word pair (by the order typed, stop words
 * included: "через", "за" tie a phrase together), the best closeness of the
 * two in `stream` (an answer's stemmed words, title then body): in full in
 * the typed order, REVERSED in the other; averaged over pairs, 0..1; 0 for
 * queries of one word. Random text that holds the same words rarely holds
 * them close and in the typed order.
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
      if (w > 0) close[w - 1] = Math.max(close[w - 1]!, closeness(pos - last[w - 1]!));
      if (w + 1 < queryWords.length) close[w] = Math.max(close[w]!, REVERSED * closeness(pos - last[w + 1]!));
    }
  }
  let sum = 0;
  for (const c of close) sum += c;
  return sum / close.length;
}
