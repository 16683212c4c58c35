import { isStopWord } from './stop-words';
import { wayWordsMistyped } from './mistyped-question-words';

/**
 * Question and function words as they are said and typed in a hurry ("штраф скока", "скок платить", "мона ли": можно ли;
 * "нада", "тока", "чо": надо, только, что), with the written word they stand for: read as it, they ask what it asks and say
 * the phrases it says ("скок мне платить" is "сколько мне платить": the sum of the bill).
 */
const WRITTEN_FORMS: ReadonlyMap<string, string> = new Map([
  ['скока', 'сколько'],
  ['скоко', 'сколько'],
  ['скок', 'сколько'],
  ['мона', 'можно'],
  ['када', 'когда'],
  ['тада', 'тогда'],
  ['щас', 'сейчас'],
  ['нада', 'надо'],
  ['сколка', 'сколько'],
  ['чо', 'что'],
  ['шо', 'что'],
  ['тока', 'только'],
  ['токо', 'только'],
]);

/**
 * An unstressed vowel is typed as it is heard (typed → written): "о" as "а" ("кагда", "можна", "пачему"),
 * "е" as "и" ("почиму"), or, overcorrected, the other way round. Only function words are read back this
 * way: they are few, and short of a dictionary a topic word one vowel from another word ("сумма",
 * "сумму") is as likely another form as a misspelling.
 */
const HEARD_VOWELS: Readonly<Record<string, string>> = { а: 'о', о: 'а', е: 'и', и: 'е', я: 'е' };
/**
 * Shorter words are one vowel from too many others, and are rarely misspelled: the Kazakh "бере" (gives) is one vowel
 * from "бери" (take), "пара" (a pair) from "пора".
 */
const MIN_HEARD_WORD = 5;

/** The ending "-ого", "-его" is said "-ова", "-ева" ("какова часа": какого), and a final "о" of it heard as "а". */
const HEARD_GENITIVE = /([ое])в[оа]$/;

/** The soft sign is silent after a consonant and left out in a hurry ("сколко": сколько). */
const CONSONANT = /[бвгджзклмнпрстфхцчшщ]/;

/** The spellings a word may stand for with one sound written as heard: a vowel, the ending "-ого", a soft sign left out. */
function heardVariants(word: string): string[] {
  const out: string[] = [];
  const chars = [...word];
  for (const [i, typed] of chars.entries()) {
    const written = HEARD_VOWELS[typed];
    if (written) out.push(word.slice(0, i) + written + word.slice(i + 1));
    if (CONSONANT.test(typed) && i < chars.length - 1 && chars[i + 1] !== 'ь') out.push(word.slice(0, i + 1) + 'ь' + word.slice(i + 1));
  }
  if (HEARD_GENITIVE.test(word)) out.push(word.replace(HEARD_GENITIVE, '$1го'));
  return out;
}

/**
 * The function words (stop words) a word is, with one sound written as heard ("кагда": когда), or its last consonant
 * voiced or not ("черес": через); none for a stop word itself.
 */
function functionWordsAsHeard(word: string): string[] {
  if (word.length < MIN_HEARD_WORD || isStopWord(word)) return [];
  const other = FINAL_PAIRS[word.at(-1) ?? ''];
  const devoiced = other ? [word.slice(0, -1) + other] : [];
  return [...new Set([...heardVariants(word), ...devoiced].filter(isStopWord))];
}

/** A topic word needs more letters than a function word before one heard vowel reads it as another ("сумма", "сумму"). */
const MIN_HEARD_TOPIC_WORD = 7;

/**
 * The spellings a word no dictionary knows may stand for, one sound written as heard ("аплачивать": оплачивать):
 * the caller keeps those a dictionary does know. None for a short word, which is one vowel from too many others.
 */
export function topicWordsAsHeard(word: string): string[] {
  return word.length < MIN_HEARD_TOPIC_WORD || isStopWord(word) ? [] : heardVariants(word);
}

/** Shortest word whose first "а" is read as an unstressed "о": shorter ones are too often words of their own. */
const MIN_FIRST_A_WORD = 5;

/**
 * A first "а" written for the unstressed "о" it sounds like ("аплату", "аплатил": оплату, оплатил), the commonest sound written
 * as heard, also in words too short for the other vowels. The caller keeps the spelling where the index knows it.
 */
export function firstOSpelledAsA(word: string): string[] {
  return word.length >= MIN_FIRST_A_WORD && word.startsWith('а') && !isStopWord(word) ? [`о${word.slice(1)}`] : [];
}

/**
 * A verb's reflexive ending, said alike either way and spelled either way ("оплачиваеться" for "оплачивается", "нужно
 * оплатится" for "оплатиться"): the other spelling. The caller keeps it where the vocabulary or the index knows it.
 */
export function reflexiveSpelledOtherwise(word: string): string[] {
  if (word.endsWith('ться')) return [word.slice(0, -4) + 'тся'];
  if (word.endsWith('тся')) return [word.slice(0, -3) + 'ться'];
  return [];
}

/** A prefix that ends in a consonant, then the soft sign before a vowel ("сь-ел", "обь-явление", "подь-езд"): a word's own "ье" ("платье") is no prefix's. */
const PREFIX_BEFORE_SOFT_SIGN = /^(с|об|под|от|из|раз|рас|в|вз|над|пред|без|бес|меж|сверх)ь(?=[еёюя])/;

/**
 * The hard sign typed as the soft one after a prefix ("сьел", "обьявление", "подьезд" for съел, объявление, подъезд): both
 * only part the prefix's consonant from the vowel, and many type the one they reach first. The caller keeps the spelling
 * where the vocabulary or the index knows it.
 */
export function hardSignSpelledSoft(word: string): string[] {
  const match = PREFIX_BEFORE_SOFT_SIGN.exec(word);
  return match ? [`${match[1]}ъ${word.slice(match[0].length)}`] : [];
}

/** Whether the word is a function word as it is said ("скока", "тока"), which nothing else is spelled as. */
export function isSaidFunctionWord(word: string): boolean {
  return WRITTEN_FORMS.has(word);
}

/** The written words a spelling as said or heard stands for (normalised), or a question word on the ways mistyped by one slip; none for any other word. */
export function writtenForms(word: string): string[] {
  const written = WRITTEN_FORMS.get(word);
  return written ? [written] : [...functionWordsAsHeard(word), ...wayWordsMistyped(word)];
}

/** A word's last consonant and the one it sounds like there. */
const FINAL_PAIRS: Readonly<Record<string, string>> = { д: 'т', т: 'д', б: 'п', п: 'б', г: 'к', к: 'г', з: 'с', с: 'з', ж: 'ш', ш: 'ж', в: 'ф', ф: 'в' };
/** Shorter words are a consonant from too many others ("код", "кот"). */
const MIN_DEVOICED_WORD = 5;

/**
 * Sounds written as heard in a topic word: "сч" is said as "щ" ("щет", "щитать", "ращёт" for счёт, считать, расчёт),
 * a last consonant voiced or not ("кредид"). The caller keeps the spellings the index knows: typo search would find
 * "щет" two edits from the word, too far for a short one.
 */
export function consonantsAsWritten(word: string): string[] {
  const heard = word.includes('щ') ? [word.replaceAll('щ', 'сч')] : [];
  // A voiced consonant at a word's end is said voiceless, and spelled either way ("кредид": кредит)
  const last = word.at(-1) ?? '';
  const other = FINAL_PAIRS[last];
  if (other && word.length >= MIN_DEVOICED_WORD) heard.push(word.slice(0, -1) + other);
  return heard;
}
