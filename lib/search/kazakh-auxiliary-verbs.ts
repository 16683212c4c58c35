import { stemKazakh } from './stem-kazakh';
import { isStopWord } from './stop-words';

/**
 * Kazakh builds many verbs from a main verb's converb and an auxiliary that
 * adds only aspect: "жоғалып кетті" (got lost, lit. "losing went"), "көрінбей
 * тұр" (is not showing, lit. "not showing stands"). After a converb these
 * auxiliaries say nothing about the topic, and in a guide of thousands an
 * answer that lacks "кетті" must not count as missing part of the question.
 * "бер" is left out: alone it is the guide's topic verb (a bonus is given), and
 * a query may well mean it; only its polite requests ("түсіндіріп беріңізші":
 * explain it to me, please) are taken: they ask someone to act, and no bonus is
 * asked for that way. "ал" (get) after "-п" is the converb's own action
 * ("жинап алу": collect, "сатып алу": buy), which the converb says.
 */
// "тастау" (to throw) says the act is done for good ("жауып тастадым": I closed it off); its stems as the stemmer cuts them
const AUXILIARY_STEMS: ReadonlySet<string> = new Set(['кет', 'кал', 'тур', 'отыр', 'жур', 'жатыр', 'кой', 'сал', 'жибер', 'шык', 'тас', 'тастап']);

/** "Болу" in the past after "-п" ("жазып болдым": I have finished writing): the act done, folded; other forms say "can" or "be". */
const FINISHED = /^болд(?:ым|ык|ы|ыныз)$/;

/** "Шығу" (to go through: "қарап шығамын", I look it through) in forms whose "-ға" the stemmer reads as a dative ("шы"), folded. */
const GOES_THROUGH = /^шыг/;

/** Converb endings in folded spelling: "-ып/-іп/-п" (doing), "-май/-бей/-пей…" (not doing). */
const CONVERB = /(?:п|[мбп][аеы]й)$/;
/** Shortest word taken as a converb: shorter ones ("кеп", "тап") are more likely words of their own. */
const MIN_CONVERB_CHARS = 4;

/**
 * "-а/-е/-й" (the converb that takes "can"): "көре алмаймын" (cannot see), "төлей аламын" (can pay).
 * After it "ал" says only whether one can; a question word ending alike ("қалай": how) is no converb.
 */
const ABILITY_CONVERB = /(?:[^аеиоуыэюя][аеы]|[аеиоуы]й)$/;
/** "ал" in its forms of "can" and "cannot" (ала, аламын, алады, алмаймын, алмады), folded. */
const ABILITY = /^ал(?:а|ма)/;

/** "бер" as a polite request ("беріңіз", "беріңізші", "берші", "берсеңіз"), folded. */
const POLITE_GIVE = /^бер(?:иниз|инизши|иниздерши|ши|сениз)$/;
/**
 * "бер" said by the asker, after a converb: doing it for someone ("балама велосипед алып бердім": I bought my child a
 * bike), or after a noun it makes a verb of ("тапсырыс бердім": I placed an order; "тапсырыс берсем": if I place one). A bonus is
 * given to the asker, never by the asker, so this "бер" is no bonus given. Folded.
 */
const ASKER_GIVES = /^бер(?:дим|дик|емин|емиз|ем|сем|сек)$/;

/**
 * "бер" after the converb "-й" of a verb whose root ends in a vowel says going on doing it ("жинай беруге бола ма": may I
 * keep collecting), not giving, which "бер" says after a noun ("бонус бере ме") or "-п" ("алып бердім"). Not after "-а/-е":
 * so end many nouns ("ақша бере ме": do they give money).
 */
const GOES_ON = /^бер/;
const VOWEL_ROOT_CONVERB = /[аеиоуы]й$/;
/**
 * The converb "-а/-е" of a passive verb ("жинала бере ме": does it keep being collected; "есептеле береді"): "-л" after a root's
 * vowel, "-ыл/-іл" after its consonant, then the vowel, in a word too long for the nouns that end alike ("бала", "қала").
 */
