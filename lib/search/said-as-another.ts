import { namesPublicHoliday } from './public-holidays';
import { isBrandWord, saysPaying, vocabularySynonyms } from './vocabulary-expansion';

// Words a question says as another word the guide uses (normalised, folded): the due day itself for the hour of it, a shop's
// till for the terminal at it, a fine's percent for its size, a debt for purchases for the bill, and a list or a statement of
// them too, a credit limit for the limit, one's sum "less than in the bill" for the bill larger, a deadline asked by the hour
// for that hour, the bonus account for the bonus; and words that ask what the guide data does not hold, under a word it does
// not ("без переплаты", "на какой срок"). The query searches that word alone (query-plan.ts).

/** "Последний", "крайний" (the last, the utmost), in the forms said of an hour. */
export const LAST = /^(?:последн|крайн)(?:ий|ее|яя|его|ем|ей|юю)$/;

/** What the day a payment is due on is said with: "в день платежа", "в день оплаты" (on the payment day), folded. */
const DUE_DAY_NAMED = /^(?:платежа|оплаты|погашения|взноса)$/;
/** A day off or a holiday said of the day ("праздник", typed "празник"; "выходной", "воскресенье"), or a holiday's date. */
const DAY_OFF: readonly string[] = ['выходной', 'праздничный'];
const HOLIDAY = /^пра[зс]д?ни/;
const saysDayOff = (words: readonly string[]) =>
  namesPublicHoliday(words) || words.some((word) => HOLIDAY.test(word) || [word, ...vocabularySynonyms(word)].some((said) => DAY_OFF.includes(said)));

/** "Сам", "самый" (itself: "в сам день платежа", on the payment day itself), said between "в" and the day. */
const ITSELF = /^(?:сам|самый)$/;

/**
 * "В последний день", "в самый последний день", "в крайний день" (on the last day itself) and "в день платежа", "в сам день
 * платежа", "в дату оплаты" (on the payment day, on its date): paying on that day asks until what hour of it one may, what "время" names;
 * "какой последний день", "последний день оплаты — какое число" ask the date. Not when the day is said to be off or a holiday
 * ("праздник в день оплаты", "в последний день выпал выходной"): whether paying after it is fined is that day's question. The
 * word "день" (or "дату") at `at`.
 */
const onTheDueDay = (words: readonly string[], at: number) => {
  if ((words[at] !== 'день' && words[at] !== 'дату') || saysDayOff(words)) return false;
  if (words[at - 1] === 'в' || (ITSELF.test(words[at - 1] ?? '') && words[at - 2] === 'в')) return DUE_DAY_NAMED.test(words[at + 1] ?? '');
  if (words[at] !== 'день') return false;
  const last = LAST.test(words[at - 1] ?? '');
  return last && (words[at - 2] === 'в' || (words[at - 2] === 'самый' && words[at - 3] === 'в'));
};

/** A time of day ("поздно вечером", "ночью", "утром", "в полночь"), folded. */
const TIME_OF_DAY = /^(?:поздно|вечером|вечер|ночью|ночь|утром|полночь|полуночи|днем)$/;
/**
 * A time of day said of paying on the due day ("оплатить поздно вечером в день платежа"): the hour of it one may pay by, what
 * "время" names. The word at `at`.
 */
const atAnHourOfTheDueDay = (words: readonly string[], at: number) =>
  TIME_OF_DAY.test(words[at]!) && words.some((_, day) => onTheDueDay(words, day) || dueToday(words, day));

/** Paying later than the day ("завтра заплачу", "оплачу позже"): what then, the late payment's question. */
const LATER = /^(?:завтра|позже|потом|опоздаю|просрочу)$/;

/**
 * "Крайний срок сегодня", "сегодня последний день по реду" (the deadline is today): the date is known, and paying on it asks until
 * what hour of it one may, what "время" names; not when paying later is said ("если завтра заплачу"). The word "срок" or "день"
 * at `at`.
 */
const dueToday = (words: readonly string[], at: number) =>
  (words[at] === 'срок' || words[at] === 'день') && LAST.test(words[at - 1] ?? '') && words.includes('сегодня') && !words.some((word) => LATER.test(word));

