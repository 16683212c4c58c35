import { isFindingOutVerb } from './named-details';
import { saysNot } from './negation';
import { namesBill } from './bill-not-yet';
import { saysPaidTwice } from './paid-twice';
import { isCashPaidWith, isMoneyWord } from './number-words';
import { wishedVerb } from './kazakh-auxiliary-verbs';
import { findsOut, namesProduct, phraseSynonyms, vocabularySynonyms } from './vocabulary-expansion';
import { isStopWord } from './stop-words';
import { looksLikeRussianInfinitive, looksLikeRussianVerb } from './stem-russian';

/**
 * Words that set what went wrong against what the asker did ("…, но …", "…, бірақ …") or after it ("сатып алғаннан кейін":
 * after buying), normalised and folded.
 */
const BUT = new Set(['но', 'однако', 'бирак', 'алайда', 'кейин']);

/**
 * The words of the story told before "but" (or "after"), when what follows it says that something did not happen or is not
 * there ("тауар алдым, бірақ бонусым көрінбейді": I bought goods, but my bonus does not show): what went wrong is
 * the question, and an answer about it need not retell the story. A word said after "but" too is not the story's
 * alone. None when there is no "but", or what follows it says nothing is missing ("бонус шотым бос, бірақ сатып
 * алу жасағанмын": the trouble is told first). Not a comma, nor "а": "это не поздно?", "ничего не изменилось" after
 * one are no trouble, or one that needs the story's words (measured).
 */
export function storyBeforeTrouble(words: readonly string[]): ReadonlySet<string> {
  const at = words.findLastIndex((word) => BUT.has(word));
  if (at <= 0) return new Set();
  const after = words.slice(at + 1);
  if (!saysNot(after)) return new Set();
  return new Set(words.slice(0, at).filter((word) => !after.includes(word)));
}

/** Saying what one meant to do ("хотел", "собиралась", "планировал"), or what for ("чтобы закрыть раньше", "для досрочного погашения"). */
const MEANT = /^(?:чтобы|для|хотел[аи]?|собирал(?:ся|ась|ись)|планировал[аи]?)$/;
/** Paying it all, or early ("весь", "целиком", "полностью", "досрочно", "наперёд"), folded. */
const WHOLE_OR_EARLY = /^(?:весь|всю|все|всё|целиком|полностью|досрочно|наперед|заранее)$/;
/** "Only" ("а списали только за месяц"): a part of what was meant. */
const ONLY = 'только';
/** Setting what happened against what was meant ("…, а …", "…, но …"). */
const INSTEAD = new Set(['а', 'но', 'однако']);
/**
 * What a payment is said with: paying, paying off, closing (a bill, a debt), and money, the bill, the sum, or the month it went to
 * ("а списали только за этот месяц", "но закрылся только один месяц": the month's bill).
 */
const PAYS = ['оплатить', 'погасить', 'закрыть', 'внести'];
const PAID_WITH = ['деньги', 'счет', 'сумма', 'оплатить', 'платеж', 'месяц'];
const saysOneOf = (word: string, meanings: readonly string[]) =>
  meanings.includes(word) || vocabularySynonyms(word).some((synonym) => meanings.includes(synonym));

/**
 * Whether the story says the asker meant to pay one way and the money went another ("хотел погасить всё досрочно, а деньги
 * ушли в счёт", "собирался закрыть долг, но оплатил только счёт"), or paid all of it and only a part was taken ("досрочно
 * погасил весь ред, а закрыт только месяц"): a payment made by mistake. Not when what happened says something did not happen
 * ("хотел оплатить, а деньги не пришли"): that is money that did not arrive.
 */
export function paidOtherwiseThanMeant(words: readonly string[]): boolean {
  const meant = words.findIndex((word) => MEANT.test(word));
  const instead = words.findIndex((word, i) => i > meant && INSTEAD.has(word));
  if (instead < 0) return false;
  const before = words.slice(meant + 1, instead);
  const after = words.slice(instead + 1);
  // with no aim said, a whole or early repayment told ("досрочно погасил весь ред, а закрыт только месяц") of which only a part
  // was taken says the same
  if (meant < 0 && !(before.some((word) => WHOLE_OR_EARLY.test(word)) && after.includes(ONLY))) return false;
  return before.some((word) => saysOneOf(word, PAYS)) && after.some((word) => saysOneOf(word, PAID_WITH)) && !saysNot(after);
}

/** What paying too much is said with ("больше", "переплатил", "лишнее", "излишек"), or paying twice ("оплатила дважды"). */
const PAID_TOO_MUCH = ['больше', 'переплатить'];
const saysPaidTooMuch = (words: readonly string[]) => words.some((word) => saysOneOf(word, PAID_TOO_MUCH)) || saysPaidTwice(words);

