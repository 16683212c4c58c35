import { answerWordsFor, asksForTheWays, pairAnswerWordsFor } from './question-words';
import { asksWhichPlace } from './place-asked-where';
import { LAST, saidAsAnother } from './said-as-another';
import { saysEntry } from './vocabulary-expansion';

/**
 * Details a question and a title may name beside their topic words: the period ("в этом месяце" /
 * "в прошлом месяце"), the channel ("через приложение" / "через банкомат"), the part of the bill asked about
 * ("сумма" / "дата"), what is asked ("как", "когда", "почему", "можно ли") and what for (to find something out, or
 * to do it). Two answers may share every topic word with a question; the one whose title names its period,
 * channel or question answers it, one that names another period, channel, part of the bill or aim answers
 * another question.
 */
type Detail = 'period' | 'channel' | 'means' | 'subject' | 'question' | 'aim';

/**
 * Details on which a title that names another value contradicts the question. Not the question word:
 * a title may ask the same in other words ("когда платить" / "Какая будет дата оплаты").
 */
const CONTRADICTING: readonly Detail[] = ['period', 'channel', 'means', 'subject', 'aim'];

/** The app (folded: "приложении", "қосымшада"), where nearly everything is done. */
const THE_APP = /^(приложени|косымша)/;
/** Whether a word names the app: where, not what about. */
export const namesTheApp = (word: string) => THE_APP.test(word);

/** Word forms (normalised, Kazakh letters folded) that name each value of a detail; Russian and Kazakh. */
const DETAIL_WORDS: Record<Detail, readonly [string, RegExp][]> = {
  period: [
    ['past', /^(прошл|предыдущ|откен)/],
    ['current', /^(текущ|нынешн)|^(этот|этом|этого|эту|этой|осы)$/],
    // "очередной" (the next in turn) is the next one, as the vocabulary reads it
    ['next', /^(следующ|будущ|предстоящ|очередн|келеси)|^след$/],
  ],
  channel: [
    ['atm', /^банкомат/],
    ['terminal', /^терминал/],
    ['app', THE_APP],
    ['desk', /^(касс[аеуыо]|кассир|отделени|филиал|болимше|окошк)/],
  ],
  // What a bill is paid with, when it is named: cash ("наличными", "наличкой", "купюрами") or bonuses ("бонусами"): "можно ли
  // гасить ред наличными" is no "Можно оплатить … Бонусами?", though that answer's text names cash among the other ways
  means: [
    ['cash', /^(?:наличн(?:ыми|ой|ые|ых)|наличк(?:а|и|у|ой)|купюрами)$/],
    ['bonus', /^бонус(?:ами|ом)$/],
  ],
  // What about the bill is asked, when it is named: "как узнать дату оплаты" is no "Как узнать сумму счёта"
  subject: [
    ['amount', /^(сумм|размер|молшер)/],
    ['date', /^(дата|даты|дате|дату|датой|числ)/],
    // the hour of the day a payment is due by ("крайний срок по времени", "время окончания"): "До какого времени", not "Какая
    // будет дата"; only as "время" (not "час": "прошло два часа" is how long the asker has waited)
    ['time', /^(время|времени)$/],
  ],
  // What a question is after (read in namedDetails): finding something out ("как узнать", "қалай білемін"; not finding it
  // as well, "не могу найти"), or, asked "how" with no such verb, doing it ("как оплатить", "қалай аламын"): "how do I get
  // the bonus" is no "how do I know which"
  aim: [],
  // Question words as typed, stop words all: "когда", "почему", "где", "сколько", "можно ли" ("бола ма"), "как" ("қалай")
  question: [
    ['when', /^(когда|кашан)$/],
    ['why', /^(почему|неге|откуда|отчего)$/],
    ['where', /^(где|куда|кайда|кайдан)$/],
    ['amount', /^(сколько|канша|каншага|каншадан|неше|нешеге)$/],
    // "оплата возможна?", "доступна ли оплата", "разрешено ли", "допускается ли", "имею ли я право", "есть ли возможность",
    // "реально ли" (is it feasible), "получится?", "пройдёт?" (will it work, will it go through) ask as "можно" does, and so
    // does a machine or a cashier that "берёт", "возьмёт" (takes) the money, as one that "принимает" it (not "берут", "возьмут":
    // "сколько возьмут сверху" asks how much they charge);
    // "Вы можете" is how the guide says "можно"; a machine that "принимает" (takes) payment, asked of, is one the asker may pay at,
    // and so is one that "подходит", "годится" (suits, will do) for paying, or "умеет" (is able to: "банкоматы умеют принимать оплату?")
    ['may', /^(можно|могу|можете|реально|получится|пройдет|проходит|берет|возьмет|возможно|возможна|возможен|доступна|доступно|принимает|принимают|принимается|примут|примет|разрешено|разрешается|допускается|допускаются|допустимо|право|возможность|функция|функции|опция|опции|подходит|подходят|подойдет|подойдут|годится|годятся|умеет|умеют|бола|болама)$/],
    // a Kazakh question particle ("бонус бар ма?", "есептеле ме?"): a yes-or-no question, answered by a title that is one
    ['yes-no', /^(ма|ме|ба|бе|па|пе)$/],
    // which one, in Kazakh ("қандай тауарға", "қай тауарға"), and the words that ask it (asked-for-table.ts: "тізімі", "белгісі")
    ['which', /^(кандай|кай|кайсы)$/],
    // also the ways and steps of doing something ("каким способом", "пошагово"): read as "как" in namedDetails
    ['how', /^(как|калай|кайтип)$/],
    // what to do about it ("что делать", "не істеймін"), asked of a trouble: a title that ends "Что делать?", "Не істеу керек?" answers it;
    // so does asking to put it right ("исправить можно?", "как исправить", "түзетуге бола ма"), and where to turn ("куда обращаться",
    // "к кому обратиться", "қайда хабарласамын")
    ['what-to-do', /^(делать|сделать|истеу|истеймин|истесем|истейин|исправить|исправлять|исправят|исправится|туземин|тузетуге|тузету|обращаться|обратиться|обращаюсь|хабарласамын|хабарласу|хабарласуга|хабарласайын)$/],
  ],
};

