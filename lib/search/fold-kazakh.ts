/**
 * Kazakh letters folded to the Russian letters people type instead
 * (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и). Applied to index and query
 * alike, so "дукендерде" finds "дүкендерде". Length-preserving.
 */
const KAZAKH_FOLD: Record<string, string> = {
  'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и',
};

/** Folds one lower-case character; any other character is returned as it is. */
export function foldKazakhChar(ch: string): string {
  return KAZAKH_FOLD[ch] ?? ch;
}