/**
 * The words that say a mistake ("нечаянно", "случайно", "ошибся"), when the asker also says they paid too much
 * ("нечаянно заплатил в два раза больше", "ошибся и перевёл больше, чем было в счёте"): how it happened, said aside. What
 * went wrong is the sum paid over, which the answer on overpaying tells; the answer on money paid into the wrong place
 * ("по ошибке … вместо …") must not win on the mistake alone.
 */
export function mistakeSaidWithOverpaying(words: readonly string[]): ReadonlySet<string> {
  if (!saysPaidTooMuch(words)) return new Set();
  return new Set(words.filter((word) => saysOneOf(word, ['ошибка'])));
}

/**
 * The words that ask for money back ("вернут ли", "вернутся", "как вернуть"), when the asker says they paid too much and
 * nothing of closing ("переплатил по ред, куда вернут деньги"): the money asked back is the sum paid over, which the answer
 * on overpaying tells ("Где мои деньги?"); the answer on taking one's money when closing Red must not win on them alone.
 */
export function moneyBackAfterOverpaying(words: readonly string[]): ReadonlySet<string> {
  if (!saysPaidTooMuch(words) || words.some((word) => saysOneOf(word, ['закрыть']))) return new Set();
  return new Set(words.filter((word) => saysOneOf(word, ['вернуть'])));
}

/** A loan, in any form ("кредит", "кредита", "в кредит"). */
const LOAN = /^кредит[а-я]*$/;

/** An instalment plan ("рассрочка", "у рассрочки"), as the asker names one they have. */
const isInstalment = (word: string) => /^рассрочк(?:а|и|у|ой|е)$/.test(word);

/** Whether the word at `i` is joined by "и" (and) to a product ("рассрочки и реда", "ред и рассрочка"). */
const joinedToProductAt = (words: readonly string[], i: number) =>
  (words[i + 1] === 'и' && namesProduct(words[i + 2] ?? '')) || (words[i - 1] === 'и' && namesProduct(words[i - 2] ?? ''));

/**
 * Whether the asker says they have an instalment plan beside a product ("у меня и ред и рассрочка", "есть рассрочка на телефон и
 * ред"; not "есть ли", asking whether there is one), or names the two together ("у рассрочки и реда одна дата платежа?"): a loan
 * they repay. Asked about ("ред рассрочка на сколько месяцев", "как оформить рассрочку") it is a product the guide's answers do not describe.
 */
const hasInstalmentBesideProduct = (words: readonly string[]) =>
  words.some(isInstalment) &&
  words.some((word) => namesProduct(word)) &&
  (words.some((word, i) => (word === 'есть' && words[i + 1] !== 'ли') || (word === 'у' && (words[i + 1] === 'меня' || words[i + 1] === 'нас'))) ||
    words.some((word, i) => isInstalment(word) && joinedToProductAt(words, i)));

/** Asking how to get a loan ("как оформить кредит", "получить", "взять") or on what terms ("условия"): the loan is the question. */
const GETTING_A_LOAN = /^(?:оформить|получить|взять|условия|условие)$/;

/**
 * What a loan, or an instalment plan the asker has beside a product, was taken for ("кредит на телефон", "взяла телефон в кредит",
 * "есть рассрочка на телефон и ред"): which thing it bought is the asker's story;
 * an answer on having a loan need not name it. Not when the question asks how to get one ("как получить кредит на
 * автомобиль"): what it is for is then part of what is asked.
 */
export function whatALoanIsFor(words: readonly string[]): ReadonlySet<string> {
  const bought = new Set<string>();
  if (words.some((word) => GETTING_A_LOAN.test(word))) return bought;
  const instalmentIsALoan = hasInstalmentBesideProduct(words);
  words.forEach((word, i) => {
    if (!LOAN.test(word) && !(instalmentIsALoan && isInstalment(word))) return;
    if (words[i + 1] === 'на' && words[i + 2] !== undefined) bought.add(words[i + 2]!);
    if (words[i - 1] === 'в' && words[i - 2] !== undefined) bought.add(words[i - 2]!);
  });
  return bought;
}

/** A purchase: Kazakh "сатып" (buying, before its "алу": "сатып алудан", from a purchase), Russian "покупка", "купил". */
const PURCHASE = /^(?:сатып|покуп|купил|купленн)/;
/** Whether the word at `i` says buying: a purchase word, or the "ал-" of "сатып алу" (to buy) after "сатып". */
const saysBuyingAt = (words: readonly string[], i: number) => PURCHASE.test(words[i]!) || (words[i - 1] === 'сатып' && words[i]!.startsWith('ал'));
/**
 * Where a purchase was made ("магазин", "дүкенде", a site, an online shop by its name): a question about a shop's bonus,
 * which that shop's own answer tells.
 */