/** Per detail, the values the words name (none for most questions). */
export type NamedDetails = Record<Detail, ReadonlySet<string>>;

const DETAILS = Object.keys(DETAIL_WORDS) as Detail[];

/** The question values that ask yes or no. */
const WHETHER: ReadonlySet<string> = new Set(['may', 'yes-no']);
/** Who asks, between a question word and "можно", "могу" ("где я могу"), and the adverbs said there ("где ещё можно": where else). */
const SAID_BEFORE_MAY: ReadonlySet<string> = new Set(['я', 'мы', 'мне', 'нам', 'еще', 'также', 'тоже', 'вообще']);

/** Words after which "как" joins two clauses ("до того как": before; "так как": because) and asks nothing. */
const BEFORE_CONJUNCTION_KAK = new Set(['того', 'так']);

/**
 * Verbs of finding something out (folded): how to find something out is where to find it ("как посмотреть",
 * "как узнать" ask as "где посмотреть" does). Not the other way round: "где найти счёт" is no "Как оплатить счёт".
 */
const FINDING_OUT = /^(узна|посмотр|смотре|провер|найти|найд|глян|тексер|билу|билем|билеми|коре|кору|табам|табу|аныкта|карайм|карау|карап|карас|карад|издей|издеу|издес)/;

/** "In advance" ("заранее", "наперёд", "заблаговременно"), folded. */
const AHEAD = /^(?:заранее|наперед|заблаговременно)$/;

/** Whether a typed word (folded) is a verb of finding something out: a question holding one has the aim "find-out". */
export const isFindingOutVerb = (word: string) => FINDING_OUT.test(word);

/**
 * A verb's present passive ("оплачивается", "принимается": is paid, is taken): asked with "ли" ("оплачивается ли счёт в
 * банкомате?"), it asks whether it can be done there, as "можно ли" does; also spelled as said, "-ться" ("оплачиваеться"), an
 * ending no infinitive has after these vowels. Not a future ("вернётся ли": will it come back).
 */
const PASSIVE_PRESENT = /[аяи]еть?ся$/;

/**
 * A verb that says something is done or there, in the present ("оплачивается", "принимает", "существует", "есть"):
 * a question of such a verb and no question word ("ред через банкомат оплачивается?", "в меню банкомата есть оплата ред")
 * asks whether, as "можно ли" does. Only endings nouns seldom have ("кредит", "банкомат" end as other verbs do), and not a
 * future's ("вернётся", "увеличится": will it come back, grow); of the "-ится" verbs only the unprefixed ones of paying, which
 * are present ("гасится", "платится", "вносится"; "погасится" is a future).
 */
