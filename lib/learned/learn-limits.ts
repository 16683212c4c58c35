// No imports: the protocol (and so the kaspi.kz content script) reads these.
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
