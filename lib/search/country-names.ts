import kazakhNames from 'i18n-iso-countries/langs/kk.json';
import russianNames from 'i18n-iso-countries/langs/ru.json';
import { normalizeText } from './normalize-text';

/** Kazakhstan is home: "в Казахстане" is not abroad. */
const HOME = 'KZ';

type CountryList = { countries: Record<string, string | string[]> };

/**
 * The one-word names of every country but Kazakhstan, in Russian and Kazakh (normalised, Kazakh folded), as
 * i18n-iso-countries writes them: being in one ("учусь в Польше", "Түркияда жүрмін") is being in "another
 * country" (domain-vocabulary.ts). Names of several words ("Саудовская Аравия") are left out: each of their
 * words alone ("Аравия", "Южная") names no country.
 */
export const COUNTRY_NAMES: readonly string[] = [
  ...new Set(
    [russianNames, kazakhNames].flatMap((list: CountryList) =>
      Object.entries(list.countries)
        .filter(([code]) => code !== HOME)
        .flatMap(([, names]) => [names].flat())
        .map(normalizeText)
        .filter((name) => /^[а-я]+$/.test(name)),
    ),
  ),
];
