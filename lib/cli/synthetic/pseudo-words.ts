import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normalizeText } from '../../search/normalize-text';
import { stemKazakh } from '../../search/stem-kazakh';
import { stemRussian } from '../../search/stem-russian';

/**
 * New word forms for a synthetic guide: ones the real answers do not have,
 * as a larger guide would. Russian forms are real words from the Hunspell
 * Russian dictionary (dictionary-ru), in a seeded order. Kazakh has no such
 * package on npm, so Kazakh forms come from a character trigram chain
 * trained on the real answers' Kazakh words, minus any form whose stem is a
 * real answer's stem or one edit from it: the chain must not invent
 * misspellings of real words, which would turn a typed typo into an exact
 * match no real guide would offer.
 */
export interface PseudoWordSource {
  /** A form that is neither a real-answer word nor one given before. */
  next(): string;
}

/** Lower-case common words of the Russian dictionary (no proper names, no flags). */
function russianDictionaryWords(): string[] {
  // Read by path: the package's own entry reads it with a top-level await, which a synchronous generator cannot wait for.
  const entry = createRequire(import.meta.url).resolve('dictionary-ru');
  const text = readFileSync(join(dirname(entry), 'index.dic'), 'utf8');
  const words = new Set<string>();
  for (const line of text.split('\n').slice(1)) {
    const word = line.split('/')[0]!.trim();
    if (/^[а-яё]{3,}$/.test(word)) words.add(word);
  }
  return [...words].sort();
}

/** Stems one edit away (or equal), by the symmetric-deletion trick: both sides' one-letter deletions meet. */
function createNearStemCheck(stems: Iterable<string>): (stem: string) => boolean {
  const near = new Set<string>();
  const variants = (s: string) => [s, ...Array.from({ length: s.length }, (_, i) => s.slice(0, i) + s.slice(i + 1))];
  for (const s of stems) for (const v of variants(s)) near.add(v);
  return (stem) => variants(stem).some((v) => near.has(v));
}

/** A form's stems by both stemmers, whatever its language: a new form must be far from every real one. */
function stemsOfForm(form: string): string[] {
  const word = normalizeText(form).trim();
  return /[а-я]/.test(word) ? [stemRussian(word), stemKazakh(word), word] : [word];
}

export function createRussianWords(realWords: string[], random: () => number): PseudoWordSource {
  const taken = new Set(realWords.map((w) => normalizeText(w).trim()));
  const pool = russianDictionaryWords().filter((w) => !taken.has(normalizeText(w).trim()));
  let left = pool.length;
  return {
    next() {
      if (left === 0) throw new Error('the Russian dictionary ran out of new words');
      // One step of a lazy Fisher–Yates shuffle.
      const i = Math.floor(random() * left);
      const word = pool[i]!;
      pool[i] = pool[--left]!;
      return word;
    },
  };
}

const START = '^^';
const END = '$';

export function createChainWords(realWords: string[], random: () => number): PseudoWordSource {
  const letters = realWords.filter((w) => /^[\p{L}]{3,}$/u.test(w));
  if (letters.length === 0) throw new Error('createChainWords: no real words to learn from');
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
  const isNearReal = createNearStemCheck(letters.flatMap(stemsOfForm));
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
      for (let attempt = 0; attempt < 100_000; attempt++) {
        const word = draw();
        if (word.length >= 3 && !taken.has(word) && !stemsOfForm(word).some(isNearReal)) {
          taken.add(word);
          return word;
        }
      }
      throw new Error('createChainWords: the real vocabulary is too small to make new forms');
    },
  };
}