const PLACE_BOUGHT = /^(?:магазин|дукен|сайт|маркетплейс|интернет|онлайн)/;
// the vocabulary adds the online shops by their brand ("озон") and "бөгде" (outside) sites; the shop's own words are in the pattern
const namesPlaceBought = (word: string) => PLACE_BOUGHT.test(word) || saysOneOf(word, ['интернетдукен', 'богде']);
/** Whether the question speaks of a bonus ("бонус", "бонусым", "бонусы"). */
const speaksOfBonus = (words: readonly string[]) => words.some((word) => word.startsWith('бонус'));

/**
 * The words that pay ("төлесем", "оплатил") in a question on a bonus that names where one bought ("алиэкспресте голд
 * картамен төлесем бонус бола ма", "онлайн магазинде голдпен төлесем"): paying at a shop is buying there, what the guide's
 * answers on a shop's bonus say ("сатып алғаным"), not paying a loan or a bill. Only of a bonus: paying for the internet,
 * or a card that fails at a shop, is no purchase's bonus asked about.
 */
export function payingAtAShop(words: readonly string[]): ReadonlySet<string> {
  if (!speaksOfBonus(words) || !words.some(namesPlaceBought)) return new Set();
  return new Set(words.filter((word) => saysOneOf(word, ['оплатить'])));
}

/** What paying at a shop is also searched as: buying. */
const BUYING = ['покупка', 'купить', 'сатып'];

/**
 * What a bill is paid with, in the instrumental ("бонусами", "картой"; cash, "наличными", is number-words.ts's): the means, not the thing closed. Not
 * "деньгами": "что будет с моими деньгами" (with my money) is what becomes of them when the product is closed.
 */
const MEANS_OF_PAYING = /^(?:бонус(?:ами|ом)|карт(?:ой|ою))$/;

/**
 * The words that close ("закрыть", "закрою") in a question that says what with ("ред бонусами закрыть можно?", "закрою
 * картой"): a product closed with bonuses or a card is its bill paid with them, what the answers on paying say, not the
 * product given up (what "закрыть ред" alone asks).
 */
export function closingWithMeans(words: readonly string[]): ReadonlySet<string> {
  if (!words.some((word) => MEANS_OF_PAYING.test(word) || isCashPaidWith(word))) return new Set();
  return closingWords(words);
}

/** A loan in any Kazakh form ("кредитімді", "несиемді": my loan), folded. */
const KAZAKH_LOAN = /^(?:кредит|несие|карыз)/;
/** What a Kazakh loan closed is also searched as: paying, as the Kazakh answers say it ("төлеу"), and repaying ("өтеу"). */
const PAYING_IN_KAZAKH = ['толеу', 'отеу'];
/**
 * A Kazakh loan closed, as the asker tells it ("жабамын", "жаптым", "жапсам", "жауып"), folded; not the infinitive "жабу", asking how
 * to close one ("несиені мерзімінен бұрын жабу": closing it early, which no answer tells).
 */
const CLOSES_IN_KAZAKH = /^(?:жабам(?:ын|ыз)?|жабасыз|жабады|жапты[мк]?|жапса[мк]?|жапкан[а-я]*|жауып)$/;

/**
 * The Kazakh words that close a loan anywhere in a question on one ("кредитті кешіктірмей жабамын": I close the loan without delay):
 * a loan closed is paid off, what the answers on repaying say, however many words stand between (the vocabulary reads "несие
 * жабу" so only said together).
 */
function loanClosedInKazakh(words: readonly string[]): ReadonlySet<string> {
  if (!words.some((word) => KAZAKH_LOAN.test(word) || saysOneOf(word, ['кредит']))) return new Set();
  return new Set(words.filter((word) => CLOSES_IN_KAZAKH.test(word)));
}

/** The words that close ("закрыть", "закрою", "закрывать"). */
const closingWords = (words: readonly string[]): ReadonlySet<string> => new Set(words.filter((word) => saysOneOf(word, ['закрыть'])));

/** What closing with a means of paying is also searched as: paying. */
const PAYING = ['оплатить'];

/** Saying one may ("можно", "могу", "разрешено"), before the "не" of a verb. */
const MAY = /^(?:можно|могу|можем|разрешено|разрешается)$/;

/**
 * Whether the question asks leave not to pay ("можно ли не платить ред в этом месяце", "могу не вносить платёж"): skipping a
 * payment, which an answer on paying (early, at an ATM) does not grant; one whose title says what happens when one does not pay
 * speaks of it.
 */
export function asksLeaveNotToPay(words: readonly string[]): boolean {
  return words.some(
    (word, i) => word === 'не' && saysPayingVerb(words[i + 1] ?? '') && words.slice(Math.max(0, i - 2), i).some((w) => MAY.test(w)),
  );
}