const SAYS_IT_IS_DONE = /^(?:есть|[а-я]{2,}(?:ает|яет|ует|еет|аеть?ся|яеть?ся|уеть?ся)|(?:гас|плат|внос)ить?ся)$/;

/** Words that open a clause about someone or something else ("для тех, кто проживает за рубежом"). */
const RELATIVE = new Set(['кто', 'который', 'которая', 'которое', 'которые']);

/** Whom a question addresses ("у вас есть оплата…": do you have, is there): what "у" names then is where, not an owner. */
const ADDRESSED = new Set(['вас', 'тебя']);

/** Whether "есть" at `at` is of having ("у меня есть кредит": I have a loan), not of asking the one addressed ("у вас есть…"). */
const isOfHaving = (words: readonly string[], at: number) =>
  words.slice(0, at).some((word, i) => word === 'у' && !ADDRESSED.has(words[i + 1] ?? ''));

/**
 * Whether the word at `at` says something is done or there: not "есть" of having ("у меня есть кредит"), nor a verb of
 * a clause about someone else ("кто проживает").
 */
const saysItIsDone = (words: readonly string[], at: number) =>
  SAYS_IT_IS_DONE.test(words[at]!) && !RELATIVE.has(words[at - 1] ?? '') && !(words[at] === 'есть' && isOfHaving(words, at));

/** "не", "нет": a question that says something is not done or not there tells a trouble ("чек есть, а оплаты нет"). */
const saysNotDone = (words: readonly string[]) => words.includes('не') || words.includes('нет');

/** "Какой" (which) in its forms, asking which one, not whether. */
const RUSSIAN_WHICH = /^как(?:ой|ая|ое|ую|ие|им|ом|их|ого|ими)$/;

/** Kazakh "бола ма" (may it be), folded. */
const BOLA = /^(?:бола|болама)$/;
/**
 * What "бола ма" follows when it asks whether one may: a verbal noun, with its possessive and dative ("төлеуге", "жабу",
 * "төлемеуіме"), or a conditional ("салмасам", "алсаңыз").
 */
const BEFORE_MAY_BOLA = /(?:у(?:ы|и|ым|им|ын|ин|ымыз|имиз)?(?:га|ге|ка|ке|а|е|на|не)?|са|се|сам|сем|сан|сен|саныз|сениз|сак|сек)$/;

/**
 * Whether "бола ма" at `at` asks whether something is there ("белгі бола ма": is there a mark, "айып бола ма": will there be
 * a fine), said after a noun, not whether one may ("төлеуге бола ма", after a verbal noun).
 */
const asksWhetherThereIs = (words: readonly string[], at: number) =>
  BOLA.test(words[at]!) && at > 0 && !BEFORE_MAY_BOLA.test(words[at - 1]!);

/** Goods (folded): "тауар", "зат", in any form. */
const GOODS = /^(?:тауар|зат)/;
/** Goods in the plural ("тауарлар", "заттарды"), folded. */
const GOODS_MANY = /^(?:тауар|зат)(?:лар|тар|дар)/;
/** A Kazakh participle that tells what kind ("бонус берілетін", "беретін", "марапатталатын"), folded. */
const KIND_PARTICIPLE = /(?:тин|тын)$/;
/**
 * Goods in the plural, or said after a participle ("пікірге бонус берілетін тауарлар", "бонус беретін заттарды", "бонус берілетін
 * тауардың карточкасы"): goods of a kind, asked which, what a "қандай тауарға …?" title answers. The word at `at`.
 */
const goodsOfAKind = (words: readonly string[], at: number) =>
  GOODS_MANY.test(words[at]!) || (GOODS.test(words[at]!) && KIND_PARTICIPLE.test(words[at - 1] ?? ''));

/** "через месяц" (in a month's time) names the next month, as "в следующем месяце" does: the word "месяц" at `at`. */
const inAMonth = (words: readonly string[], at: number) => words[at] === 'месяц' && words[at - 1] === 'через';

/** "Последний час" (the last hour), "крайний час": the hour of the day a payment is due by, what "время" names. */
const lastHour = (words: readonly string[], at: number) => /^час[ау]?$/.test(words[at]!) && LAST.test(words[at - 1] ?? '');

/** Turning to someone ("куда обращаться": where to turn), which asks what to do, not where. */
const TURN_TO = /^(?:обращаться|обратиться|обращаюсь)$/;

