/**
 * The word without the first of `endings` (listed longest first) it ends with, when at least
 * `minRoot` letters are left; null when none fits. The case-ending readings of both stemmers
 * (stem-kazakh.ts, stem-russian.ts) cut this way.
 */
export function cutEnding(word: string, endings: readonly string[], minRoot: number): string | null {
  const ending = endings.find((e) => word.endsWith(e) && word.length - e.length >= minRoot);
  return ending ? word.slice(0, -ending.length) : null;
}
