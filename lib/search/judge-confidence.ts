import type { MatchKind, PlannedWord } from './query-plan';
import { digitsOf, isCashPaidWith, isMoneyWord, isSumUnit } from './number-words';
import { isFindingOutVerb, namesTheApp } from './named-details';
import { looksLikeFirstPersonVerb } from './stem-kazakh';
import { looksLikeRussianVerb } from './stem-russian';
import { namesLoan } from './product-names';
import { isPossessivePronoun } from './stop-words';
import { saysEntry } from './vocabulary-expansion';

/**
 * A question of this many words or more may miss one the data knows: a long question tells its
 * story ("посчитал меньше, а счёт пришёл больше"), and an answer retells it in its own words.
 */
export const LONG_QUERY_WORDS = 5;
/**
 * …and one in this many: a story of eight words or more ("положил наличные в банкомат, прошло два часа, а счёт не
 * оплачен") names details (the cash, the hours) no answer retells, where a question the data cannot answer is short.
 */
const MISSED_WORD_EVERY = 4;
/**
 * A question whose first answer matches at least this many telling words may also miss one verb the
 * data knows: a verb often says the action in the user's words ("до которого часа принимают оплату"
 * for "до какого времени оплатить"), where a noun, or a word the domain vocabulary lists, names the topic.
 */
const MIN_TELLING_TO_SPARE_A_VERB = 2;
/**
 * A first answer that matches at least this many telling words is about the question: the verbs it lacks that the
 * vocabulary does not list tell the asker's story ("бабушка хочет занести", "это вообще работает?"), and count as unknown.
 */
const MIN_TELLING_FOR_FILLER_VERBS = 3;
/**
 * A question said in the negative whose first answer's title says so too ("бонус көрінбейді": "бонусым көрінбей тұр") and
 * matches at least this many telling words is about the trouble told: it may miss one word of the story around it
 * ("сатып алғаннан кейін": after buying), which the guide's title for the trouble does not retell.
 */
const MIN_TELLING_FOR_TROUBLE_STORY = 3;

/** Kinds of match that show the index knows the word itself (or a synonym), not just something like it. */
const KNOWN_KINDS: ReadonlySet<MatchKind> = new Set(['stem', 'script', 'layout', 'prefixedForm', 'verbForm', 'caseForm', 'vocabulary']);

/** Why the engine does not stand behind its first answer (for tests and the eval, not for users). */
export type DeclineReason =
  | { kind: 'nothing-matched' }
  /** A word the guide data knows (or an abbreviation, an action or a thing it does not), which the first answer lacks: it answers another question. */
  | { kind: 'word-missing'; word: string }
  /** No informative query word (one that not nearly every answer holds) is in the first answer's title. */
  | { kind: 'title-unrelated' }
  /** More query words are unknown to the data than telling ones match the first answer (or one of each). */
  | { kind: 'mostly-unknown'; unknown: number; matched: number }
  /** The answer holds the query's words, but neither its title nor any passage says them together. */
  | { kind: 'words-scattered' }
  /** The query names a product; the answer's title names another one, not that one. */
  | { kind: 'other-product' }
  /** The answer's title is for a situation (a circumstance, what the asker already did) the query names nothing of. */
  | { kind: 'situation-unasked' };

/**
 * A word counts as matched only by a match at least this good next to the best
 * the index offers for it: an answer that holds only a typo-like neighbour of
 * a word the data knows exactly ("платье" for "плата") lacks that word.
 */
export const STRONG_MATCH_SHARE = 0.5;

/**
 * What shows that an answer of several query words is about them, not that it merely holds them:
 * its title says at least this share of what the query asks (by the query words' idf)…
 */
const MIN_TITLE_SHARE = 0.4;
/** …a smaller share for a question that tells a story (LONG_QUERY_WORDS): no title says all of it. */
const MIN_TITLE_SHARE_LONG = 0.25;
/** …or its text says neighbouring query words together at least this closely (proximity.ts). */
const MIN_PHRASE = 0.25;

/**
 * Whether the word is known: the guide data holds the word itself (or a synonym), not only words
 * like it, or the domain vocabulary lists it as a topic word ("вернуть товар": the data has no
 * answer on returns, so an answer about "товар" alone answers another question).
 */
export const isKnownWord = (word: PlannedWord) => word.listed === true || word.terms.some((t) => KNOWN_KINDS.has(t.kind));