/** A shop's till ("касса", "на кассе", "кассир"), or its seller ("продавец в магазине", who takes the payment there), folded. */
const TILL = /^(?:касс(?:а|е|у|ы|ой|ах|ам|ами)?|кассир[а-я]*|продав(?:ец|ца|цу|цом|щица|щицы|щице|щицу))$/;
/** A shop ("в магазине", "супермаркет", "аптека", "продуктовый", "ТЦ"), folded. */
const SHOP = /^(?:магазин|супермаркет|гипермаркет|минимаркет|аптек|продуктов|тц$)/;
/** The bank's own place ("отделение", "филиал", "банк"), whose desk is the bank's. */
const BANK_PLACE = /^(?:отделени|филиал|банк|болимше)/;
/** A receipt ("чек", "фискальный"), folded: what a merchant's till (Kaspi Касса) makes, not a payment. */
const RECEIPT = /^(?:чек|фискал)/;
/**
 * A till said with a shop and not with the bank ("на кассе в супермаркете", "на кассе магазина"), where the asker pays: paying
 * there is paying at the Kaspi Terminal that stands in shops, not at the desk of a branch. Not a merchant's till, which makes
 * receipts ("чек через кассу для покупателя магазина": Kaspi Касса). The word at `at`.
 */
const atAShopTill = (words: readonly string[], at: number) =>
  TILL.test(words[at]!) &&
  words.some((word) => SHOP.test(word)) &&
  words.some(saysPaying) &&
  !words.some((word) => BANK_PLACE.test(word) || RECEIPT.test(word));

/** Percent ("процент", "процентов", "пайызы"), folded. */
const PERCENT = /^(?:процент(?:а|ов|ы)?|пайыз(?:ы)?)$/;
/** A fine, in any word the vocabulary reads as one ("штраф", "неустойка", "пеня", "айыппұл"). */
const saysFine = (word: string) => word.startsWith('штраф') || vocabularySynonyms(word).includes('штраф');
/** The percent of a fine ("неустойка по реду сколько процентов", "штраф сколько процентов") is its size, what the guide names. */
const percentOfAFine = (words: readonly string[], at: number) => PERCENT.test(words[at]!) && words.some(saysFine);

/** A debt ("долг", "задолженность", "қарыз", "берешек"), folded. */
const DEBT = /^(?:долг[аиуео]?|задолженност[ьи]|карыз[а-я]*|берешек[а-я]*)$/;
/** Purchases or goods, in any word the vocabulary reads as buying ("покупкам", "товары", "сатып"). */
const saysPurchases = (word: string) => /^(?:покуп|товар|тауар)/.test(word) || vocabularySynonyms(word).includes('покупка');
/** A list ("список", "перечень", "тізім") or a statement ("выписка"), folded. */
const LIST = /^(?:список|списк(?:а|е|у|ом)|перечень|перечн(?:я|е|ю|ем)|тизим[а-я]*|выписк(?:а|и|е|у|ой))$/;
/**
 * A debt or a list said with the purchases it is for or holds ("по каким покупкам долг", "из каких покупок сложилась
 * задолженность", "список того, что я купил", "перечень трат", "выписка покупок") is the bill for them, what the guide names ("счёт за покупки");
 * not a debt "в долг" (on loan), nor a debt or a list said alone (what is still owed after paying, "список магазинов").
 */
const billForPurchases = (words: readonly string[], at: number) =>
  ((DEBT.test(words[at]!) && words[at - 1] !== 'в') || LIST.test(words[at]!)) && words.some(saysPurchases);

/** "Кредитный" (credit, the adjective) in its forms, folded. */
const CREDIT_ADJECTIVE = /^кредитн(?:ый|ого|ому|ым|ом)$/;
/** "Кредитный лимит" (a credit limit) is the limit, what the guide names, and no loan ("кредит"): the word "кредитный" at `at`. */
const creditLimit = (words: readonly string[], at: number) => CREDIT_ADJECTIVE.test(words[at]!) && /^лимит/.test(words[at + 1] ?? '');