/** A debt ("долг", "задолженность"), as the vocabulary reads one. */
const DEBT = ['долг'];
/** What a debt paid is also searched as: the bill. */
const BILL = ['счет'];

/**
 * The words of a debt in a question that pays or closes it ("ред долг в банкомате закрыть можно?"): the debt paid is the bill,
 * which the answers on paying name (the vocabulary reads "закрыть долг" said together).
 */
function debtPaid(words: readonly string[]): ReadonlySet<string> {
  // paying or closing as an infinitive ("закрыть", "погасить"), not one done ("оплатил, а долг висит": money that did not arrive)
  if (!words.some((word) => looksLikeRussianInfinitive(word) && saysOneOf(word, PAYS))) return new Set();
  return new Set(words.filter((word) => saysOneOf(word, DEBT)));
}

/** A loan of a kind said in one word ("автокредит", "потребкредит", in any form). */
const LOAN_OF_A_KIND = /^(?:авто|потреб)кредит/;
/** What such a loan is also searched as: a loan. */
const LOAN_WORD = ['кредит'];

/**
 * A loan of a kind said in a question on a product ("параллельно плачу автокредит, ред когда оплачивать", "оформила потребкредит,
 * теперь ред гасить в другой день?"), or an instalment plan the asker has: the asker has a loan, what the answer for askers with a
 * loan says. Not in a question on the loan alone ("автокредит условия"), which asks for a product the guide's answers do not describe.
 */
function loanOfAKindBesideProduct(words: readonly string[]): ReadonlySet<string> {
  if (!words.some((word) => namesProduct(word))) return new Set();
  const instalmentIsALoan = hasInstalmentBesideProduct(words);
  return new Set(words.filter((word) => LOAN_OF_A_KIND.test(word) || (instalmentIsALoan && isInstalment(word))));
}

/** A date ("число", "день", "срок", "дата"), as the vocabulary reads one. */
const DATE = ['дата'];
/** What is left on a product ("остаток", "деньги"): closing it then gives it up, and the money is what is asked. */
const MONEY_LEFT = ['остаток', 'деньги'];

/**
 * The words that close ("закрыть", "закрывать") in a question on a date ("к какому дню закрывать ред", "число, к которому
 * надо успеть закрыть ред"): a product is given up once, not by a day of each month; closed by a date is its bill paid. Not
 * when money left on it is named ("закрыть ред и забрать деньги": giving it up).
 */
function closingByADate(words: readonly string[]): ReadonlySet<string> {
  if (!words.some((word) => saysOneOf(word, DATE)) || words.some((word) => saysOneOf(word, MONEY_LEFT))) return new Set();
  return closingWords(words);
}

/** Getting money ("получить деньги"), normalised. */
const GETTING = /^получ(?:ить|у|ать|аю)$/;
/** What the money left on a closed product is also searched as: what the answer on taking it calls it, and taking it. */
const LEFT_OVER = ['остаток'];
const TAKING = ['забрать'];

/**
 * The money left on a product the asker closes (or gives up, as the vocabulary reads closing), said as paid over or extra (as it
 * reads overpaying: "если закрою ред, переплата вернётся?", "закрыл ред, на нём лишние деньги"), and getting it ("деньги при закрытии как получить"): the remainder the answer on
 * closing tells how to take. Not when the bill is named or closing is early: closing a bill is paying it, and closing
 * early repays the purchases, where money paid over is the overpayment's.
 */
function moneyLeftOnClosing(words: readonly string[]): { left: ReadonlySet<string>; getting: ReadonlySet<string> } {
  const closes = words.some((word) => saysOneOf(word, ['закрыть'])) && !words.some((word) => namesBill(word) || word.startsWith('досрочн'));
  if (!closes) return { left: new Set(), getting: new Set() };
  return {
    left: new Set(words.filter((word) => saysOneOf(word, ['переплата']))),
    getting: new Set(words.some(isMoneyWord) ? words.filter((word) => GETTING.test(word)) : []),
  };
}

/** Paying off ("погасила", "погашен"), and "полностью" (in full) said with it. */
const PAYING_OFF = ['погасить'];
const IN_FULL = 'полностью';
/** What is left over, said of money ("сумма сверху осталась", "остаток"): what the vocabulary reads as left, and "сверху" (on top). */
const LEFT = ['остаток'];
const ON_TOP = 'сверху';
/** The account money lies on ("на счету", "на счёте"), not the bill. */
const ON_ACCOUNT = /^сч[её]т[еу]$/;
/** What paying a product off in full with money left on it is also searched as: closing it ("при закрытии", as the answer says). */
const CLOSING = ['закрыть', 'закрытие'];

/**
 * The words that pay a product off ("полностью погасила ред", "ред погашен", "закрыла все покупки": said so in a phrase), and "полностью",
 * when the asker says money is left on it ("сумма сверху осталась", "на счету реда остаток"): a product paid off with money left over is one closed, and
 * taking that money is what the answer on closing tells. Not when the bill is named ("погасил счёт, остались деньги": the bill
 * paid, money over it is an overpayment) or the repayment is early (what the answer on early repayment tells).
 */