/** A Cyrillic word without a vowel: an abbreviation ("ПДД", "СМС", "ЖСН"), folded. */
const ABBREVIATION = /^[бвгджзйклмнпрстфхцчшщ]{2,}$/;

/**
 * Whether the word is an abbreviation the data does not hold: it names a thing (a law, a service,
 * a document), the topic of the question, not filler the way an unknown colloquial word may be.
 */
const isUnknownAbbreviation = (word: PlannedWord) => word.terms.length === 0 && ABBREVIATION.test(word.word);

/** Word shapes that name a thing rather than fill (folded spelling). */
const NAMING_SHAPES: readonly RegExp[] = [
  // a Russian noun in "-ь" ("пароль", "связь"; not a verb in "-ть", "-чь", "-шь", nor a reflexive one: "скопилось",
  // "обратитесь", "вернусь", "убедившись")
  /^(?![а-я]*(?:л[оаи]|те|ши|[ую])сь$)[а-я]{2,}[бвгджзклмнпрсфх]ь$/,
  // a Kazakh verbal noun ("ауыстыру": changing), a Russian noun as an object ("заправку")
  /^[а-я]{4,}у$/,
  // a Russian noun in "-ка" ("отсрочка", "доставка", "ипотека": the service asked about)
  /^[а-я]{3,}ка$/,
  // a Russian noun of an action in "-ние", "-тие" in any case ("превышение", "пополнения", "снятии"): what is done
  /^[а-я]{3,}[нт](?:ие|ия|ию|ием|ии|иям|иями|иях)$/,
  // a Kazakh verbal noun in the dative ("айырбастауға": for exchanging)
  /^[а-я]{3,}у(?:га|ге)$/,
  // a Russian adjective ("чужой", "виртуальную", "коммунальных": whose card, which one, which services)
  /^[а-я]{3,}(?:ой|ый|ий|ая|ую|ое|ые|ых|ого|ому)$/,
  // a Kazakh noun with "my" in the dative ("досыма": to my friend, "жанұяма": to my family), whom the asker means; the
  // vowel before it in harmony with the ending (folded), so that Russian "проблема", "системе" are not read so
  /^[а-я]{3,}(?:[аоуыя]ма|[аиоу]ме)$/,
  // a Kazakh noun in the plural and a case ("кәсіпкерлерге": to entrepreneurs, "зейнеткерлерден": from pensioners): whom the
  // question is for, a group of people no answer on the other words is about
  /^[а-я]{3,}(?:лар|лер|дар|дер|тар|тер)(?:га|ге|да|де|дан|ден)$/,
  // a Kazakh word made with "-лық" and its variants ("коммуналдық": communal, "жарамдылық": validity)
  /^[а-я]{3,}(?:лык|лик|дык|дик|тык|тик)$/,
  // a Russian noun in "-ость" ("скорость", "доверенность": a quality, a document) or "-ция" ("полиции", "регистрация": a body,
  // a procedure), in any case: no verb ends so
  /^[а-я]{3,}(?:ост(?:ь|и|ью|ей|ям|ями|ях)|ци(?:я|и|ю|ей|ям|ями|ях))$/,
];

/**
 * Whether a word the data does not know names what the question is about, not filler: a Kazakh
 * verb in the first person, what the asker wants to do ("бонусты ақшаға айналдырамын": turn bonuses
 * into money), or a word of NAMING_SHAPES. An answer on the question's other words is about another
 * action or thing. Typo neighbours do not make it known: in a guide of thousands some word is one
 * letter from any word; a word being typed (a prefix) may still become one it knows.
 */
const namesWhatIsAsked = (word: PlannedWord) =>
  (looksLikeFirstPersonVerb(word.word) || NAMING_SHAPES.some((shape) => shape.test(word.word))) && word.terms.every((t) => t.kind === 'typo');

/**
 * A colour ("жёлтый терминал", "сары терминал": the yellow terminal; folded), which says how the thing the asker sees looks,
 * not what the question is about: an answer that lacks it lacks nothing. Not red: "красная карта" is how some call Kaspi
 * Red (domain-vocabulary.ts).
 */
const COLOUR = /^(?:(?:желт|зелен|син|голуб|бел|черн|сер|оранжев|фиолетов)(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ую|юю|ого|его|ом|ем|ым|им|ых|их)|сары|жасыл)$/;