/** A sum or an amount as a noun ("сомасы", "сумма", "мөлшері"), folded. */
const SUM_NOUN = /^(?:сома(?:сы|сын|сына)?|сумм[аыуе]|молшер(?:и|ин)?)$/;
/** Whether a word says the most ("ең үлкен", "максималды", "шекті", "максимальная"): one of the maximum's group. */
const saysMost = (word: string) => saysEntry(word, 'максимум');
/**
 * A sum right after the most, or one word on ("ең үлкен бонус сомасы", "максималды сомасы", "шекті сомасы": the largest sum, the
 * ceiling's sum) is the amount asked, what "қанша" (how much) asks: an answer on the most one may collect ("ең көбі қанша")
 * lacks nothing without it.
 */
export function sumOfTheMost(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.filter((word, at) => SUM_NOUN.test(word) && words.slice(Math.max(0, at - 2), at).some(saysMost)));
}

/**
 * "Қай" (which) or "қанша" (how many) before a time ("қай кезде", "қай күні": at which time, on which day; "қанша күнде": in how
 * many days) asks when, not which or how many, folded.
 */
const TIME_NOUN = /^(?:кезде|уакытта|куни|кун|кунде|куннен)$/;
const whichTime = (words: readonly string[], at: number) => (words[at] === 'кай' || words[at] === 'канша') && TIME_NOUN.test(words[at + 1] ?? '');

/**
 * The time in a question on when ("қанша уақытта келеді": in how much time does it come; "қай күні"): part of the question word,
 * not a topic: an answer on the bonus that comes lacks nothing without it. Not "қанша күн" (how many days), a length asked,
 * whose days are its topic ("жеткізу қанша күн": how many days does delivery take).
 */
export function timeAskedWhen(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.filter((word, at) => at > 0 && whichTime(words, at - 1) && word !== 'кун'));
}

/**
 * The verbs of finding out ("посмотреть", "узнать") in a question that finds out the ways of doing something ("где
 * посмотреть варианты оплаты": where to see the ways to pay): it asks how to do it, and its answer need not say finding out.
 */
export function findingOutTheWays(words: readonly string[]): ReadonlySet<string> {
  if (!words.some(asksForTheWays)) return new Set();
  return new Set(words.filter(isFindingOutVerb));
}

/** Russian "не" (not) up to two words before ("не могу найти"), or Kazakh "cannot" after ("көре алмаймын"), folded. */
const saysCannotAt = (words: readonly string[], at: number) =>
  words.slice(Math.max(0, at - 2), at).includes('не') || /^алма/.test(words[at + 1] ?? '');

