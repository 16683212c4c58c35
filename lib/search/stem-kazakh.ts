import { cutEnding } from './cut-ending';

/**
 * A light suffix-stripping stemmer for Kazakh, on words already folded to
 * Russian letters (see fold-kazakh.ts): ә→а, і→и, ү/ұ→у, ө→о, ғ→г, қ→к, ң→н.
 * Kazakh is agglutinative: a word is a root plus a chain of suffixes
 * (plural → possessive → case, or verb → tense → person). We peel suffixes
 * from the end, longest first, while the stem keeps at least MIN_STEM letters.
 * No maintained library exists for this in the npm registry.
 */
const MIN_STEM = 3;
/**
 * Noun endings, and a past or conditional with its person, may leave a two-letter root ("айына" → ай,
 * "алдым", "алсам" → ал); other verb endings may not ("алу" keeps three, "дүкен" is no verb).
 */
const MIN_NOUN_STEM = 2;
const MAX_PASSES = 4;

/** A past or conditional with its person ("алдым", "алсам", "алсаңыз"), folded. */
const PAST_AND_CONDITIONAL = ['дым', 'дим', 'тым', 'тим', 'сам', 'сем', 'сак', 'сек', 'саныз', 'сениз'];

/** Endings that may leave a two-letter root: noun endings (plural, possessive, case), past and conditional with their person; folded. */
const NOUN_SUFFIXES = new Set([
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
  'ымыз', 'имиз', 'мыз', 'миз', 'ыныз', 'иниз', 'ныз', 'низ', 'ым', 'им', 'сы', 'си', 'ы', 'и',
  'нын', 'нин', 'дын', 'дин', 'тын', 'тин', 'га', 'ге', 'ка', 'ке', 'на', 'не', 'ны', 'ни', 'ды', 'ди', 'ты', 'ти',
  'да', 'де', 'та', 'те', 'нда', 'нде', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
  ...PAST_AND_CONDITIONAL,
]);

/** Suffixes in folded spelling, grouped by what they mark. */
const SUFFIXES = [
  // plural
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
  // possessive (my, our, your, his/her)
  'ымыз', 'имиз', 'мыз', 'миз', 'ыныз', 'иниз', 'ныз', 'низ', 'ым', 'им', 'сы', 'си', 'ы', 'и',
  // genitive, dative, accusative, locative, ablative, instrumental
  'нын', 'нин', 'дын', 'дин', 'тын', 'тин',
  'га', 'ге', 'ка', 'ке', 'на', 'не',
  'ны', 'ни', 'ды', 'ди', 'ты', 'ти',
  'да', 'де', 'та', 'те', 'нда', 'нде',
  'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
  'мен', 'бен', 'пен',
  // adjectival "which is in/at"
  'дагы', 'деги', 'тагы', 'теги', 'гы', 'ги', 'кы', 'ки',
  // verb forms: participle, present, converb, conditional, negation, past, verbal noun
  'ган', 'ген', 'кан', 'кен', 'атын', 'етин', 'йтын', 'йтин', 'ып', 'ип', 'са', 'се',
  'ма', 'ме', 'ба', 'бе', 'па', 'пе', 'ады', 'еди', 'йды', 'йди', 'у',
  'бай', 'бей', 'пай', 'пей', 'май', 'мей',
  // converb ("бере ме", "ала ма") and passive ("беріле", "берілді")
  'а', 'е', 'ыл', 'ил',
  // past and conditional with their person: two-letter roots allowed
  ...PAST_AND_CONDITIONAL,
  // personal endings
  'мын', 'мин', 'бын', 'бин', 'пын', 'пин', 'сын', 'син', 'сыз', 'сиз', 'быз', 'биз', 'пыз', 'пиз', 'м',
].sort((a, b) => b.length - a.length);

const CYRILLIC_WORD = /^[а-я]+$/;

/**
 * Roots (folded) whose last letters look like endings: "несие" (a loan) would lose "е" as a converb, then "си" as a
 * possessive, and leave "не" ("what"), a stem many other words share. Peeling stops at them.
 */
const ROOTS_ENDING_AS_SUFFIXES: ReadonlySet<string> = new Set(['несие']);

