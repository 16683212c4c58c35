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

/**
 * Cities abroad people from Kazakhstan go to most, for work, study or rest (normalised, one word each): being in one
 * ("отдыхаю в Анталии", "в командировке в Казани") is being in "another country" too. Written by hand: no package in the
 * registry lists city names in Russian and Kazakh small enough to ship in the extension.
 */
export const FOREIGN_CITY_NAMES: readonly string[] = [
  'москва', 'казань', 'новосибирск', 'омск', 'екатеринбург', 'сочи', 'стамбул', 'анталия', 'аланья', 'анкара', 'бишкек',
  'ташкент', 'самарканд', 'тбилиси', 'батуми', 'баку', 'ереван', 'пекин', 'урумчи', 'сеул', 'бангкок', 'пхукет', 'прага',
  'варшава', 'берлин', 'париж', 'лондон', 'рим', 'милан', 'барселона', 'мадрид', 'вена', 'шарджа',
];
