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
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      // A character outside the BMP (or a lone surrogate): rare, worked out as a whole code point.
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      const normalized = normalizeChar(ch);
      for (let k = 0; k < normalized.length; k++) out[i + k] = normalized.charCodeAt(k);
      i += ch.length - 1;
      continue;
    }
    let mapped = NORMALIZED_CODES[code]!;
    if (mapped === 0) NORMALIZED_CODES[code] = mapped = normalizeChar(String.fromCharCode(code)).charCodeAt(0);
    out[i] = mapped;
  }
  return UTF16.decode(out);
}

/**
 * Each BMP character's normalised form (a code unit; 0 = not worked out yet), worked out
 * once: every snippet and highlight of every keystroke normalises whole answers.
 */
const NORMALIZED_CODES = new Uint16Array(0x10000);
const UTF16 = new TextDecoder('utf-16le');

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

/** Whether the token at `at` was typed right after a hyphen that joins it to the one before ("ФДО-ның"). */
export function followsHyphen(text: string, tokens: readonly WordToken[], at: number): boolean {
  const before = tokens[at - 1];
  return before !== undefined && tokens[at]!.start - before.end === 1 && JOINERS.has(text[before.end]!);
}

/**
 * Words joined by a hyphen, also as one word ("интернет-дүкен" → "интернетдукен"),
 * so that people who type them joined or split both find them; only pairs `keep` keeps.
 */
export function joinHyphenatedWords(text: string, tokens: WordToken[], keep: (a: string, b: string) => boolean = () => true): string[] {
  const joined: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (b.start - a.end === 1 && JOINERS.has(text[a.end]!) && keep(a.word, b.word)) joined.push(a.word + b.word);
  }
  return joined;
}