const PASSIVE_CONVERB = /(?:[аеиоуы]|[^аеиоуы][ыи])л[ае]$/;
const MIN_PASSIVE_CONVERB_CHARS = 6;
/** The "not doing" converb ("күттірмей беріңіз": give it without making me wait), after which "бер" is the verb itself. */
const NOT_DOING_CONVERB = /[мбп][аеы]й$/;

/**
 * Whether the word at `i` is an aspect auxiliary, or "can", after a converb, or the asker's "бер" after the word it makes a
 * verb of (folded words, in query order).
 */
export function isAuxiliaryAfterConverb(words: readonly string[], i: number): boolean {
  const before = words[i - 1];
  if (!before || before.length < MIN_CONVERB_CHARS) return false;
  if (ABILITY_CONVERB.test(before) && !isStopWord(before) && ABILITY.test(words[i]!)) return true;
  const goingOnConverb =
    (VOWEL_ROOT_CONVERB.test(before) && !NOT_DOING_CONVERB.test(before)) || (PASSIVE_CONVERB.test(before) && before.length >= MIN_PASSIVE_CONVERB_CHARS);
  if (goingOnConverb && !isStopWord(before) && GOES_ON.test(words[i]!)) return true;
  // the asker's "бер" after a noun: "тапсырыс бердім" (I placed an order) is ordering, which the noun says
  if (ASKER_GIVES.test(words[i]!) && !isStopWord(before)) return true;
  const stem = stemKazakh(words[i]!);
  // "ал" after "-п": the converb's own action ("жинап алуға": to collect)
  if (before.endsWith('п') && stem.startsWith('ал') && !isStopWord(before)) return true;
  return CONVERB.test(before) && (AUXILIARY_STEMS.has(stem) || GOES_THROUGH.test(words[i]!) || (before.endsWith('п') && FINISHED.test(words[i]!)) || (before.endsWith('п') && POLITE_GIVE.test(words[i]!)));
}

/**
 * A wish: a verb's root, "-ғы/-гі/-қы/-кі" and a person, then "кел-" ("тексергім келеді": I want to check, "алғым келеді":
 * I want to get), folded. The Kazakh stemmer would leave "тексерг", no word of the index.
 */
const WISHED = /^([а-я]{2,}?)[гк][ыи](?:м|н|мыз|миз|ныз|низ|сы|си)$/;
const WANTS = /^кел/;

/** The verb a wish names, as its verbal noun ("тексергім келеді": тексеру), for the word at `i`; null for any other word. */
export function wishedVerb(words: readonly string[], i: number): string | null {
  if (!WANTS.test(words[i + 1] ?? '') || isStopWord(words[i]!)) return null;
  const root = WISHED.exec(words[i]!)?.[1];
  return root ? `${root}у` : null;
}

/** Whether the word at `i` is the "кел-" of a wish ("тексергім келеді"): wanting, which the wished verb says. */
export function isWishAuxiliary(words: readonly string[], i: number): boolean {
  return i > 0 && WANTS.test(words[i]!) && wishedVerb(words, i - 1) !== null;
}

/** The Kazakh quoting particle ("ФДО деп жазылған": it says "FDO"), folded. */
const QUOTING = 'деп';

/** What is asked between the quoting particle and the verb of saying ("деп нені айтады": what do they call…), folded. */
const ASKED_WHAT = /^(?:не|нени|калай)$/;

/**
 * Whether the word at `at` is the quoting particle or the verb of saying after it ("фдо деп жазылған", "деп тұр", "деп айтады":
 * it is written, it says; "деп нені айтады": what is called so): what was said is the topic, not that it was written or said.
 */
export function isQuoting(words: readonly string[], at: number): boolean {
  return words[at] === QUOTING || words[at - 1] === QUOTING || (words[at - 2] === QUOTING && ASKED_WHAT.test(words[at - 1]!));
}