export function namedDetails(words: readonly string[]): NamedDetails {
  // A word that asks what a "Как …?" or "… қалай …?" title answers asks how (question-words.ts): "какими способами",
  // "жолы"; so does a question word read with the word before ("чем можно": with what can one, not whether one can).
  // Read alone, a question word keeps its own reading ("қайдан": where from, though it also asks what "қалай" titles answer).
  // Words read with the one before that ask what a "Можно …?" title answers ("или нет": or not) ask whether.
  const asksItself = (word: string) => DETAIL_WORDS.question.some(([, form]) => form.test(word));
  const reads = (value: string) => (asked: string) => DETAIL_WORDS.question.some(([v, form]) => v === value && form.test(asked));
  const asksHow = (word: string, before: string | undefined) =>
    pairAnswerWordsFor(word, before).some(reads('how')) || (!asksItself(word) && answerWordsFor(word).some(reads('how')));
  const asksMay = (word: string, before: string | undefined) =>
    pairAnswerWordsFor(word, before).some(reads('may')) || (word === 'ли' && before !== undefined && PASSIVE_PRESENT.test(before));
  const asksWhich = (word: string) => !asksItself(word) && answerWordsFor(word).some(reads('which'));
  const read = words.map((word, i) =>
    whichTime(words, i) ? 'кашан' : asksWhichPlace(words, i) ? 'где' : asksHow(word, words[i - 1]) ? 'как' : asksMay(word, words[i - 1]) ? 'можно' : asksWhich(word) || goodsOfAKind(words, i) ? 'кандай' : inAMonth(words, i) ? 'следующий' : lastHour(words, i) ? 'время' : (saidAsAnother(words, i) ?? word),
  );
  // "не могу найти" (I cannot find it) tells a trouble; it does not ask whether one may, nor does "можно" after another
  // question word ("где можно оплатить", "когда я могу"): that word asks
  const asksOtherAt = (at: number): boolean =>
    at >= 0 && (SAID_BEFORE_MAY.has(words[at]!) ? asksOtherAt(at - 1) : DETAIL_WORDS.question.some(([value, form]) => !WHETHER.has(value) && form.test(words[at]!)));
  const asked = read.filter(
    (word, i) =>
      (word !== 'как' || !BEFORE_CONJUNCTION_KAK.has(words[i - 1] ?? '')) &&
      !(word === 'куда' && TURN_TO.test(words[i + 1] ?? '')) &&
      !((words[i - 1] === 'не' || asksOtherAt(i - 1) || asksWhetherThereIs(words, i)) && reads('may')(word)),
  );
  const named = (table: readonly [string, RegExp][]) => new Set(table.filter(([, form]) => asked.some((word) => form.test(word))).map(([value]) => value));
  const details = {} as Record<Detail, ReadonlySet<string>>;
  for (const detail of DETAILS) details[detail] = named(DETAIL_WORDS[detail]);
  // A particle after a question on which ones ("барлығына ма, әлде кейбіреуіне ғана ма": to all, or only to some?) asks which,
  // not yes or no: the "қандай …?" title answers it
  if (details.question.has('which')) details.question = new Set([...details.question].filter((value) => value !== 'yes-no'));
  const { question } = details;
  const findingOutAt = words.flatMap((word, i) => (isFindingOutVerb(word) ? [i] : []));
  const findsOut = findingOutAt.length > 0;
  // Whether one can find something out ("можно ли узнать", "көруге бола ма") is how to: the guide's "Как узнать …?" answers it.
  if ((question.has('how') || question.has('may')) && findsOut) details.question = new Set([...question, 'how', 'where']);
  // Finding out in advance ("хочу узнать сумму наперёд", "заранее посмотреть") is finding out what is to come: the next period's.
  if (findsOut && words.some((word) => AHEAD.test(word))) details.period = new Set([...details.period, 'next']);
  // Not finding it ("не могу найти", "көре алмаймын": I cannot see it) is still about finding out, and also a trouble told.
  const cannotFind = findingOutAt.some((at) => saysCannotAt(words, at));
  // Finding out the ways to do something ("где посмотреть варианты оплаты", "узнать способы") is asking how to do it.
  const waysFoundOut = findsOut && words.some(asksForTheWays);
  details.aim = new Set(findsOut && !waysFoundOut ? ['find-out', ...(cannotFind ? ['cannot-find'] : [])] : question.has('how') ? ['do'] : []);
  return details;
}

/** "Where from" in Kazakh, folded. */
const WHERE_FROM = 'кайдан';
/** Getting, in the forms a question says it (folded): "аламын", "алам", "алуға", "алады", "аламыз", "аласыз". */
const GETTING = /^ал(?:амын|ам|аман|амыз|асыз|ады|уга|ынады)$/;
/** Whether a getting verb is said within two words of "қайдан" ("қайдан аламын", "бонусты алуға қайдан"). */
const asksWhereToGetFrom = (words: readonly string[]) =>
  words.some((word, i) => word === WHERE_FROM && words.slice(Math.max(0, i - 2), i + 3).some((near) => GETTING.test(near)));

/**
 * A typed question's details, with whether asked when it has no question word and says something is done or there
 * ("ред через банкомат оплачивается?"). The guide's titles say what they ask in words ("Можно …?", "Я могу …?"): only
 * a question typed in a hurry leaves it to its verb.
 */
export function detailsOfTypedQuestion(words: readonly string[]): NamedDetails {
  const details = namedDetails(words);
  // Not when it asks which ("через какой пункт меню платится": which menu item)
  const asksWhich = words.some((word) => RUSSIAN_WHICH.test(word));
  const asksWhether = details.question.size === 0 && !asksWhich && !saysNotDone(words) && words.some((_, i) => saysItIsDone(words, i));
  // Asking what to do ("бонусты алу үшін не істеу керек": what must I do to get the bonus), not to find something out, is
  // asking to do it, as "how" is: an answer on finding out ("… қалай білемін?") answers another question. Typed questions
  // only: a title that ends "Что делать?" tells a trouble, which its text answers in both ways.
  const doesWhatToDo = details.aim.size === 0 && details.question.has('what-to-do');
  // Asking where to get something from ("бонусты қайдан аламын": where do I get the bonus from) asks how to get it, what a
  // "… қалай алады?" title answers: no answer on finding out ("… қалай білемін?") answers it.
  const getsFrom = details.aim.size === 0 && asksWhereToGetFrom(words);
  return {
    ...details,
    ...(asksWhether ? { question: new Set(['may']) } : {}),
    ...(getsFrom ? { question: new Set([...details.question, 'how']) } : {}),
    ...(doesWhatToDo || getsFrom ? { aim: new Set(['do']) } : {}),
  };
}