function paidOffWithMoneyLeft(words: readonly string[]): ReadonlySet<string> {
  const left = words.some((word) => word === ON_TOP || saysOneOf(word, LEFT));
  const billNamed = words.some((word) => namesBill(word) && !ON_ACCOUNT.test(word)) || words.some((word) => word.startsWith('досрочн'));
  if (!left || billNamed) return new Set();
  // the vocabulary's phrases are read only for a story with money left: most questions tell none
  const inPhrase = phraseSynonyms(words);
  const payingOff = words.filter((word) => saysOneOf(word, PAYING_OFF) || (inPhrase.get(word) ?? []).some((said) => PAYING_OFF.includes(said)));
  if (payingOff.length === 0) return new Set();
  return new Set([...payingOff, ...words.filter((word) => word === IN_FULL)]);
}

/**
 * The words the story says are also something else, each with what it is also searched as: paying at a shop is buying
 * (payingAtAShop), closing with a means of paying or by a date is paying (closingWithMeans, closingByADate), and so is a Kazakh loan
 * closed (loanClosedInKazakh), a debt paid is the bill
 * (debtPaid), a loan of a kind beside a product is a loan (loanOfAKindBesideProduct), money paid over on a product closed is what
 * is left on it, and getting it is taking it (moneyLeftOnClosing); a product paid off with money left on it is closed
 * (paidOffWithMoneyLeft).
 */
export function storyReadings(words: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const readings = new Map<string, string[]>();
  const add = (found: ReadonlySet<string>, also: readonly string[]) => {
    for (const word of found) readings.set(word, [...(readings.get(word) ?? []), ...also]);
  };
  add(payingAtAShop(words), BUYING);
  add(closingWithMeans(words), PAYING);
  add(closingByADate(words), PAYING);
  add(loanClosedInKazakh(words), PAYING_IN_KAZAKH);
  add(debtPaid(words), BILL);
  add(loanOfAKindBesideProduct(words), LOAN_WORD);
  const { left, getting } = moneyLeftOnClosing(words);
  add(left, LEFT_OVER);
  add(getting, TAKING);
  add(paidOffWithMoneyLeft(words), CLOSING);
  return readings;
}

/** "Білгім" (I want to know: "білгім келеді"), folded. */
const WANT_TO_KNOW = 'билгим';

/**
 * The purchase a bonus came from, when the asker wants to find out what bonus they got ("әр сатып алудан қанша бонус
 * келгенін тексерудің жолы": how to check how many bonuses each purchase brought; "сатып алғанда қанша бонус түскенін
 * көру"; "бонус тарихы", where its history is): every bonus comes from a purchase, and the answer on finding out one's
 * bonus need not name it. The purchase's own "ал-" after "сатып" goes with it. Not when the shop is named ("Kaspi
 * магазиннен алған тауарға бонус бар ма"): whether that shop gives one is the question.
 */
export function purchaseBehindBonus(words: readonly string[]): ReadonlySet<string> {
  if (!speaksOfBonus(words) || words.some(namesPlaceBought)) return new Set();
  // Finding out, as the question's details read it (a verb of finding out) or as the vocabulary does ("тарихы"): no need to
  // read all of the question's details for it.
  // …or a wish to find out ("көргім келеді": I want to see), as the wished verb; "білгім" (I want to know), a stop word the
  // wish reading leaves as it is, is finding out too
  const read = words.map((word, i) => (word === WANT_TO_KNOW ? 'билу' : (wishedVerb(words, i) ?? word)));
  if (!read.some((word) => isFindingOutVerb(word) || findsOut(word))) return new Set();
  return new Set(words.filter((_, i) => saysBuyingAt(words, i)));
}

/** A review ("пікір", "пікірімді", "отзыв", "отзывы"), folded. */
const REVIEW = /^(?:пикир|отзыв)/;
/** A rating given ("баға беріп": giving a rating, "бағасы" alone being a price), folded, at `i`. */
const saysRatingAt = (words: readonly string[], i: number) => words[i] === 'бага' && /^бер/.test(words[i + 1] ?? '');

/**
 * The buying of the goods a review is written of ("сатып алған тауарыма пікір жазу": writing a review of goods I bought; "купил
 * телефон, оставил отзыв"): every review is of goods bought, so the buying says nothing of it; the answers on buying in a shop
 * say it in their titles, and must not win for it.
 */
export function purchaseBehindReview(words: readonly string[]): ReadonlySet<string> {
  if (!words.some((word, i) => REVIEW.test(word) || saysRatingAt(words, i))) return new Set();
  return new Set(words.filter((_, i) => saysBuyingAt(words, i)));
}