/** Stem of a folded Kazakh word; words that are not Cyrillic come back unchanged. */
export function stemKazakh(word: string): string {
  if (!CYRILLIC_WORD.test(word)) return word;
  let stem = word;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const suffix = SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= (NOUN_SUFFIXES.has(s) ? MIN_NOUN_STEM : MIN_STEM));
    if (!suffix || ROOTS_ENDING_AS_SUFFIXES.has(stem)) break;
    stem = stem.slice(0, -suffix.length);
  }
  // A root's last consonant is voiced before a vowel suffix ("көп" / "көбі", "бақ" / "бағы"): one spelling for both.
  return stem.replace(/б$/, 'п').replace(/г$/, 'к');
}

/** The negation suffix of a Kazakh verb (-ма/-ме/-ба/-бе/-па/-пе), folded. */
const NEGATION = '[мбп][ае]';
/** A negative past ("түспеді", "келмеді", "жазбады"): root, negation, past ending (folded). */
const NEGATIVE_PAST = new RegExp(`^([а-я]{3,}?)${NEGATION}д[ыи]$`);
/**
 * A verb said in the negative (folded): the root, the negation, then a tense or person ending:
 * "түспеді", "көрінбей", "есептелмеді", "келмейді", "төлемесем".
 */
const NEGATIVE_VERB = new RegExp(`.{2}${NEGATION}(ды|ди|й|йды|йди|йт|йтын|йтин|ймын|ймин|ган|ген|сам|сем|са|се)$`);

/** Whether a (folded) word has the form of a Kazakh verb said in the negative; a stop word may too ("немесе"). */
export function looksLikeNegativeVerb(word: string): boolean {
  return NEGATIVE_VERB.test(word);
}

/** A verb in the first person of the present or future (folded): "айналдырамын", "төлеймін", "өшіреміз". */
const FIRST_PERSON_PRESENT = /^[а-я]{3,}[аеыи]й?м[ыи][нз]$/;

/** Whether a (folded) word has the form of a Kazakh verb saying what the asker does or will do. */
export function looksLikeFirstPersonVerb(word: string): boolean {
  return FIRST_PERSON_PRESENT.test(word);
}

/**
 * The root of a Kazakh negative past verb, or null. The stemmer, longest ending first, cuts
 * "түспеді" to "түсп" (-еді, as in "келеді"): the root ("түс") is what the other forms share.
 */
export function negativePastRoot(word: string): string | null {
  return NEGATIVE_PAST.exec(word)?.[1] ?? null;
}

/** Case endings (folded): genitive, dative, locative, ablative; longest first. */
const CASE_ENDINGS = ['нын', 'нин', 'дын', 'дин', 'тын', 'тин', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'га', 'ге', 'ка', 'ке', 'да', 'де', 'та', 'те'];
/**
 * The accusative of a possessive after a root that ends in "с" ("бонусын": his bonus), which the stemmer reads
 * as the personal ending "-сың" (you are) and cuts to "бон".
 */
const AFTER_S = /с([ыи]н)$/;
/** Shortest noun left once its case ending is cut. */
const MIN_CASE_ROOT = 4;

/**
 * Whether the word at `at` is a case ending typed apart from the name in Latin letters before it
 * ("wildberries тен алсам": from Wildberries; "kaspi ге"): part of that name, no word of its own.
 */
export function isCaseEndingTypedApart(words: readonly string[], at: number): boolean {
  return at > 0 && CASE_ENDINGS.includes(words[at]!) && /^[a-z0-9]+$/.test(words[at - 1]!);
}

/**
 * Endings Kazakh writes after a hyphen, on an abbreviation, a number or a name in Latin letters ("ФДО-ның",
 * "Kaspi.kz-тегі", "kaspi-мен", "5-ке"): case endings, the accusative, the instrumental and "which is in" (folded).
 */
const ENDINGS_AFTER_HYPHEN: ReadonlySet<string> = new Set([
  ...CASE_ENDINGS, 'на', 'не', 'ны', 'ни', 'ды', 'ди', 'ты', 'ти', 'мен', 'бен', 'пен', 'дагы', 'деги', 'тагы', 'теги', 'нда', 'нде', 'ндагы', 'ндеги',
]);

/** Whether a word typed right after a hyphen is only the ending of the word before it: no word of its own. */
export function isEndingAfterHyphen(word: string): boolean {
  return ENDINGS_AFTER_HYPHEN.has(word);
}

