/**
 * New word forms that look like the language they stand in for: a
 * character trigram chain trained on the real answers' words, so synthetic
 * answers carry Russian- or Kazakh-looking forms (and their endings) that
 * the real answers do not have, as a larger guide would.
 */
export interface PseudoWordSource {
  /** A form that is neither a real word nor one made before; throws after many failed tries. */
  next(): string;
}

const START = '^^';
const END = '$';

export function createPseudoWords(realWords: string[], random: () => number): PseudoWordSource {
  const letters = realWords.filter((w) => /^[\p{L}]{3,}$/u.test(w));
  if (letters.length === 0) throw new Error('createPseudoWords: no real words to learn from');
  const followers = new Map<string, string[]>();
  for (const word of letters) {
    const chars = [...START, ...word, END];
    for (let i = 2; i < chars.length; i++) {
      const key = chars[i - 2]! + chars[i - 1]!;
      const list = followers.get(key) ?? [];
      list.push(chars[i]!);
      followers.set(key, list);
    }
  }
  const taken = new Set(realWords);
  const draw = (): string => {
    let out = '';
    let key = START;
    for (let guard = 0; guard < 24; guard++) {
      const options = followers.get(key)!;
      const ch = options[Math.floor(random() * options.length)]!;
      if (ch === END) break;
      out += ch;
      key = key[1]! + ch;
    }
    return out;
  };
  return {
    next() {
      for (let attempt = 0; attempt < 10_000; attempt++) {
        const word = draw();
        if (word.length >= 3 && !taken.has(word)) {
          taken.add(word);
          return word;
        }
      }
      // Only a tiny training vocabulary runs dry; make the form unique by a suffix from the chain's letters.
      const word = draw() + letters[taken.size % letters.length];
      taken.add(word);
      return word;
    },
  };
}