/** "Которые", "который" (which), after "за" (for): a clause on what the things named before it are paid for. */
const WHICH = /^котор(?:ые|ый|ую|ое|ых)$/;
/** Paying, said in such a clause ("за которые я плачу", "за которые надо платить", "за который внесла"). */
const PAYS_FOR = ['оплатить', 'погасить', 'внести'];
/** A participle of paying ("оплаченные", "оплаченных"), and purchases or goods in any form, folded. */
const PAID_PARTICIPLE = /^оплаченн(?:ые|ых|ый|ая|ое|ую|ым|ыми)$/;
const PURCHASES = /^(?:покуп|товар)/;
/** How far after "за которые" its verb of paying may be said ("за которые мне теперь надо платить"). */
const FOR_WHICH_CLAUSE_WORDS = 4;

/**
 * Paying said of the purchases named before it, in a clause "за которые …" ("список покупок по ред, за которые я плачу":
 * the purchases I pay for) or as a participle ("покупки, оплаченные через ред"): the purchases paid for are those of the bill,
 * and an answer on them need not say paying.
 */
export function payingForWhich(words: readonly string[]): ReadonlySet<string> {
  const said = new Set<string>();
  words.forEach((word, i) => {
    // so is a paying participle said of them ("покупки, оплаченные через ред": the purchases paid with Red)
    if (PAID_PARTICIPLE.test(word) && PURCHASES.test(words[i - 1] ?? '')) said.add(word);
    if (word !== 'за' || !WHICH.test(words[i + 1] ?? '')) return;
    for (const near of words.slice(i + 2, i + 2 + FOR_WHICH_CLAUSE_WORDS)) if (saysOneOf(near, PAYS_FOR)) said.add(near);
  });
  return said;
}

/** Buying told as done, in the past ("купил", "купила", "брала", "взяли", "покупал"). */
const BOUGHT_PAST = /^(?:купил|покупал|брал|взял)[аи]?$/;
/** Paying, as a later verb of the question says it ("как его оплачивают", "когда платить", "как погасить"), not a noun ("день оплаты"). */
const saysPayingVerb = (word: string) => looksLikeRussianVerb(word) && saysOneOf(word, PAYS_FOR);

/**
 * Buying told before the paying asked of ("первый раз купил в ред, как теперь его оплачивают": bought with Red, how is it
 * paid; "купила телефон в ред, когда платить"): every bill is for purchases made, and an answer on paying it need not say
 * buying, or what was bought. Only a verb of buying said as done, before a verb of paying: the purchases themselves ("лимит
 * на покупки", "погасить все покупки") stay what is asked.
 */
export function purchaseBeforePaying(words: readonly string[]): ReadonlySet<string> {
  const bought = words.findIndex((word) => BOUGHT_PAST.test(word));
  if (bought < 0 || !words.slice(bought + 1).some(saysPayingVerb)) return new Set();
  const said = new Set([words[bought]!]);
  // and what was bought, up to two words before a preposition ("купила телефон в ред"); not the purchase itself ("взял ещё покупку")
  for (let j = bought + 1; j < words.length && j <= bought + MAX_GOODS_WORDS && !PLACE_PREPOSITION.has(words[j]!) && !saysPayingVerb(words[j]!); j++) {
    if (!PURCHASE.test(words[j]!)) said.add(words[j]!);
  }
  return said;
}

/** "Instead of" ("вместо"), said before what is replaced. */
const INSTEAD_OF = 'вместо';

/**
 * Money said to be replaced ("бонусы вместо денег": bonuses instead of money): what a payment is
 * usually made of, and the word that says so. The question is on what replaces it, which an answer on paying with
 * that need not hold. Not anything else replaced ("вместо досрочного погашения": instead of the early repayment), which
 * says what went wrong.
 */
export function moneyReplaced(words: readonly string[]): ReadonlySet<string> {
  const said = new Set<string>();
  words.forEach((word, i) => {
    if (word === INSTEAD_OF && isMoneyWord(words[i + 1] ?? '')) said.add(word).add(words[i + 1]!);
  });
  return said;
}

/** A promotion ("акция", "акциядағы", "акциялық", "науқан"), folded. */
const PROMOTION = /^(?:акци|наукан)/;
/** The goods ("тауар", "товар", "зат"), folded. */
const GOODS = /^(?:тауар|товар|зат(?:ты|ым|ымды|ка)?$)/;
/** Getting them ("алдым", "алғанмын"), folded; Russian buying is PURCHASE's ("купил"). */
const GOT = /^ал(?:дым|дык|ганмын|ганбыз|ган|ганым|ып)$/;

