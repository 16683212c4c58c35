// No imports: the protocol (and so the kaspi.kz content script) and the popup read these.
/** Limits on what one guide page may teach; a real page holds a few dozen questions of a few KB. */
export const LEARN_LIMITS = {
  questionsPerPage: 500,
  titleChars: 1_000,
  htmlChars: 100_000,
  canonicalChars: 300,
  ids: 50,
  /** Title and content characters of all questions of one page together. */
  pageChars: 5_000_000,
} as const;

/**
 * At most this many learned questions are kept; beyond it the ones seen
 * longest ago go first. 1,000 questions take about 0.9 MB of the 10 MB that
 * Chrome gives `storage.local`, and learning one more page then takes about
 * a third to half a second of the service worker (measured: tests/bench/learned-storage.ts).
 */
export const MAX_LEARNED_QUESTIONS = 1_000;