/** A deadline ("срок", "срока"), folded. */
const DEADLINE = /^срок[аеу]?$/;
/** What a thing costs, said after "во сколько" ("во сколько мне это обойдётся", "встанет"): a sum, not an hour. Folded. */
const COSTS = /^(?:обойдет(?:ся)?|обойдутся|встанет|встанут)$/;
/** Asking the hour ("во сколько", "до скольки"), not the cost ("во сколько обойдётся"), folded. */
const asksTheHour = (words: readonly string[]) =>
  words.some((word, i) => (word === 'сколько' && words[i - 1] === 'во' && !words.slice(i + 1, i + 4).some((next) => COSTS.test(next))) || word === 'скольки');
/** A deadline asked by the hour ("последний срок оплаты во сколько": the deadline at what time) is the hour of the due day. */
const deadlineByTheHour = (words: readonly string[], at: number) => DEADLINE.test(words[at]!) && asksTheHour(words);

/** The bill, or what it was charged as ("счёте", "выставленном", "насчитали", "начислили"), folded. */
const BILL_CHARGED = /^(?:сч[её]т|выставл|насчита|начисл)/;
/**
 * "Меньше, чем в счёте" (less than in the bill): the asker's own sum is the smaller, so the bill is the larger, what the guide
 * says ("больше, чем по моим расчётам"); "меньше" is no sum arriving short here. The word at `at`.
 */
const lessThanTheBill = (words: readonly string[], at: number) =>
  words[at] === 'меньше' && words[at + 1] === 'чем' && words.slice(at + 2, at + 5).some((word) => BILL_CHARGED.test(word));

/** Overpaying or interest ("переплаты", "переплат", "процентов"), folded. */
const OVERPAYING_OR_INTEREST = /^(?:переплат[аыуе]?|процент(?:а|ов)?)$/;
/**
 * "Без переплаты", "без процентов" (without overpaying, without interest): a loan's terms, interest-free, which no answer on
 * money paid over answers. The word at `at`, said as "беспроцентный", a word the guide data does not hold.
 */
const interestFree = (words: readonly string[], at: number) => OVERPAYING_OR_INTEREST.test(words[at]!) && words[at - 1] === 'без';

/**
 * "На какой срок" (for what term: "на какой срок дается ред") asks how long something lasts, which no due date answers (the
 * deadline, "до какого срока", "на какой срок оплаты", is another question). The word "срок" at `at`, said as "длительность", a
 * word the guide data does not hold.
 */
const termAsked = (words: readonly string[], at: number) =>
  words[at] === 'срок' && words[at - 1] === 'какой' && words[at - 2] === 'на' && !DUE_DAY_NAMED.test(words[at + 1] ?? '');

/** Lengthening ("увеличить", "удлинить"), folded. */
const LENGTHEN = /^(?:увеличить|увеличат|увеличивают|удлинить|удлинят)$/;
/**
 * "Увеличить срок оплаты" (lengthen the term to pay): extending it, a change no answer on the due date or on the sum growing
 * ("увеличится") makes. The word "увеличить" at `at`, right before "срок", said as "продлить".
 */
const termLengthened = (words: readonly string[], at: number) => LENGTHEN.test(words[at]!) && /^срок(?:а|и|у)?$/.test(words[at + 1] ?? '');

/** More, said of what one wants ("больше", "побольше", "больший"), folded. */
const MORE = /^(?:больше|побольше|больший|большой|выше)$/;
/** The asker wanting ("хочу", "хотелось бы"), folded. */
const WANTS = /^(?:хочу|хочется|хотел|хотела|хотелось|хотим)$/;
/**
 * "Хочу больший лимит", "хочу, чтобы на ред было больше денег" (I want a bigger limit, more money on Red): raising it, a change
 * no answer on the sum growing after paying ("увеличится") makes. The comparative at `at`, in a question where the asker wants
 * and pays nothing ("хочу заплатить больше" is paying), said as "повысить"; not "больше не" (no longer: "хочу больше не
 * пользоваться"), which wants less.
 */
const moreWanted = (words: readonly string[], at: number) =>
  MORE.test(words[at]!) && words[at + 1] !== 'не' && words.some((word) => WANTS.test(word)) && !words.some(saysPaying);