/**
 * A Kazakh noun without its case ending, or null. The stemmer, longest ending first, takes
 * "-нде" (the locative after a possessive, "үйінде") from "магазинде" and then "-и", leaving
 * "магаз", while "магазиннен" stems to "магазин": the noun without its one case ending is what
 * both forms share. A possessive's accusative after "с" (AFTER_S) is cut the same way.
 */
export function caseEndingRoot(word: string): string | null {
  const possessive = AFTER_S.exec(word)?.[1];
  return possessive && word.length - possessive.length >= MIN_CASE_ROOT ? word.slice(0, -possessive.length) : cutEnding(word, CASE_ENDINGS, MIN_CASE_ROOT);
}

/** A noun with "its" ("-ы-н", "-і-н", folded) before a locative, ablative or dative ("магазинінде": in its shop), and "-дегі" after one. */
const POSSESSIVE_CASE = /^([а-я]{4,}?)[ыи]н(?:да|де|ан|ен|а|е)(?:гы|ги)?$/;

/**
 * A Kazakh noun without "its" and its case ending, or null: "магазинінде" → магазин, "тауарында" → тауар. The stemmer
 * cuts "магазинінде" to "магаз" (its "-ин" read as a possessive too), and the one case ending caseEndingRoot cuts leaves
 * "магазинін". Where the noun itself ends in "-ин" ("магазинде"), this reads a shorter root ("магаз"), the stem the
 * stemmer gives anyway.
 */
export function possessiveCaseRoot(word: string): string | null {
  return POSSESSIVE_CASE.exec(word)?.[1] ?? null;
}

/**
 * A verb whose root ends in a vowel ("жина-", "төле-"), said as its verbal noun, with or without a
 * case ending ("жинау", "жинауға", "жинаудың"), or as its present or converb, with or without a
 * person ending ("жинай", "жинаймын", "жинайды"); folded.
 */
const VOWEL_ROOT_VERB = /^([а-я]{2,}[аеиоуы])(?:у(?:га|ге|дын|дин|ды|ди|да|де|дан|ден|мен)?|й(?:мын|мин|мыз|миз|сыз|сиз|ды|ди)?)$/;

/**
 * The other forms of such a verb, as the stemmer leaves them: the verbal noun and the present
 * ("жинауға" → жинау, жинай). The stemmer cuts them apart ("жинау" loses "-у" and then "-на",
 * "жинай" keeps its "-й"), so a question that says "жинауға" would not find "жинай аламын".
 */
export function kazakhVerbForms(word: string): string[] {
  const root = VOWEL_ROOT_VERB.exec(word)?.[1];
  if (root) return [`${root}у`, `${root}й`].filter((form) => form !== word);
  // The converb "-п" of such a verb ("төлеп", "жинап", "іздеп": paying, collecting, searching), which the stemmer leaves whole
  // (a final "-п" is no ending it cuts: "есеп", "кітап" end so): its verbal noun. Not its present: "кітап" would read "Китай".
  const converbRoot = VOWEL_ROOT_CONVERB.exec(word)?.[1];
  return converbRoot ? [`${converbRoot}у`] : [];
}

/** A verb whose root ends in a vowel, as its converb "-п" ("төлеп"), folded; "-ып/-іп" after a consonant the stemmer cuts. */
const VOWEL_ROOT_CONVERB = /^([а-я]{2,}[аеоу])п$/;

/** A word ending like a possessive ("-ін", "-ын", folded) before a case ending ("үйінде"). */
const POSSESSIVE_LIKE = /[аеиоуы]?[^аеиоуы]+[иы]н$/;

/**
 * The stem the stemmer gives a word's case forms where it cuts into the word itself, or null. It
 * reads "магазинде" as a possessive and a locative ("үйінде") and stems it to "магаз", so an
 * answer that says "Магазинде" holds no "магазин" for a question that says it.
 */
export function stemOfCaseForms(word: string): string | null {
  if (!CYRILLIC_WORD.test(word) || !POSSESSIVE_LIKE.test(word)) return null;
  const stem = stemKazakh(`${word}де`);
  return stem !== stemKazakh(word) && stem.length >= MIN_CASE_ROOT ? stem : null;
}
