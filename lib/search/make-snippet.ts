import { tokenizeWords } from './normalize-text';
import { stemWord } from './analyze-text';
import type { GuideLang } from '../guide/types';

/** A highlighted stretch, as offsets into the string it belongs to. */
export interface HighlightRange {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  highlights: HighlightRange[];
}

const SNIPPET_LENGTH = 180;
const WHITESPACE = /\s/;

/**
 * A text's words with their stems and offsets, kept to highlight the same text for query
 * after query (and to read phrase evidence from). Arrays rather than an object per word:
 * search keeps the words of a few thousand answers between keystrokes.
 */
export interface StemmedText {
  /** Normalised words, in order. */
  words: string[];
  stems: string[];
  /** Start and end offset of each word in the text: [start0, end0, start1, end1, …]. */
  offsets: Uint32Array;
}

export function stemmedTokens(text: string, lang: GuideLang): StemmedText {
  const tokens = tokenizeWords(text);
  const offsets = new Uint32Array(tokens.length * 2);
  const words: string[] = [];
  const stems: string[] = [];
  tokens.forEach((t, i) => {
    words.push(t.word);
    stems.push(stemWord(t.word, lang));
    offsets[2 * i] = t.start;
    offsets[2 * i + 1] = t.end;
  });
  return { words, stems, offsets };
}

/** Offsets of the words whose stem is one of `terms` (or that start with a prefix). */
export function highlightsIn({ words, stems, offsets }: StemmedText, terms: Set<string>, prefixes: string[] = []): HighlightRange[] {
  const ranges: HighlightRange[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (terms.has(stems[i]!) || terms.has(word) || prefixes.some((p) => word.startsWith(p))) {
      ranges.push({ start: offsets[2 * i]!, end: offsets[2 * i + 1]! });
    }
  }
  return ranges;
}

/** Offsets of the words of `text` whose stem is one of `terms` (or starts with a prefix). */
export function findHighlights(text: string, lang: GuideLang, terms: Set<string>, prefixes: string[] = []): HighlightRange[] {
  return highlightsIn(stemmedTokens(text, lang), terms, prefixes);
}

/** A text with its whitespace runs collapsed to one space, and where each original offset lands in it. */
export interface FlatText {
  flat: string;
  map: Uint32Array;
}

/** Query-independent, so it is worked out once per listed answer, not on every keystroke. */
export function flattenWhitespace(text: string): FlatText {
  let flat = '';
  const map = new Uint32Array(text.length + 1);
  let previousIsSpace = false;
  for (let i = 0; i < text.length; i++) {
    map[i] = flat.length;
    const isSpace = WHITESPACE.test(text[i]!);
    if (!(isSpace && previousIsSpace)) flat += isSpace ? ' ' : text[i];
    previousIsSpace = isSpace;
  }
  map[text.length] = flat.length;
  return { flat, map };
}

/**
 * A one-line extract of about SNIPPET_LENGTH characters around the densest
 * group of matched words, with highlight offsets relative to the extract.
 * Plain text only: the UI wraps the ranges itself, so no markup is injected.
 */
export function makeSnippet(text: string | FlatText, ranges: HighlightRange[], length = SNIPPET_LENGTH): Snippet {
  // Whitespace runs collapse to one space: map offsets through the same collapse.
  const { flat, map } = typeof text === 'string' ? flattenWhitespace(text) : text;
  const flatRanges = ranges.map((r) => ({ start: map[r.start]!, end: map[r.end]! }));
  if (flat.length <= length) return { text: flat, highlights: flatRanges };
  let bestStart = 0;
  let bestCount = -1;
  for (const r of flatRanges) {
    const start = Math.max(0, r.start - 30);
    const count = flatRanges.filter((o) => o.start >= start && o.end <= start + length).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  // Start on a word boundary.
  if (bestStart > 0) {
    const space = flat.indexOf(' ', bestStart);
    if (space !== -1 && space - bestStart < 20) bestStart = space + 1;
  }
  const end = Math.min(flat.length, bestStart + length);
  const prefix = bestStart > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const highlights = flatRanges
    .filter((r) => r.start >= bestStart && r.end <= end)
    .map((r) => ({ start: r.start - bestStart + prefix.length, end: r.end - bestStart + prefix.length }));
  return { text: prefix + flat.slice(bestStart, end) + suffix, highlights };
}
