import { foldKazakhChar } from './fold-kazakh';

/** A word of a text, with its place in the original string (for highlights). */
export interface WordToken {
  /** Normalised form: lower case, ё→е, Kazakh letters folded. */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Characters that join two words into one ("интернет-дүкен", "Kaspi.kz-те"). */
const JOINERS = new Set(['-', '\u2010', '\u2011']);

/**
 * Lower-cases, folds ё→е and Kazakh letters, turns every non-word character
 * (NBSP, quotes, punctuation, control and zero-width characters) into a space.
 * Keeps the string's length, so offsets found in the result hold in the input.
 */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text) {
    let normalized = NORMALIZED_CHARS.get(ch);
    if (normalized === undefined) {
      normalized = normalizeChar(ch);
      if (NORMALIZED_CHARS.size < MAX_REMEMBERED_CHARS) NORMALIZED_CHARS.set(ch, normalized);
    }
    out += normalized;
  }
  return out;
}

/**
 * Each character's normalised form, worked out once: every snippet and highlight of every
 * keystroke normalises whole answers, and a text uses few distinct characters. Bounded, so
 * a hostile text of many rare characters cannot grow it without end.
 */
const NORMALIZED_CHARS = new Map<string, string>();
const MAX_REMEMBERED_CHARS = 4096;

function normalizeChar(ch: string): string {
  const lower = ch.toLowerCase();
  const one = lower.length === ch.length ? lower : ch;
  const folded = one === 'ё' ? 'е' : foldKazakhChar(one);
  return /[\p{L}\p{N}]/u.test(folded) || JOINERS.has(folded) ? folded : ' '.repeat(ch.length);
}

/** The words of a text, normalised, with their offsets. */
export function tokenizeWords(text: string): WordToken[] {
  const normalized = normalizeText(text);
  const tokens: WordToken[] = [];
  for (const m of normalized.matchAll(WORD)) tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/**
 * Words joined by a hyphen, also as one word ("интернет-дүкен" → "интернетдукен"),
 * so that people who type them joined or split both find them.
 */
export function joinHyphenatedWords(text: string, tokens: WordToken[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (b.start - a.end === 1 && JOINERS.has(text[a.end]!)) joined.push(a.word + b.word);
  }
  return joined;
}