/** What was collected, as a noun of the past ("жиналғанын", "жинағанымды": that was collected, that I collected), folded. */
const COLLECTED = /^(?:жиналган|жинаган)(?:ын|ы|ымды|ымызды)$/;
/** "How many" (folded "қанша", "неше"). */
const HOW_MANY = /^(?:канша|неше)$/;
/**
 * "Қанша бонус жиналғанын" (how many bonuses were collected): what was given, found out, not how many one may collect ("жинай
 * аламын"), whose stem it shares. The word at `at`, said as "есептелу" (counted, given).
 */
const collectedAsked = (words: readonly string[], at: number) => COLLECTED.test(words[at]!) && words.some((word) => HOW_MANY.test(word));

/**
 * The bonus account ("бонус шотыма": to my bonus account; "на бонусном счету") is where the bonus is: the bonus, what the guide
 * names. The account word at `at`; not a bill said after the bonus it is paid with ("бонусами счёт оплатить").
 */
const bonusAccount = (words: readonly string[], at: number) =>
  (words[at - 1] === 'бонус' && /^шот/.test(words[at]!)) || (/^бонусн/.test(words[at - 1] ?? '') && /^сч[её]т/.test(words[at]!));

/** A shop, in Kazakh ("дүкенге", "дүкеннен"), folded. */
const KAZAKH_SHOP = /^дукен/;
/** An order ("тапсырыс", "заказ"), folded, in any form. */
const ORDER = /^(?:тапсырыс|заказ)/;
/** A shop outside Kaspi: online, on the internet, another, abroad, outside ("онлайн", "интернет", "басқа", "шетел", "сырттағы", "тыс", "бөгде", a site). */
const OUTSIDE = /^(?:онлайн|интернет|баска|шетел|сырт|тыс|богде|сайт)/;

/**
 * A shop ordered from through Kaspi ("дүкенге kaspi арқылы тапсырыс берсем": if I order from a shop through Kaspi): Kaspi's own
 * shop, the guide's "Магазин", whose answer says "Магазин" where the answer on internet shops says "дүкен". Not a shop outside
 * Kaspi, named so. The shop word at `at`, said as "магазин".
 */
const shopOrderedThroughKaspi = (words: readonly string[], at: number) =>
  KAZAKH_SHOP.test(words[at]!) && words.some((word) => ORDER.test(word)) && words.some(isBrandWord) && !words.some((word) => OUTSIDE.test(word));

/**
 * The word at `at` said as another the guide uses: the due day itself, and a time of day on it, as the hour of it one may pay by ("в последний день",
 * "крайний срок сегодня", "поздно вечером в день платежа": "время"), a shop's till as the Kaspi Terminal at it ("терминал"), a fine's percent as its size ("размер"), a debt for
 * purchases as the bill ("счет"), and a list or a statement of them too, a credit limit as the limit ("лимит"), one's sum
 * "less than in the bill" as the bill larger ("больше"), a deadline asked by the hour as that hour ("время"), the bonus
 * account as the bonus ("бонус"), how many were collected as given ("есептелу"), a shop ordered from through Kaspi as its "магазин"; being interest-free ("беспроцентный"), how long something lasts ("длительность"), a term
 * lengthened ("продлить") and more wanted ("повысить"), which the guide data does not hold. Null for a word said as itself.
 */
export function saidAsAnother(words: readonly string[], at: number): string | null {
  if (onTheDueDay(words, at) || dueToday(words, at) || atAnHourOfTheDueDay(words, at)) return 'время';
  if (atAShopTill(words, at)) return 'терминал';
  if (percentOfAFine(words, at)) return 'размер';
  if (billForPurchases(words, at)) return 'счет';
  if (creditLimit(words, at)) return 'лимит';
  if (lessThanTheBill(words, at)) return 'больше';
  if (deadlineByTheHour(words, at)) return 'время';
  if (bonusAccount(words, at)) return 'бонус';
  if (interestFree(words, at)) return 'беспроцентный';
  if (termAsked(words, at)) return 'длительность';
  if (termLengthened(words, at)) return 'продлить';
  if (moreWanted(words, at)) return 'повысить';
  if (collectedAsked(words, at)) return 'есептелу';
  if (shopOrderedThroughKaspi(words, at)) return 'магазин';
  return null;
}
