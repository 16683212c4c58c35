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

/** A word of a text with its stem, kept to highlight the same text for query after query. */
export interface StemmedToken {
  word: string;
  stem: string;
  start: number;
  end: number;
}

export function stemmedTokens(text: string, lang: GuideLang): StemmedToken[] {
  return tokenizeWords(text).map((t) => ({ ...t, stem: stemWord(t.word, lang) }));
}

/** Offsets of the words whose stem is one of `terms` (or that start with a prefix). */
export function highlightsIn(tokens: StemmedToken[], terms: Set<string>, prefixes: string[] = []): HighlightRange[] {
  const ranges: HighlightRange[] = [];
  for (const t of tokens) {
    if (terms.has(t.stem) || terms.has(t.word) || prefixes.some((p) => t.word.startsWith(p))) {
      ranges.push({ start: t.start, end: t.end });
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