/**
 * A number the asker typed ("30 тысяч", "25 числа", "5000 бонусов") is a detail of their story, a sum or a day: an answer
 * that lacks it lacks nothing, and one that holds it (a limit, a count) is not about it for that. So is a number said in
 * words ("прошло два часа"): where the answer holds it ("екі айлық" for the guide's "2 ай"), it still scores. So is a
 * sum's unit, with its number or alone ("лишнюю тысячу": a thousand too much).
 */
export const saysOnlyANumber = (word: PlannedWord) => /^\p{N}+$/u.test(word.word) || digitsOf(word.word) !== null || isSumUnit(word.word);

/** A card in the instrumental (folded): "картой", "картамен", "картаммен", "картасымен". */
const PAID_BY_CARD = /^(?:картой|картою|карта(?:м|сы|мыз)?мен)$/;
/**
 * Whether the word at `i` is what a payment is made with: the card in the instrumental ("картой", "картамен") or cash ("с
 * наличкой", "наличными"), not after a loan ("кредит наличными" is a product). How one pays, not what about: an answer on paying
 * lacks nothing without it, and its title need not say it.
 */
export const saysWhatPaidWith = (words: readonly string[], i: number) =>
  PAID_BY_CARD.test(words[i]!) || (isCashPaidWith(words[i]!) && !namesLoan(words[i - 1] ?? ''));

const isUnlistedVerb = (word: PlannedWord) => word.listed !== true && looksLikeRussianVerb(word.word);

export interface Confidence {
  confident: boolean;
  reason: DeclineReason | null;
}

/** What the judge needs to know about the first answer. */
export interface FirstAnswerEvidence {
  words: PlannedWord[];
  /**
   * Per query word, the answer's best match weight for it over the best weight
   * the index offers for that word, 0..1 (0 = not matched).
   */
  matchShares: number[];
  /** Per query word: whether it is a known word that tells answers apart (a word every answer holds does not, nor does a brand or product name). */
  telling: boolean[];
  /**
   * Per query word: whether it is said aside, which an answer need not hold: the story told before what went wrong
   * (story-clause.ts), an alternative named after "or".
   */
  aside: boolean[];
  /** Whether the answer's title holds a matched query word that not nearly every answer holds. */
  titleHasInformativeWord: boolean;
  /** The share of the query's informative words (by idf) that the title holds, 0..1 (title-overlap.ts). */
  titleShare: number;
  /** How closely the answer says neighbouring query words together, 0..1 (proximity.ts). */
  phrase: number;
  /**
   * The query names a product, and the answer is about another: its title names another product but not that one, or
   * it holds none of the products the query names.
   */
  aboutOtherProduct: boolean;
  /** The answer's title states a situation (title-situation.ts) of which the query names nothing. */
  situationUnasked: boolean;
  /** The query says something did not happen or is not there, and so does the answer's title (negation.ts). */
  sameTrouble: boolean;
}

/** Unknown words that outnumber the matched ones naming a topic (not only finding out, or where: "где посмотреть … в приложении"). */
const MIN_UNKNOWN_OF_ANOTHER_TOPIC = 2;
/** Whether a word says only how the asker finds something out, or where ("посмотреть", "в приложении"), naming no topic. */
const namesNoTopic = (word: PlannedWord) => isFindingOutVerb(word.word) || namesTheApp(word.word);

/**
 * Decides whether the first answer is an answer to the query or only the
 * nearest text. An answer must match every query word the guide data knows
 * (all but one in a long question, one in four in a longer one; all but one verb when it matches two telling words),
 * and match it well (a known word it lacks, or holds only something like,
 * means another answer, or none, is about it), say
 * in its title at least one query word that not nearly every answer holds
 * (a brand name in every title, or "через", says nothing), and match at least as many
 * query words as the data leaves unknown, and more than one when any is
 * unknown (unknown words may be colloquial filler, or the topic the data
 * does not cover). For a query of several words, it must also say them
 * together: in its title (a good share of them) or in a passage. In a guide
 * of thousands, some answer holds any few words somewhere by chance. An answer
 * whose title is for a situation the query names nothing of (what the asker
 * already did, "при закрытии") answers a narrower question.
 */
/** An infinitive, Russian or Kazakh ("перенести", "сдвинуть"; "ауыстыру"): what the asker wants done, not what happens ("поменяется"). */
const INFINITIVE = /(?:ть|ти|у)$/;
/** Changes the asker may want made: to a date, a purchase, a term, a limit. */
const CHANGES = ['изменить', 'отменить', 'продлить', 'повысить'];
/**
 * A change the asker wants made to the product ("изменить", "перенести", "сдвинуть" the date; "отменить" a purchase; "продлить",
 * "увеличить срок": extend the term; "хочу больший лимит": raise it): a topic of its own, which no answer stating the thing changed
 * (the date) answers, however long the question told around it. A word said as a change (said-as-another.ts) is one however said.
 */
