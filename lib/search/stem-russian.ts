import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import registerRussian from 'lunr-languages/lunr.ru';
import { cutEnding } from './cut-ending';

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

/** Russian noun case endings, longest first. */
const CASE_ENDINGS = ['ами', 'ями', 'ах', 'ях', 'ом', 'ем', 'ой', 'ей', 'ам', 'ям', 'ов', 'ев', 'е', 'у', 'ю', 'а', 'я', 'ы', 'и'];
/** Shortest noun left once its case ending is cut. */
const MIN_CASE_ROOT = 5;

/**
 * A Russian noun without its case ending, or null. Snowball takes "-ал" from "терминал" as a
 * verb's past ending (термина) but leaves "терминале" whole (терминал): the noun's own form,
 * stemmed, is what its other forms share.
 */
export function russianCaseRoot(word: string): string | null {
  return cutEnding(word, CASE_ENDINGS, MIN_CASE_ROOT);
}

/** Consonants a fleeting vowel stands between and "-к": "покуп|о|к", "карточ|е|к", "остат|о|к". */
const BEFORE_FLEETING = 'бвгджзлмнпрстфхцчшщ';
/** Shortest stem (with its "-к") whose fleeting vowel is looked for: "банк" / "банок" are two words. */
const MIN_FLEETING_STEM = 5;
const FLEETING_VOWEL_FORM = new RegExp(`^([а-я]+[${BEFORE_FLEETING}])[оеё]к$`);

/**
 * The other stem of a Russian noun whose vowel comes and goes before its "-к": the genitive plural
 * of a noun in "-ка" ("покупок" of "покупка") and the nominative of one in "-ок" ("остаток" of
 * "остатка") keep a vowel the other forms drop, and Snowball stems the two apart (покупок, покупк).
 * Given the word and its stem: the stem without the vowel, or the stems with "о" and with "е".
 */
export function fleetingVowelStems(word: string, stem: string): string[] {
  const withVowel = FLEETING_VOWEL_FORM.exec(word);
  if (withVowel && word.length - 1 >= MIN_FLEETING_STEM) return [`${withVowel[1]}к`];
  const consonant = stem.at(-2);
  if (stem.length >= MIN_FLEETING_STEM && stem.endsWith('к') && consonant && BEFORE_FLEETING.includes(consonant) && stem !== word) {
    return [`${stem.slice(0, -1)}ок`, `${stem.slice(0, -1)}ек`];
  }
  return [];
}

/**
 * Endings that, in a word of five letters or more, nearly always make a Russian verb: the infinitive
 * ("оплатить", "найти"), the past ("ожидал", "пропустила"), the present or future ("принимают",
 * "придет", "платишь") and any reflexive form ("ошибся"). Each is narrowed to the letters verbs have
 * before it and nouns seldom do ("-ает" and "-дет", not "ответ" or "билет"; "-ают", not "валют";
 * "-ал" only past a vowel, so not "стол"). Some nouns still fit ("терминал", "бюджет"), which is why
 * a caller that must not take a topic for a verb checks its own vocabulary first.
 */
/** The endings of a Russian infinitive ("гасить", "нести", "найти"). */
const INFINITIVE_ENDING = /(?:[аяеиоуы]ть|[йсз]ти)$/;
const VERB_ENDING = /(?:[аяеиоуы]ть|[йсз]ти|[аяеиуы]л|[аяеиуы]л[аио]|ся|сь|[аяеуо]ет|[дтзсж]ет|нет|[аяеуо]ют|[дж]ут|[аяеиоу]ит|[лнрвмбпдтзс]ит|[жшчщ]ат|ят|ешь|ишь)$/;
const MIN_VERB_LETTERS = 5;

/** Whether a normalised Russian word has the form of a verb ("принимают", "найти", "ожидал"). */
export function looksLikeRussianVerb(word: string): boolean {
  return word.length >= MIN_VERB_LETTERS && /^[а-яё]+$/.test(word) && VERB_ENDING.test(word);
}

/** Whether a normalised Russian word has the form of an infinitive ("забыть", "гасить", "нести"). */
export function looksLikeRussianInfinitive(word: string): boolean {
  return word.length >= MIN_VERB_LETTERS && /^[а-яё]+$/.test(word) && INFINITIVE_ENDING.test(word);
}