/** Buying, said of the goods bought (folded): Kazakh as GOT says it, or if bought ("алсам"); Russian "купил", "заказала", "взял". */
const boughtInKazakh = (word: string) => GOT.test(word) || /^алса[мк]$/.test(word);
const BOUGHT_RUSSIAN = /^(?:купил|заказал|взял)[аи]?$/;
/** Where what was bought was said to be (Russian prepositions ending the goods: "купила утюг в магазине"). */
const PLACE_PREPOSITION = new Set(['в', 'на', 'с', 'у', 'через']);
/** The brand and "арқылы" (through): how the place is named, not the goods. */
const NOT_GOODS = /^(?:kaspi|каспи|аркылы)$/;
/** How many words a Russian buying verb's goods run to ("купила детский утюг"). */
const MAX_GOODS_WORDS = 2;

/**
 * The goods a shop's bonus is asked of, named ("магазиннен кроссовка алдым, бонус бола ма": I bought sneakers at the shop, is
 * there a bonus; "каспи магазиннен балама кроссовка алып бердім"; "купила утюг в магазине на каспи, бонусы будут?"): whether
 * that shop gives one is the question, whatever was bought, and the shop's answer names no goods. In Kazakh, the words between
 * the place and the buying verb; in Russian, up to two after it, before a preposition.
 */
export function goodsBoughtAtAShop(words: readonly string[]): ReadonlySet<string> {
  if (!speaksOfBonus(words) || !words.some(namesPlaceBought)) return new Set();
  const goods = new Set<string>();
  const isGoods = (word: string) => !namesPlaceBought(word) && !NOT_GOODS.test(word) && !word.startsWith('бонус');
  words.forEach((word, i) => {
    if (boughtInKazakh(word) && words[i - 1] !== 'сатып') {
      const place = words.slice(0, i).findLastIndex(namesPlaceBought);
      if (place >= 0) words.slice(place + 1, i).filter(isGoods).forEach((w) => goods.add(w));
    }
    if (BOUGHT_RUSSIAN.test(word)) {
      for (let j = i + 1; j < words.length && j <= i + MAX_GOODS_WORDS && !PLACE_PREPOSITION.has(words[j]!) && isGoods(words[j]!); j++) goods.add(words[j]!);
    }
  });
  return goods;
}

/**
 * The goods a promotion's bonus came from ("акциядағы тауарға бонус түспей жатыр": no bonus for the promotion's goods;
 * "акциямен тауар алдым, бонус жоқ"): every promotion's bonus comes from goods bought, and the answer on a promotion's
 * bonus need not name them. Not when the shop is named: whether that shop gives one is the question.
 */
export function goodsBehindPromotionBonus(words: readonly string[]): ReadonlySet<string> {
  if (!speaksOfBonus(words) || !words.some((word) => PROMOTION.test(word)) || words.some(namesPlaceBought)) return new Set();
  return new Set(words.filter((word, i) => GOODS.test(word) || GOT.test(word) || saysBuyingAt(words, i)));
}

/**
 * A question asking what a name is (normalised, folded): "бұл не" (what is this), "деген не", "дегеніміз не" (what is what
 * we call), "не өзі", "что это", "что такое", "что за", "что значит"; or what kind of body it is ("қандай ұйым", "какая
 * организация", "что за компания").
 */
const WHAT_IS: readonly (readonly string[])[] = [
  ['бул', 'не'], ['деген', 'не'], ['дегенимиз', 'не'], ['дегениниз', 'не'], ['не', 'ози'], ['что', 'это'], ['это', 'что'], ['что', 'такое'], ['что', 'за'], ['что', 'значит'], ['что', 'означает'],
  // or who it is ("деген кім", "бұл кім", "кто такие", "кто это")
  ['деген', 'ким'], ['дегенимиз', 'ким'], ['бул', 'ким'], ['кто', 'такие'], ['кто', 'такой'], ['кто', 'это'],
  // or what "it" is ("ол не", "ол кім"), the name said before
  ['ол', 'не'], ['ол', 'ким'],
  // or what it means ("не білдіреді", "нені білдіреді")
  ['не', 'билдиреди'], ['нени', 'билдиреди'],
  // or what it is called ("деп не аталады", "деп қалай аталады")
  ['не', 'аталады'], ['калай', 'аталады'],
  // or what it does ("немен айналысады")
  ['немен', 'айналысады'],
];
/**
 * Asking to have it explained ("түсіндіріңізші", "түсіндіріп беріңіз", "объясните", "поясните"), or its letters read out
 * ("как расшифровывается", "расшифровка") or its meaning ("мағынасы"), folded: what the name is.
 */