const asksForAChange = (word: PlannedWord) =>
  word.saidAs !== undefined ? CHANGES.includes(word.saidAs) : INFINITIVE.test(word.word) && CHANGES.some((change) => saysEntry(word.word, change));

export function judgeConfidence({ words, matchShares, telling, aside, titleHasInformativeWord, titleShare, phrase, aboutOtherProduct, situationUnasked, sameTrouble }: FirstAnswerEvidence): Confidence {
  const decline = (reason: DeclineReason): Confidence => ({ confident: false, reason });
  let matched = 0;
  // Matched words that tell answers apart: "каспи" in "где ближайший банкомат каспи" does not outvote "ближайший".
  let matchedTelling = 0;
  // …and of those, the ones that name a topic: "посмотреть" and "в приложении" do not, whatever is looked at there.
  let matchedTopic = 0;
  let unknown = 0;
  const lacked: PlannedWord[] = [];
  const typed = words.map((word) => word.word);
  for (const [i, word] of words.entries()) {
    if (matchShares[i]! >= STRONG_MATCH_SHARE) {
      matched++;
      if (telling[i]) matchedTelling++;
      if (telling[i] && !namesNoTopic(word)) matchedTopic++;
    } else if (isPossessivePronoun(word.word) || COLOUR.test(word.word) || saysOnlyANumber(word) || aside[i]) continue;
    // Money itself ("ақша салып жүрмін": I pay money in) is what any payment is made of, and the card said in the instrumental
    // ("картамен төлесем": if I pay by card) or cash ("стою у банкомата с наличкой") what it is made with: how, not what about.
    // An answer on paying lacks nothing without them.
    else if (isMoneyWord(word.word) || saysWhatPaidWith(typed, i)) continue;
    else if (isKnownWord(word) || isUnknownAbbreviation(word) || namesWhatIsAsked(word)) lacked.push(word);
    else unknown++;
  }
  // An answer that matches enough telling words is about the question; a verb of the story the vocabulary does not list
  // ("хочет", "работает") is then filler, counted as unknown: in a guide of thousands some answer holds any common verb.
  const verbsAreFiller = matchedTelling >= MIN_TELLING_FOR_FILLER_VERBS;
  const missing = verbsAreFiller ? lacked.filter((word) => !isUnlistedVerb(word)) : lacked;
  unknown += lacked.length - missing.length;
  const mayMiss =
    (words.length >= LONG_QUERY_WORDS
      ? Math.max(1, Math.floor(words.length / MISSED_WORD_EVERY))
      : matchedTelling >= MIN_TELLING_TO_SPARE_A_VERB && missing.every(isUnlistedVerb) ? 1 : 0) +
    (sameTrouble && matchedTelling >= MIN_TELLING_FOR_TROUBLE_STORY ? 1 : 0);
  if (missing.length > mayMiss) return decline({ kind: 'word-missing', word: missing[0]!.word });
  const change = missing.find(asksForAChange);
  if (change) return decline({ kind: 'word-missing', word: change.word });
  if (matched === 0) return decline({ kind: 'nothing-matched' });
  if (!titleHasInformativeWord) return decline({ kind: 'title-unrelated' });
  // Two unknown words and nothing matched but finding out in the app ("где посмотреть курс доллара в приложении") ask
  // about what the data does not hold.
  const anotherTopic = unknown >= MIN_UNKNOWN_OF_ANOTHER_TOPIC && unknown > matchedTopic;
  if (unknown > matchedTelling || (unknown === matchedTelling && matchedTelling === 1) || anotherTopic) {
    return decline({ kind: 'mostly-unknown', unknown, matched: anotherTopic ? matchedTopic : matchedTelling });
  }
  const minTitleShare = words.length >= LONG_QUERY_WORDS ? MIN_TITLE_SHARE_LONG : MIN_TITLE_SHARE;
  if (words.length > 1 && titleShare < minTitleShare && phrase < MIN_PHRASE) return decline({ kind: 'words-scattered' });
  if (aboutOtherProduct) return decline({ kind: 'other-product' });
  if (situationUnasked) return decline({ kind: 'situation-unasked' });
  return { confident: true, reason: null };
}