const sharesValue = (asked: ReadonlySet<string>, said: ReadonlySet<string>) => [...asked].some((value) => said.has(value));

/** How many details the title names otherwise than the question (period, channel): both name a value, and no value is shared. */
export function contrastingDetails(question: NamedDetails, title: NamedDetails): number {
  const contrasting = CONTRADICTING.filter((detail) => question[detail].size > 0 && title[detail].size > 0 && !sharesValue(question[detail], title[detail]));
  return contrasting.length + (asksWhenForWhere(question, title) ? 1 : 0);
}

/**
 * Whether one asks where and the other when, neither asking both ("где оплатить" / "Когда мне нужно оплатить?"): two questions
 * however many words they share. Other question words may ask the same in other words ("когда" / "Какая будет дата";
 * "бонустың лимиті қандай", what is the limit, asks "қанша").
 */
const asksWhenForWhere = (question: NamedDetails, title: NamedDetails) => {
  // "where" read into "how to find out" ("Как узнать сумму?": where to see it, see namedDetails) is no "где" asked
  const whenOrWhere = (details: NamedDetails) =>
    ['when', 'where'].filter((value) => details.question.has(value) && !(value === 'where' && details.question.has('how')));
  const [asked, said] = [whenOrWhere(question), whenOrWhere(title)];
  return asked.length === 1 && said.length === 1 && asked[0] !== said[0];
};

/**
 * Details that, named alike, say the title answers the question. Not the part of the bill: a question names
 * the date also to say when ("внести до даты платежа": ahead of it), which a title on the date does not answer.
 */
const CONFIRMING: readonly Detail[] = ['period', 'channel', 'question'];

/**
 * How many details the title names as the question does: both name a value, and share one; and the aim of finding
 * something out, shared ("сатып алудан қанша бонус келгенін көру" / "… қалай білемін?"): a title that asks whether
 * ("… есептеле ме?") may share every other word, and says nothing of where to look. Doing something is what most "how"
 * questions are for, and the question word shared says it already.
 */
export function sharedDetails(question: NamedDetails, title: NamedDetails): number {
  const findsOut = question.aim.has('find-out') && !question.aim.has('cannot-find') && title.aim.has('find-out');
  return CONFIRMING.filter((detail) => sharesValue(question[detail], title[detail])).length + (findsOut ? 1 : 0);
}

/**
 * Whether the question asks only whether something can be done ("можно ли оплатить в банкомате") and the title
 * asks how to do it ("Как оплатить … через Банкомат?"): the guide's twins, of which the "Можно …?" / "Я могу …?"
 * one answers ("бола ма" asks whether too). Not a question that also asks something else ("когда можно": a time) or asks nothing.
 */
export function howForWhether(question: NamedDetails, title: NamedDetails): boolean {
  const asked = [...question.question].filter((value) => value !== 'yes-no');
  return asked.length === 1 && asked[0] === 'may' && title.question.has('how') && !title.question.has('may');
}

/**
 * Details a title may name that narrow what it answers: an answer on paying through one channel is no
 * answer on paying when the question names none ("как оплатить", not "через банкомат").
 */
const NARROWING: Partial<Record<Detail, ReadonlySet<string>>> = {
  // the places one pays at; not the app, where nearly everything is done ("в мобильном приложении": how much there)
  channel: new Set(['atm', 'terminal', 'desk']),
};

/**
 * How many details the title names a narrowing value of and the question does not name at all (a payment channel); and the
 * part of the bill a title asks about (naming it with no question word of ours: "Какая будет дата", not "Как узнать сумму", nor a trouble
 * told with "Что делать?") when the question asks how to do something and names none ("какие есть способы внести платёж" /
 * "Какая будет дата оплаты …?": the date of paying is no way to pay).
 */
export function unaskedDetails(question: NamedDetails, title: NamedDetails): number {
  const narrowed = (Object.keys(NARROWING) as Detail[]).filter(
    (detail) => question[detail].size === 0 && [...title[detail]].some((value) => NARROWING[detail]!.has(value)),
  ).length;
  const partNotAskedOfDoing = question.aim.has('do') && question.subject.size === 0 && title.subject.size > 0 && title.question.size === 0;
  return narrowed + (partNotAskedOfDoing ? 1 : 0);
}