const EXPLAIN = /^(?:тусиндир|объясн|поясн|расшифр|магына)/;
/** A body a name may stand for, asked of ("қандай компания", "какая организация"). */
const BODY = /^(?:компани[яиюей]|организаци[яиюей]|уйым|мекеме)$/;
/** "қандай", "какая", "что за": asking what kind. */
const WHAT_KIND = /^(?:кандай|как(?:ая|ой|ое)|за)$/;
/** "Кім" (who), folded, said after the body ("деген ұйым кім": which organisation is it) asks it too. */
const WHO = 'ким';
/** Kazakh question words (folded) that may follow "кім" in a question of its own ("ФДО кім, неге чекте тұр"). */
const NEXT_QUESTION = /^(?:неге|не|кандай|калай|кайдан|ол)$/;
/**
 * "Кім" said right after the name, ending its question ("ФДО кім?", "ФДО кім, неге чегімде тұр": who is FDO, why is it on my
 * receipt) asks who the name is; not "кім" before a verb ("кім төлейді": who pays).
 */
const whoIsAt = (words: readonly string[], i: number) => words[i] === WHO && i > 0 && (i === words.length - 1 || NEXT_QUESTION.test(words[i + 1]!));
/**
 * Being written, shown or come up somewhere ("чекте ФДО тұр": the receipt says FDO; "сөз шықты"; "написано", "высветилось"), or
 * an inscription ("ФДО деген жазу": the writing that says FDO), or its name there ("неге чекте оның аты": why is its name on the
 * receipt).
 */
const SHOWN =
  /^(?:жазу|жазуы|надпись|жазылган|жазылып|жазылыпты|тур|туры|шыкты|шыгып|шыгады|корсетилген|корсетип|корсетеди|написано|написан|написана|указано|указан|пишет|пишут|высветилось|высветился|появилось|появился|стоит|аты|атауы)$/;
/** Being called or meaning something ("деп аталады", "нені білдіреді"): said of a place named, where the name is used. */
const MEANS_THERE = /^(?:аталады|аталатын|билдиреди)$/;
/** A Kazakh noun in the locative ("чекте", "қосымшада": on the receipt, in the app), folded. */
const KAZAKH_LOCATIVE = /^[а-я]{2,}(?:да|де|та|те|нда|нде)$/;
/** A Kazakh noun in the locative made an adjective ("чектегі ФДО": the FDO on the receipt), folded: it says where the name was seen. */
const KAZAKH_PLACE_ADJECTIVE = /^[а-я]{2,}(?:дагы|деги|тагы|теги|ндагы|ндеги)$/;
/** A Kazakh noun in the locative after a possessive ("тарихында": in its history), folded: the word before it names whose. */
const KAZAKH_POSSESSED_LOCATIVE = /^[а-я]{2,}(?:ы|и|сы|си)(?:нда|нде)$/;
/** Russian "в", "на" before a place ("в чеке", "на экране"). */
const IN = new Set(['в', 'на']);

/**
 * Where the asker saw a name, when the question asks what the name is ("чекте ФДО деп жазылған, бұл не": the receipt
 * says FDO, what is it; "в чеке написано ФДО, что это"; "қосымшада фдо деген сөз шықты, бұл қандай ұйым"): the place
 * (a noun in the locative, or after "в", "на"; "чектегі", the one on the receipt, says both where and that it was shown), the
 * verb of being written or shown, the purchase the receipt was for ("сатып алу чегінде"), and the kind of body asked about, or the
 * asking to have it explained.
 * The name is the question; an answer on what it is need not say where it was seen. None for any other question.
 */
export function placeANameWasSeen(words: readonly string[]): ReadonlySet<string> {
  const bodyAskedAt = (i: number) => BODY.test(words[i]!) && (WHAT_KIND.test(words[i - 1] ?? '') || words[i + 1] === WHO);
  const asksWhatIs = words.some((word, i) => bodyAskedAt(i) || EXPLAIN.test(word) || whoIsAt(words, i)) || WHAT_IS.some(([first, second]) => words.some((word, i) => word === first && words[i + 1] === second));
  const saysShown = (word: string) => SHOWN.test(word) || KAZAKH_PLACE_ADJECTIVE.test(word);
  // the place, and whose place it is ("аударма тарихында": in the transfers' history)
  const placeAt = (i: number) =>
    KAZAKH_LOCATIVE.test(words[i]!) || IN.has(words[i - 1] ?? '') || (KAZAKH_POSSESSED_LOCATIVE.test(words[i + 1] ?? '') && !isStopWord(words[i]!));
  // …or what the name is called or means at a place named ("каспи банкте фдо деп не аталады", "kaspi гидте нені білдіреді")
  const meansAtAPlace = words.some((word) => MEANS_THERE.test(word)) && words.some((_, i) => placeAt(i));
  if (!asksWhatIs || !(words.some(saysShown) || meansAtAPlace)) return new Set();
  return new Set(words.filter((word, i) => saysShown(word) || bodyAskedAt(i) || EXPLAIN.test(word) || placeAt(i) || saysBuyingAt(words, i)));
}