/** Shortest verb form whose other tense is looked for. */
const MIN_PAIRED_VERB = 5;

/**
 * The infinitive of a Russian past form in "-ул"/"-ел" ("вернул" → вернуть, "хотела" → хотеть), or
 * that past form of such an infinitive, or null. Snowball stems the two apart (вернул, вернут), where
 * it stems "-ил", "-ал" and their infinitives alike (оплатил, оплатить: оплат).
 */
export function russianOtherTense(word: string): string | null {
  if (word.length < MIN_PAIRED_VERB || !/^[а-яё]+$/.test(word)) return null;
  const past = /([уе])л[аио]?$/.exec(word);
  if (past) return `${word.slice(0, past.index + 1)}ть`;
  const infinitive = /([уе])ть$/.exec(word);
  return infinitive ? `${word.slice(0, infinitive.index + 1)}л` : null;
}

/**
 * The masculine past of a Russian verb whose stem ends in a consonant, from its other past forms ("внесла", "внесли" → внёс,
 * "зависла" → завис, "помогла" → помог), or null. Snowball keeps the "-л" in them (внесл) and stems the masculine without it
 * (внес). Nouns end so too ("числа", "стекла"): the caller asks only for a word the data does not know as it is.
 */
export function russianConsonantPast(word: string): string | null {
  if (word.length < MIN_PAIRED_VERB || !/^[а-яё]+$/.test(word)) return null;
  const past = /[сзгкб]л[аио]$/.exec(word);
  return past ? word.slice(0, past.index + 1) : null;
}

/** First-person endings of "-ить" verbs whose consonant alternates, and the infinitive endings they stand for. */
const FIRST_PERSON_ALTERNATIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/щу$/, ['стить', 'тить']],
  [/чу$/, ['тить']],
  [/жу$/, ['дить', 'зить']],
  [/шу$/, ['сить']],
  [/(?<=[бпвфм])лю$/, ['ить']],
];

/**
 * The infinitives a Russian first-person form with a changed consonant may be of ("пропущу" → пропустить,
 * "погашу" → погасить, "оформлю" → оформить). Snowball stems the two apart (пропущ, пропуст); a candidate
 * that is no verb ("тысячу" → тысятить) is a stem the data and the vocabulary do not hold, and adds nothing.
 */
export function russianFirstPersonInfinitives(word: string): string[] {
  if (word.length < MIN_PAIRED_VERB || !/^[а-яё]+$/.test(word)) return [];
  for (const [ending, infinitives] of FIRST_PERSON_ALTERNATIONS) {
    const found = ending.exec(word);
    if (found) return infinitives.map((infinitive) => word.slice(0, found.index) + infinitive);
  }
  return [];
}

/** The prefix of a verb done short of the whole ("недоплатил": paid, not all of it). */
const SHORT_OF_WHOLE = 'недо';

/**
 * The verb a Russian "недо-" verb is done short of ("недозачислил" → зачислил), or null. Only
 * verbs: "недоступен" (unavailable) and "недоволен" (displeased) are other words.
 */
export function shortOfWholeVerb(word: string): string | null {
  if (!word.startsWith(SHORT_OF_WHOLE)) return null;
  const verb = word.slice(SHORT_OF_WHOLE.length);
  return looksLikeRussianVerb(verb) ? verb : null;
}

/** Stem endings whose consonant alternates before the adjective suffix "-чн-": праздни(к)/празднич(н), меся(ц)/месяч(н). */
const ALTERNATING_BEFORE_CHN = /[кц]$/;
/** Shortest noun stem whose adjective is looked for. */
const MIN_NOUN_STEM_FOR_ADJECTIVE = 4;

/**
 * The stem of the adjective a Russian noun makes with "-чн-", or null: "праздник" → праздничн
 * ("праздничный"), "месяц" → месячн. Snowball stems the two apart.
 */
export function russianAdjectiveStem(stem: string): string | null {
  return stem.length >= MIN_NOUN_STEM_FOR_ADJECTIVE && ALTERNATING_BEFORE_CHN.test(stem) ? `${stem.slice(0, -1)}чн` : null;
}
