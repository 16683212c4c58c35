/**
 * Positions of the `k` best of the scored items, best first: the highest score, and on equal
 * scores the lowest tie key. A heap bounded to `k` (n log k) instead of sorting everything:
 * at the guide's size a short query word touches thousands of answers and only the first few
 * dozen are looked at again. Written by hand: a 30-line selection over typed arrays, where a
 * general heap package would box every item for its comparator on every keystroke.
 */
export function topScored(scores: ArrayLike<number>, tieKeys: ArrayLike<number>, k: number): number[] {
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && tieKeys[a]! > tieKeys[b]!);
  // A min-heap on "worse": its root is the weakest item kept so far.
  const heap: number[] = [];
  const siftDown = (from: number) => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let weakest = at;
      if (left < heap.length && worse(heap[left]!, heap[weakest]!)) weakest = left;
      if (right < heap.length && worse(heap[right]!, heap[weakest]!)) weakest = right;
      if (weakest === at) return;
      [heap[at], heap[weakest]] = [heap[weakest]!, heap[at]!];
      at = weakest;
    }
  };
  if (k <= 0) return [];
  for (let i = 0; i < scores.length; i++) {
    if (heap.length < k) {
      heap.push(i);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (worse(heap[0]!, i)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
