/**
 * A memo that forgets its oldest entry when full: search remembers work it repeats on every
 * keystroke (stems, typo lookups, answers' words), and a long session (or a hostile text) of
 * ever new keys must not grow it without end. Results must not be undefined.
 */
export function boundedMemo<K, V>(size: number, compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
