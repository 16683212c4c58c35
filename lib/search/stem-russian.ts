import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import registerRussian from 'lunr-languages/lunr.ru';

stemmerSupport(lunr);
registerRussian(lunr);

type RussianLunr = typeof lunr & {
  ru: { stemmer: (t: lunr.Token) => lunr.Token; stopWordFilter: (t: lunr.Token) => lunr.Token | undefined };
};
const ru = (lunr as RussianLunr).ru;

/** Russian stem (Snowball, from lunr-languages) of a normalised word. */
export function stemRussian(word: string): string {
  return ru.stemmer(new lunr.Token(word, {})).toString();
}

/** True for a Russian stop word (lunr-languages' list). */
export function isRussianStopWord(word: string): boolean {
  return ru.stopWordFilter(new lunr.Token(word, {})) === undefined;
}
