import { COUNTRY_NAMES, FOREIGN_CITY_NAMES } from './country-names';

/**
 * Words that mean the same thing for our users, written the ways they type
 * them. Each group is a set of equivalents; a query word that matches one
 * (by its stem) also searches the others, with a lower weight.
 *
 * Sources:
 * - Brands and product names: as written in the guide captures (Kaspi Red,
 *   Kaspi Gold, Kaspi Pay, Smart POS, QR, Kaspi.kz) and as people spell them in
 *   Cyrillic. Regular spellings are also covered by transliterate.ts; the
 *   irregular ones (кьюар, пэй, кз) only here.
 * - Russian ↔ Kazakh: the everyday banking and shop terms of the guide's two
 *   sections (client and partner), so that a Russian query in the Kazakh UI,
 *   or the other way round, still finds the answer. Kazakh in folded spelling.
 * - Russian paraphrases: how customers ask what the guide's titles say in
 *   other words (money "came" vs the sum "arrived", "abroad" vs "another
 *   country", "until what hour" vs "until what time").
 *
 * An entry written `=word` matches only that exact form, not every form of its
 * stem ("=скольки" is "until what hour"; "сколько" alone asks for an amount).
 * An entry written `>words` is read as the group when it is said in full, and
 * never searched for: "закрыть счёт" is paying the bill, but a question about
 * paying is not one about closing ("как закрыть Kaspi Red").
 * An entry written `~name` is a name: read as the group when said in any form whose stem is long enough
 * to be the name's alone ("в Польшу": польш), never searched for.
 */
/**
 * Kaspi's products, as the index holds their names (Latin, as the guide writes them). A question
 * about one is not answered by an answer about another.
 */
export const PRODUCT_NAMES: ReadonlySet<string> = new Set(['red', 'gold', 'pay', 'qr', 'travel', 'pos', 'deposit', 'депозит']);

/** The brand and its products: words that say which product a question is about, not what it asks about it. */
export const BRAND_NAMES: ReadonlySet<string> = new Set(['kaspi', ...PRODUCT_NAMES]);

export const DOMAIN_VOCABULARY: readonly (readonly string[])[] = [
  // brands and product names
  // "каспийский банкомат" (the Kaspi ATM), as some say the brand as an adjective, and spelled "каспиский"
  ['kaspi', 'каспи', 'каспийский', 'каспиский'],
  // "красная карта", "қызыл карта" (the red card) said in full is how some call Kaspi Red; "карта Red" is the
  // product itself, which the guide names without "карта" ("закрыла карту Red": "при закрытии Kaspi Red", q15293)
  ['red', 'ред', 'рэд', '>красная карта', '>кызыл карта', '>карта red', '>карта ред'],
  ['gold', 'голд'],
  ['pay', 'пэй', 'пей'],
  ['qr', 'кьюар', 'куар', 'кюар'],
  ['kz', 'кз'],
  ['pos', 'пос'],
  ['smart', 'смарт'],
  ['travel', 'трэвел', 'тревел'],
  ['guide', 'гид'],
  ['deposit', 'депозит'],
  // Russian ↔ Kazakh
  ['отзыв', 'пикир'],
  ['счет', 'шот'],
  // Russian т/ч alternation keeps "оплачу", "плачу", "оплачивать", "оплаченные" off the stem of "оплатить"; "выплатить", "сумма выплат" (paying off, the payments) is paying
  // a loan "closed" ("несиені жабу", "кредит жабу"; its converb "жауып": "несиемді жауып тастадым") is one paid off, as said: "жабу" alone closes a card or an account
  // a bill left "неоплаченный" (unpaid) is one to pay; a debt returned ("қарызымды қайтарып жатырмын") is paid, as said (money put
  // in, "ақша салу", only when said of a loan: loan-paid-in.ts)
  // spending or using something on the payment or the bill ("бонусы потратить на оплату", "потратить бонусы на погашение", "на счёт", "как оплату", "использовать для оплаты", "применить к оплате" (apply to it),
  // "пущу на погашение": I'll put them towards it, "направить на оплату", "пущу их на ред": on the product's bill) is paying
  // with it, said in full: spending alone is buying
  ['оплатить', 'оплата', 'платить', 'заплатить', 'платеж', 'толеу', 'толем', 'толеген', 'оплачу', 'заплачу', 'плачу', 'оплачивать', 'оплаченный', 'неоплаченный', 'уплатить', 'уплата', '>несие жабу', '>кредит жабу', '>несие жауып', '>кредит жауып', '>карыз кайтару', '>потратить на оплату', '>потратить на погашение', '>потратить бонусы на оплату', '>потратить бонусы на погашение', '>использовать бонусы для оплаты', '>использовать бонусы на оплату', '>применить к оплате', '>применить бонусы к оплате', '>применить для оплаты', '>применить на оплату', '>потратить на счет', '>тратить на счет', '>тратить на оплату', '>потратить как оплату', '>использовать на оплату', '>использовать для оплаты', '>использовать как оплату', '>пустить на оплату', '>пустить на погашение', '>пущу на оплату', '>пущу на погашение', '>пустить на ред', '>пущу на ред', '>пустил на ред', '>пустила на ред', '>потратить на ред', '>потрачу на ред', 'выплатить', '=выплата', '=выплату', '=выплаты', '=выплат', '>направить на оплату', '>направить на погашение'],
  // a merchant's "точка" (point of sale: "у меня точка на kaspi магазине") is their shop, in its exact forms
  ['магазин', 'дукен', '=точка', '=точку', '=точки'],
  // the guide's shop is the marketplace people also call it, or the market ("каспи маркет"): Kaspi's own, not any shop ("дүкен", as the
  // guide's "Интернет-дүкендерде", outside shops, says)
  ['магазин', 'маркетплейс', 'маркет'],
  // a shop "басқа" (other) or "шетелдік" (foreign) is one of the guide's "бөгде сайттар" (outside sites, q467); "шетелдік" only
  // as itself: "шетелде" (abroad) is where the asker is
  ['богде', 'баска', '=шетелдик'],
  // an order is a purchase, as said ("покупатель заказал", "оформил заказ": the buyer ordered, placed an order, for the guide's "клиент купил", q3164;
  // "тапсырыс бердім", "тапсырыс берсем": I placed, if I place an order)
  // so is paying at a shop, as said ("дүкенде төлесем": if I pay at a shop, for the guide's "дүкендерде сатып алғаным", q467)
  // and "отовариваться" (doing one's shopping), as said, and taking something "в ред" (брал, взяла в ред: bought with it), as said
  // ("взял кредит" takes a loan), and the goods a bill is asked for ("за какие товары долг": which purchases it is for)
  ['покупка', 'купить', 'покупать', 'сатып', '>за какие товары', '>дукенде толесем', '>дукенде толеймин', '>дукенде толедим', '>дукенде толегенде', '>заказал', '>заказала', '>заказали', '>оформил заказ', '>оформила заказ', '>оформить заказ', '>тапсырыс бердим', '>тапсырыс берсем', '>тапсырыс бердик', '>тапсырыс берген', '>тапсырыс беру', '>отовариваться', '>отовариться', '>отоварился', '>отоварилась', '>брал в ред', '>брала в ред', '>брали в ред', '>беру в ред', '>брать в ред', '>взял в ред', '>взяла в ред', '>взяли в ред', '>взять в ред', '>возьму в ред'],
  ['перевод', 'аударым', 'перевести', 'перевел', 'переведу'],
  // "неустойка": the penalty as contracts name it, "санкции" (sanctions) as officials do; a charge "за каждый день" (for each day) is a penalty's, as said, and what the bank
  // "сдерёт" (will rip off), "накрутят" (will wind up) for being late; a fine "начислят" (will be charged) is the fine, as said: a bonus is "начислен" too;
  // being fined ("оштрафуют", "штрафанут" as it is said) is the fine, in the verb's forms (Snowball stems them apart from "штраф");
  // "будет просрочка?" (will it be overdue) asks whether a fine comes: the noun, as said ("просрочить", to be late, is not the fine);
  // so does how much a debt "вырастет", "увеличится" (will grow), said with the debt; and what being late "грозит" (threatens) one with, and
  // its "последствия" (consequences), as said
  ['штраф', 'айыппул', 'айып', 'пеня', 'пени', 'неустойка', 'санкция', '>накинут', '>накинет', '>начислят штраф', '>начислят пеню', '>начислят неустойку', '>оштрафуют', '>оштрафует', '>оштрафовать', '>оштрафовали', '>оштрафуете', '>штрафанут', '>штрафануть', '>за каждый день', '>сдерет', '>сдерут', '>накрутят', '>накрутит', '>накрутили', '>просрочка', '>вырастет долг', '>долг вырастет', '>вырастет задолженность', '>задолженность вырастет', '>увеличится долг', '>долг увеличится', '>увеличится задолженность', '>задолженность увеличится', '>грозит', '>грозят', '>последствия', '>последствий'],
  ['долг', 'задолженность', 'берешек'],
  ['справка', 'аныктама'],
  // a schedule of payments ("график платежей", "расписание оплат", "төлем кестесі") is the guide's "Календарь счетов", where the bills to
  // come are listed, said with the payments: "график работы" is opening hours
  ['календарь', ...['график', 'расписание'].flatMap((schedule) => ['платежей', 'платежа', 'оплат', 'оплаты', 'погашения'].map((of) => `>${schedule} ${of}`)), '>толем кестеси', '>толем кестесин'],
  // the app is Kaspi.kz, as the guide names it: "бонусы не видно в приложении", "қосымшада" for "Kaspi.kz-те менің бонусым" (q1580)
  // the app on the phone is the mobile app ("телефондағы қосымша", "в телефоне" for q514's "мобильді қосымшасында"), as said;
  // "қолданба" is another Kazakh word for the app, read in its forms, never searched: its stem is also "қол" (hand)
  // the personal account in it ("кабинетте", "в личном кабинете"), in its forms, never searched;
  // doing it "не выходя из дома" (without leaving home) is doing it in the app, as said; what is "сайтта", "сайтында" (on the
  // site: where it is shown, not where something was bought, "сайттан") is on Kaspi.kz, and so is what is seen "сайтынан" (on its
  // site: the site is one's own, "каспи сайтынан"); "приложуха" is the app, as slang
  ['приложение', 'косымша', 'kz', '=мобильди', '=сайтта', '=сайтында', '=сайтынан', '=приложуха', '=приложухе', '=приложуху', '=приложухи', ...['', 'е', 'те', 'имде', 'тен'].map((ending) => `>кабинет${ending}`), '>телефондагы', '>в телефоне', '>не выходя из дома', ...['', 'сы', 'да', 'дан', 'дагы', 'нын', 'га', 'сында', 'сынан', 'сындагы', 'сынын'].map((ending) => `>колданба${ending}`)],
  ['налог', 'салык'],
  ['данные', 'деректер'],
  // "фискальник", as merchants call the fiscal receipt
  ['фискальный', 'фискалдык', 'фискалды', '=фискальник', '=фискальника', '=фискальником'],
  // the Kazakh answer names the service by its initials and in full; Russian speakers say "ОФД"; both say it in full
  ['фдо', 'офд', 'оператор фискальных данных', 'фискалдык деректер операторы'],
  ['арест', 'тыйым'],
  ['месяц', 'ай'],
  ['продажа', 'сауда'],
  ['заказ', 'тапсырыс'],
  // "зат" (a thing) is how goods are also said in Kazakh ("алған затқа бонус": a bonus for a thing bought)
  ['товар', 'тауар', 'зат'],
  ['возврат', 'кайтару', 'вернуть', 'верну', 'возвращать'],
  // cancelling a purchase, an order or a payment: a topic of its own, which no shipped answer covers
  ['отменить', 'отмена', 'отменять', 'болдырмау'],
  // managing a product or an account: each a topic of its own, not the paying or the date the rest of the
  // question names ("как изменить дату оплаты", "перенести дату", "продлить срок оплаты", "передать счёт другому"); shifting it
  // ("сдвинуть", "жылжыту") as said, never searched: the guide's own words for a change are the others
  ['изменить', 'изменение', 'поменять', 'сменить', 'смена', 'перенести', 'перенос', '>сдвинуть', '>передвинуть', 'озгерту', 'ауыстыру', '>жылжыту'],
  ['продлить', 'продление', 'отсрочить', 'отсрочка'],
  ['подключить', 'подключение', 'активировать'],
  ['отключить', 'отключение', 'деактивировать', 'оширу'],
  ['заблокировать', 'блокировка', 'бугаттау', 'блоктау'],
  ['разблокировать', 'разблокировка'],
  ['передать', 'передача'],
  ['удалить', 'удаление'],
  ['перевыпустить', 'перевыпуск'],
  ['привязать', 'привязка'],
  ['оформить', 'оформление', 'ресимдеу'],
  // an account's details for a transfer, and a period free of interest: topics of their own, which no shipped answer covers
  ['реквизиты', 'деректемелер'],
  ['беспроцентный', 'пайызсыз'],
  ['повысить', 'повышение'],
  // the guide says "доступный для покупок лимит" of what it also calls "доступная для покупок сумма" (q1511, q1516)
  ['лимит', 'шек', 'доступный'],
  ['процент', 'пайыз'],
  // a bonus "is counted", "is given" (Russian "дают", "дали", only as said: a limit is also given), "is added" ("қосыла ма", only as
  // said: "қос-" also begins "қосымша", the app) or "comes": the guide's titles say the first two ("бонус есептеле ме?", "бонус беріле ме?");
  // "comes" is also "келді", "келмеді", "келе ме" (came, did not come, will it come), listed as themselves: "келесі" (next) shares their stem;
  // a bonus "is written" to the asker ("жазылды", "жазыла ма"), only as said: "жазу" is also writing a review; one that "gathers"
  // ("жинала ма": is it collected) for a payment is given for it, as said, and so is what the asker says they collected ("неше бонус
  // жинадым": how many I collected; "жинағанымды": that I collected; not "жинаған бонусым", my collected bonus, a stop word):
  // "жинау" (collect) asks how many one may collect;
  // a bonus "gifted" ("бонус сыйлай ма": does it gift a bonus), as said: "сыйақы" (a reward) is also a deposit's interest;
  // the asker "gets" it ("бонус аламын ба": do I get a bonus; "бонус алғанымды", "алдым": that I got it), said in full: "алу" alone
  // is also buying ("сатып алу"); the short negatives before "ма" ("қосылмай ма": is it not added) as the long ones;
  // a bonus "тиесілі" (due) to the asker is one given to them ("маған бонус тиесілі ме"), as said; so is one that "қайтады" (comes
  // back: cashback, "бонус қайтады ма"), said with the bonus, and one "төленеді" (is paid), in those forms (the stems of their others are also "қайда", where, and "төлеу", to pay): money
  // that comes back is a refund
  ['начислить', 'есептеу', 'есептелу', 'беру', 'начислять', 'тусу', '=тиесили', '>дают', '>дает', '>дали', '>дадут', '>давать', '>косыла', '>косылады', '>косылды', '>косылмады', '>косылмайды', '>косылмай', '=келди', '=келген', '=келгенин', '=келмеди', '=келеди', '=келе', '>жазыла', '>жазылады', '>жазылды', '>жазылмады', '>жазылмайды', '>жазылмай', '>жазылган', '>жазылганын', '>жинала', '>жиналады', '>жиналды', '>жиналмады', '>жиналмайды', '>жиналмай', '>жинаганымды', '>жинаганын', '>жинаганымызды', '>жинадым', '>жинадык', '>жинапты', '>жиналганын', '>жиналганымды', '>бонус аламын', '>бонус алган', '>бонус алдым', '>сыйлай', '>сыйлайды', '>сыйлады', '>сыйлама', '>сыйламайды', '>бонус кайтады', '>бонус толенеди'],
  // "қол жеткізу" (to lay hands on) is getting it, as said
  ['получить', 'алу', 'получать', '>кол жеткизу', '>кол жеткиземин', '>кол жеткизуге'],
  // "неше" asks "how many" as "қанша" does ("неше бонус")
  ['сколько', 'канша'],
  // "every month", said in full, is monthly: "каждый месяц" for the guide's "ежемесячный счёт" (q1542); so is "this month"
  // ("в этом месяце"): the bill of the month, which the guide calls monthly
  ['ежемесячный', 'месячный', 'ай сайынгы', '>каждый месяц', '>каждого месяца', '>этом месяце', '>этот месяц'],
  ['просрочка', 'мерзими откен'],
  // "қарыз" (a debt, a loan), as Kazakh says a loan being repaid ("қарызымды өтеп жатырмын"); "займ" (a loan), said in
  // Russian and in Kazakh ("займ өтеген кезде": when repaying a loan), in its exact forms: its stem "зай" is also "зайти" (to go in)
  ['кредит', 'несие', 'карыз', ...['займ', 'займа', 'займу', 'займы', 'займом', 'займе', 'займов', 'займам', 'займды', 'займга', 'займдар', 'займым', 'займымды', 'займын', 'займынын'].map((form) => `=${form}`)],
  ['рассрочка', 'болип толеу'],
  ['регистрация', 'тиркеу'],
  // a promised bonus seen in an advert ("жарнамада", "в рекламе") is the promotion's; "акциялық" (promotional) in its exact form
  // (the stemmer leaves the suffix on; "жарнама" stems to "жар", another word)
  ['акция', 'наукан', '=акциялык', '=жарнама', '=жарнамада', '=жарнамадагы', '=жарнамасы', '=жарнамасында', '=жарнамасындагы', 'реклама'],
  ['условия', 'шарттар'],
  ['продавец', 'сатушы'],
  // a shop's client is its buyer: "чек покупателю" for the guide's "если клиент купил товар" (q3164)
  ['клиент', 'клиенттер', 'покупатель', 'сатып алушы'],
  // what the app "көрсетеді" (shows) is what is seen there ("нөл көрсетіп тұр": it shows zero; "көрсететін жер": the place that shows it)
  ['видно', 'видеть', 'корину', 'коринбей', 'коре', 'кору', '>корсетип', '>корсетеди', '>корсететин'],
  // the Kazakh answers' bonus verbs: "жинай аламын" (can collect), "жұмсауға болатын" (can spend); "жиналатын" (that is collected),
  // the passive, which the Kazakh stemmer keeps apart, as itself ("жиналған", collected, is the asker's story: stop-words.ts)
  // "жинақталу", "жинақталады" (being accumulated) too
  ['накопить', 'накопление', 'жинай', '=жиналатын', '=жиналады', '=жинакталу', '=жинакталуы', '=жинакталады', '=жинакталатын'],
  // spending is buying: "сколько можно тратить" for the guide's "доступная для покупок сумма" (q1511); "на что
  // потрачены деньги" for its bill for purchases (q1486; т/ч alternation keeps "потрачены" off the stem "потрат")
  ['потратить', 'тратить', 'потрачены', 'жумсау', 'жумсай', 'покупка'],
  // Russian paraphrases
  // money that came, or did not, or was counted ("засчитали меньше": less was credited; "зачли", the short verb, in its forms) ("деньги пропали" said in full: the guide's "сумма не поступила", whose "не" is a stop word);
  // "оплата прошла" read when said, never searched: Snowball stems "прошла", "прошли" as "прошлый" (last: "в прошлом месяце"),
  // so a word of the group would find the answer on last month's payment;
  // a payment that "did not show up" ("платёж не отобразился", "не отразился": as said, never searched: a late payment
  // that will be recorded in the credit history, q1505, is no payment arriving) did not arrive, nor one after which the
  // account, or Red, is empty ("пусто", "ноль", "на реде ноль"), or its balance has not changed ("баланс не изменился"), nor one after which the debt is
  // still there ("долг так и висит", "всё ещё долг", "долг остался"), unchanged ("долг не изменился", "задолженность та же") or no smaller,
  // nor one after which the bill is "не оплачен" (not paid: "вставила деньги, а ред не оплачен");
  // money "упало" (fell onto the account: "на счёт не упало") came, as said
  ['прийти', '=упало', '=упала', '=упали', '>деньги пропали', '>пусто', '>на счету ноль', '>на реде ноль', '>на ред ноль', '>баланс не изменился', '>баланс не пополнился', '>долг висит', '>задолженность висит', '>еще долг', '>еще задолженность', '>долг остался', '>задолженность осталась', '>долг не изменился', '>задолженность не изменилась', '>долг тот же', '>задолженность та же', '>долг не уменьшился', '>задолженность не уменьшилась', '>не оплачен', '>не оплачена', 'пришли', 'поступить', 'зачислить', 'засчитать', 'засчитал', 'засчитали', 'засчитала', '=зачли', '=зачла', '=зачел', '=зачло', '=зачтут', '=зачлись', 'дойти', 'дошел', 'дошли', 'дошла', 'дошло', 'пройти', 'прошел', '>прошла', '>прошли', '>прошло', 'отобразиться', 'отображаться', '>отразился', '>отразилась', '>отразилось', '>отразились'],
  // banknotes ("купюры") and savings ("мои сбережения остались") are money; "бонус көлемі" (the amount of a bonus) is its sum; as
  // themselves: "көл" is also a lake, "қол" a hand
  ['деньги', 'денег', 'сумма', 'средства', 'купюра', 'сбережения', 'акша', 'сома', '=колем', '=колеми', '=колемин'],
  // "how much to pay" (or to put in) asks for the sum of the bill: "сколько платить", "какую сумму внести", "сколько придёт" (how much will come), "сколько спишут" (how much will be charged) for the
  // guide's "сумму счёта" (q1475, q15762);
  // a payment's size is its sum ("размер платежа", and its figure, "цифра платежа", in the singular: "четыре цифры" are a code's digits), as a fine's sum is its size ("сумма штрафа" for "размер штрафа", q1505), and so is
  // a fine's percent, as said ("процент штрафа"; "процент" alone is interest); what is "к оплате", "к погашению" (due) is the bill's sum,
  // and so is what one owes, asked or looked up ("какой у меня долг по реду", "узнать задолженность"): the guide names no debt besides the
  // bill's sum; said in full, as a debt "still there" is money that did not arrive; the payment due ("обязательный платёж", "минимальный
  // платёж", as banks call the sum to pay each month) is that sum, as well as the bill
  ['сумма', 'размер', '>какой долг', '>какая задолженность', '>сколько долг', '>сколько задолженность', '>долг сколько', '>задолженность сколько', '>узнать долг', '>узнать задолженность', '>посмотреть долг', '>посмотреть задолженность', '>глянуть долг', '>глянуть задолженность', '>проверить долг', '>проверить задолженность', '=цифра', '=цифру', '=цифре', '=цифрой', '>процент штрафа', '>сколько платить', '>сколько заплатить', '>сколько оплатить', '>сколько надо платить', '>сколько нужно платить', '>сколько мне платить', '>сколько внести', '>сколько вносить', '>сумма внести', '>сумма вносить', '>сумма платить', '>сумма заплатить', '>сколько закинуть', '>сколько денег', '>к оплате', '>к погашению', '>обязательный платеж', '>минимальный платеж', '>обязательная оплата', '>минимальная оплата', '>обязательный взнос', '>минимальный взнос', '>сколько придет', '>сколько спишут', '>сколько списывают', '>сколько спишется', '>сколько снимут', '>сколько снимают'],
  // abroad as said from home: "не в Казахстане", "вне Казахстана", "за пределами Казахстана", "уехал из Казахстана" for the guide's "в другую страну" (q1564),
  // and what is from there: "иностранный" (foreign: "с иностранной карты")
  // moving abroad is going there: "переехал" (moved) for the guide's "уехал" (q1564)
  // and flying there is going there ("улетаю работать в Корею")
  ['уехать', 'уехал', 'переехать', 'переехал', 'переехали', 'уезжать', 'переезжать', 'улететь', 'улетел', 'улетать'],
  ['граница', 'заграница', 'рубеж', 'страна', 'иностранный', '>не в казахстане', '>вне казахстана', '>за пределами казахстана', '>из казахстана'],
  // being in a country named is being in "another country" (q1564): the countries people from Kazakhstan travel to most
  // (Europe in its exact forms: its stem "евро" is the currency; China too: its stem "кита" is also the Kazakh "кітап", a book; Korea only in its case forms: its stem "коре" is the Kazakh
  // "көре", "see"; "Корея", "Эмираты", "Англия" as said, where i18n-iso-countries names them in several words or otherwise),
  // and every other country by its name, and the cities abroad people go to most (country-names.ts), read when said
  ['страна', 'турция', 'россия', 'узбекистан', 'кыргызстан', 'киргизия', 'грузия', '=китай', '=китае', '=китая', '=китаю', '=кытай', '=кытайда', '=кытайга', 'оаэ', 'дубай', 'таиланд', 'египет', '=европа', '=европе', '=европу', 'германия', 'сша', 'америка', '~корея', '~эмираты', '~англия', ...[...COUNTRY_NAMES, ...FOREIGN_CITY_NAMES].map((name) => `~${name}`)],
  // a statement of what a bill holds: "выписка", "детализация", "история покупок" for the guide's "подробную информацию" (q1486, q12370)
  // (and "перечень покупок", the list of them; a "разбивка" (breakdown) of it)
  ['выписка', 'детализация', 'подробный', 'разбивка', '>история покупок', '>список покупок', '>перечень покупок'],
  // what a bill is made of: "из чего состоит счёт" for the guide's "какие покупки входят в счёт" (q1486), "что включено в счёт" (q12370)
  ['состоять', 'состоит', 'входить', 'входят', 'включено', 'включить', 'войти', 'вошли', 'вошло'],
  // cash is "наличка" as it is said (Snowball stems it apart from "наличные"); the teller's "окошко" (window) is the cash desk, as said,
  // and paying the cashier ("отдать кассиру") is paying at it; "живые деньги" (live money), said in full, is cash, as banknotes are
  // ("купюры": the guide's ATM answer speaks of banknotes, not cash, q13066)
  ['наличные', 'наличка', '>живые деньги', 'купюра'],
  ['касса', 'кассир', '>окошко', '>окошке', '>окошка', '>окошечко'],
  // a branch ("филиал", "офис") is the guide's "отделение" (q1570)
  ['отделение', 'филиал', 'офис', 'болимше'],
  // a day off: "воскресенье", "нерабочий день" (a non-working day) for the guide's "выходной или праздничный" (q1538)
  ['выходной', 'нерабочий', 'суббота', 'воскресенье'],
  // a holiday: "мереке", the holidays named ("Новый год", "Наурыз") for the guide's "праздничный" (q1538); "праздник" finds
  // its adjective as a guess (query-plan.ts), a word the index does not know as itself
  // (and so does "празник", as it is often typed: its "д" is silent)
  ['праздничный', 'мереке', 'наурыз', 'празник', '>новый год', '>новогодние'],
  // growing: "платёж вырос", "лимит станет больше", "освободится", "восстановится", "восстанавливается" (a limit freed, restored, as said, in the verb's
  // forms: Snowball stems the imperfective apart), "счёт завышен", "счёт выше, чем…" for the guide's "больше" (q12370) and
  // "увеличится" (q1511); "выше" as itself ("вышел" is another word); a sum that "обратно появится", "снова появится" (will be there again);
  // a limit given back ("вернут лимит", "лимит вернётся"), said with the limit: money given back is taking it (below)
  ['увеличиться', 'увеличится', 'вырасти', 'вырастет', 'вырос', 'выросла', 'выросло', 'больше', 'завышен', 'завысить', 'завысили', '=выше', '>освободится', '>освободиться', '>восстановится', '>восстановиться', '>восстанавливается', '>восстанавливаться', '>восстановился', '>восстановилась', '>восстановлен', '>восстановлена', '>обратно появится', '>снова появится', '>опять появится', '>появится снова', '>появится обратно', '>вернут лимит', '>лимит вернут', '>вернется лимит', '>лимит вернется', '>вернут доступный', '>доступный вернется'],
  // the product usable again once paid ("снова заработает", "снова пользоваться", "снова разблокируют", "ред разблокируют", "снова станет
  // активным"): what it can buy grows, the guide's "увеличится" (q1511), and not "больше", "выше", which a bill larger than worked out says
  ['увеличиться', 'увеличится', 'вырасти', 'вырастет', 'вырос', 'выросла', 'выросло', '>снова покупать', '>опять покупать', '>снова тратить', '>опять тратить', '>снова пользоваться', '>опять пользоваться', '>снова отовариваться', '>опять отовариваться', '>снова заработает', '>опять заработает', '>снова откроется', '>опять откроется', '>снова откроют', '>опять откроют', '>снова разблокируют', '>опять разблокируют', '>разблокируют ред', '>разблокирует ред', '>снова активный', '>опять активный', '>снова активен', '>опять активен', '>снова будет работать', '>опять будет работать'],
  // a day of the month: "какого числа платить", "в какой день платить", "до какого дня", "к какому дню", "в какие дни" (Snowball stems "дня",
  // "дню", "дни" apart from "день"),
  // "день месяца" for the guide's "дата оплаты" ("последний", the last, is a stop word: "последний срок" is the term)
  // ("дата месяца", "число месяца": the month says which date, not a topic of its own); "крайний день", "крайняя дата", "крайнее число",
  // "крайний срок" (the utmost day) is the due date, as the guide says "после крайней даты" of it, not the hour that ends it;
  // "дедлайн" (a deadline, the loanword) is that day
  ['дата', 'число', 'срок', 'день', '=дня', '=дню', '=дни', '>день месяца', '>дни месяца', '>дата месяца', '>число месяца', '>крайний день', '>крайняя дата', '>крайнее число', '>крайний срок', '>дедлайн'],
  // a monthly payment is the monthly bill: "следующий платёж" for the guide's "следующий ежемесячный счёт" (q15762), and so is a
  // "взнос" (instalment: "какой взнос будет в январе")
  ['платеж', 'счет', 'взнос'],
  // the monthly bill is the bill: "ежемесячный счёт", "месячный счёт" for the guide's "счёт Kaspi Red" (q1508, q1476), which it calls both;
  // so is "monthly" said with paying ("оплатить ежемесячный ред", "ежемесячная оплата"): what is paid monthly is the bill, and
  // "ежемесячка" (the monthly one, as a noun),
  // and the payment due ("обязательный платёж", as banks call the sum to pay each month)
  ['счет', '>обязательный платеж', '>обязательная оплата', '>обязательный взнос', '>минимальный платеж', '>минимальная оплата', '>минимальный взнос', '>ежемесячный счет', '>ежемесячный платеж', '>месячный счет', '>месячный платеж', '>оплатить ежемесячный', '>оплачивать ежемесячный', '>платить ежемесячный', '>погасить ежемесячный', '>гасить ежемесячный', '>погашать ежемесячный', '>заплатить ежемесячный', '>внести ежемесячный', '>вносить ежемесячный', '=ежемесячка', '=ежемесячку', '=ежемесячки', '=ежемесячкой'],
  // a bill is "issued" ("выставили счёт", "выставили больше", "сколько выставлено": the participle as itself, Snowball stems it
  // with "выставление", "до выставления счёта" being before the bill): the verb says the bill the guide names (q12370, q1475)
  ['счет', 'выставить', '=выставлен', '=выставлена', '=выставлено', '=выставлены'],
  // the bill to come: "будущий счёт", "грядущий счёт" (forthcoming), "очередной платёж" (the next in turn), "в след месяце" (as "следующем" is said short) for the
  // guide's "следующий ежемесячный счёт" (q15762)
  // and the bill "через месяц" (in a month's time), said in full: "через" alone is a channel ("через банкомат")
  // and finding it out "заранее" (in advance: "узнать заранее", "хочу заранее знать", "заранее видно": is it seen in advance) asks for the
  // bill to come, not for paying early;
  // a "прогноз" (forecast) of a payment is the payment to come, and so are the payments left ("сколько платежей осталось",
  // "оставшиеся оплаты"), said together
  ['следующий', 'будущий', 'предстоящий', 'грядущий', 'очередной', 'прогноз', '=след', '>через месяц', '>платежей осталось', '>оплат осталось', '>осталось платить', '>осталось оплатить', '>осталось заплатить', '>осталось внести', '>узнать заранее', '>знать заранее', '>посмотреть заранее', '>глянуть заранее', '>проверить заранее', '>увидеть заранее', '>прикинуть заранее', '>видно заранее'],
  // "келер ай" is how "келесі ай" (next month, q17508) is also said; only as said, and "келесі" as itself: their stems "ке", "кел"
  // are also those of "келді" (came)
  // "алдағы ай" (the month ahead) is the next one too
  ['=келеси', '>келер', '=алдагы'],
  // the hour to pay by: "час оплаты" ("последний час": "последний" is a stop word) for the guide's "до какого времени" (q1513);
  // "до скольких" is how "до скольки" is also said; "уже поздно" (already too late) asks it too
  // an hour of the day ("до скольки вечера", "до 9 утра", "сегодня вечером") is a time, as said: a question about time is not one about evenings
  // and so is midnight, noon ("до полуночи"); "успею", "не поздно" (will I make it, is it not too late) ask until when one may
  ['=скольки', '=скольких', 'время', 'времени', 'час', '>вечера', '>утра', '>ночи', '>вечером', '>утром', '>ночью', '>полночь', '>полуночи', '>полдень', '>полудня', '>успею', '>успеваю', '>успеть', '>не поздно', '>уже поздно'],
  // giving a product up is closing it ("отказываюсь от ред", "после отказа от ред"); only the reflexive forms and the noun with "от":
  // "отказали", "пришёл отказ" are a refusal; so is ending its
  // contract ("расторгаю ред", "расторжение"), the asker switching it off ("отключаю ред, что с остатком": not how to, "как отключить",
  // which asks for the steps no answer on the money left gives), and no longer needing or using it ("больше не нужен ред", "больше не пользоваться")
  ['закрыть', 'закрытие', 'закрывать', '>отказаться', '>отказываться', '>отказываюсь', '>откажусь', '>отказался', '>отказалась', '>отказ от', 'расторгнуть', 'расторгаю', 'расторжение', '>отключаю', '>отключу', '>отключил', '>отключила', '>больше не нужен', '>больше не нужна', '>не нужен больше', '>не нужна больше', '>больше не пользоваться', '>не пользоваться больше', '>перестать пользоваться', '>больше не буду пользоваться'],
  // cash taken out: "обналичить" (cash out), "вытащить" (pull out, as said; the asker's forms only: "вытащили кошелёк" is a theft), Kazakh "шешіп алу" (take out; "шешу" alone is also
  // solving, so only the converb)
  ['забрать', 'снять', 'вывести', 'снимать', 'сниму', 'обналичить', '=вытащить', '=вытащу', '=вытащим', '=вытащил', '=вытащила', '=шешип'],
  // getting money back is taking it: "вернуть деньги", "получить свои деньги обратно", "получить остаток", "возврат денег" for the guide's
  // "забрать свои деньги" (q15293); "получить" alone only said of money: "получить Kaspi Red" is applying for it; "возврат"
  // alone is also returning goods
  // "её отдадут?" (will they give it back), as said: "отдать" alone is paying ("сколько придётся отдать"); not "вернётся" (will
  // come back): a limit comes back too
  ['забрать', 'вернуть', 'верну', '>получить деньги', '>получить обратно', '>получить остаток', '>возврат денег', '>отдадут', '>отдаст', '>отдадите'],
  // "ошибся", "ошиблась" (I made a mistake) for the guide's "по ошибке" (q2184); so is "случайно", "нечаянно" (by accident) and
  // "перепутал" (I mixed them up)
  ['ошибка', 'ошибочно', 'ошибиться', 'ошиблась', 'ошиблись', '=случайно', '=нечаянно', 'перепутать'],
  // counted wrong: "қате есептелді", "неправильно есептелді", "аз есептелді" (too little was counted), "аз берді" (too little was given)
  // for the guide's "дұрыс есептелмеді" (q518; the stems drop the negation); "аз", "кем", "төмен", "басқаша" (little, less, low, otherwise) only
  // said with the verb, or with what was expected ("күткенімнен кем": less than I expected);
  // a bonus not as "уәде" (promised), as said, is one counted wrong; so is one of "басқа сома" (another sum: "басқа сомамен келді"), as
  // Russian "другая сумма" is a sum not paid in full
  ['кате', 'дурыс', '>неправильно', '>неверно', ...['аз', 'кем', 'томен', 'баскаша'].flatMap((how) => ['есептелди', 'берди', 'тусти', 'келди', 'болды', 'болып шыкты'].map((came) => `>${how} ${came}`)), '>куткен аз', '>куткен кем', '>уаде', '>баска сома', '>баска сомамен', '>баска сомада'],
  // paying too much is putting in more: "переплатил", "излишек", "куда делась разница" (where did the difference go), "заплатил с
  // запасом" (with room to spare), "сверх суммы" (over the sum) for the guide's "внёс сумму … больше" (q1516)
  ['переплатить', 'переплатил', 'переплатила', 'переплата', 'лишнее', 'излишек', 'излишки', 'разница', 'внес больше', '>с запасом', '>сверх'],
  // internet shops named by their brand (q467 "Интернет-дүкендерде" covers them; hyphenated words are indexed joined): the ones people in Kazakhstan name most
  // ("вайлдберрис" as said with its last sound unvoiced: "вайлдберриске");
  // an online shop said in full ("онлайн" alone may be an online payment), and paying online, said in full in Kazakh ("онлайн
  // төлесем": if I pay online), as a bonus is asked of it; "алиэкспрес" as typed before a Kazakh ending ("алиэкспресте")
  ['интернетдукен', 'интернетмагазин', 'aliexpress', 'алиэкспресс', 'алиэкспрес', 'wildberries', 'вайлдберриз', 'вайлдберрис', 'ozon', 'озон', 'temu', 'lamoda', '>онлайн дукен', '>онлайн магазин', '>онлайн толеген', '>онлайн толесем', '>онлайн толедим', '>онлайн толеймин'],
  // putting money in: "внёс сумму" (q1516), "закинул деньги" (q2184), "перечислил" (transferred), "перевела на счёт", "перевела на ред", "перевела на досрочное погашение" (said in full,
  // in that order: "перевести" alone is a transfer, "перевести с ред на карту" one out of Red);
  // "вносить деньги", "закинуть деньги" say it in full: the money is what is put in, no topic of its own ("когда вносить деньги": when to pay;
  // not "положил деньги": said of a machine, the money is what did not arrive, "положил деньги в банкомат, они пропали");
  // a machine's banknotes are "вставил" (put in), as said: "вставить" is also inserting a card;
  // "кинул на ред" (threw onto it), as "закинул" is said short, and "кидать", "закидывать" (throwing in, as ongoing): as itself, its stem is also "кино"'s; "закину" (I'll throw it in), as said
  // (Snowball stems it apart from "закинуть"); "нести деньги", "нести за ред" (bring the money, for it), as said; "сунуть", "засунуть" (stuck in), as said;
  // "взнос" (a payment in), the noun of "внести"; "пополнять" (topping up, as ongoing: "пополняют счёт"), which Snowball stems apart from "пополнить"
  ['внести', 'внес', 'взнос', 'внесенный', 'закинуть', 'закинул', '>закину', '>кинул', '>кинула', '>кинуть', '>кину', '>кинули', '>кидать', '>кидаю', '>кидал', '>кидала', 'закидывать', 'положить', 'положил', '>вставил', '>вставила', '>вставить', 'пополнить', 'пополнять', 'пополнение', 'перечислить', 'вносить', 'вношу', 'оплатить', '>перевести на счет', '>перевел на счет', '>перевести на ред', '>перевел на ред', '>перевела на ред', '>перевести на погашение', '>перевел на погашение', '>перевела на погашение', '>перевести на досрочное', '>перевел на досрочное', '>перевела на досрочное', '>вносить деньги', '>внести деньги', '>закинуть деньги', '>закинул деньги', '>закинула деньги', '>кидать деньги', '>кидаю деньги', '>закидывать деньги', '>нести деньги', '>несу деньги', '>нести за', '>несу за', '>занести за', '>отнести за', '>сунуть', '>сунул', '>сунула', '>засунуть', '>засунул', '>засунула'],
  // paying everything off at once is the early repayment: "погасить полностью", "погасить всё", "погашение всего", "закрыть все покупки разом" for the
  // guide's "досрочное погашение всех покупок" (q2184); so is "полное погашение" (paying off in full), "досрочное закрытие" (closing early), all of Red closed or paid ("закрыть весь ред", "оплатил ред весь целиком") and
  // Red closed early ("досрочно закрыть ред", "закрыть раньше срока"), as said
  ['погасить', 'погашение', 'досрочно', 'погашать', 'погашу', '>погасить полностью', '>погасить целиком', '>погасить все', '>погашение всего', '>погашение всех', '>полное погашение', '>закрыть полностью', '>закрыть все', '>закрыть весь', '>оплатить весь ред', '>оплатить ред целиком', '>весь долг', '>всю сумму долга', '>всю задолженность', '>всю сумму задолженности', '>разом', '>закрыть досрочно', '>закрыть раньше', '>досрочное закрытие'],
  // "қарау" (to look) in its exact forms only: the Kazakh stemmer leaves "кар", which is also the stem of "карта";
  // "где видно" (where is it shown) is where to look, "видно" as itself: "не вижу" says something is missing;
  // "глянуть" (to glance) is how looking is said in a hurry, "где найти" (where to find) where to look; "көремін", "көрем", "көруге" (I see, to see) in "қайдан көремін"
  // (where do I see it), and "көру" (to see: "көру жолы", the way to see it), in their exact forms: the stem "кор" begins "көрінбей" (not shown), another question; "түсінемін" (I understand)
  // in "қалай түсінемін" (how do I tell) is how to know, in its exact forms: "түсін-" also begins "түсіндіру" (to explain); so is
  // "қалай ажыратамын", "қалай айырамын" (how do I tell apart); "знать" (to know) and "прикинуть" (to reckon) the sum is finding it out, as themselves;
  // "где увидеть" (where to see it), "где показывают" (where is it shown), "где открыть" (where to open it, in the app) and "не нахожу"
  // (I can't find it) ask where to look; so does
  // "тарихы" (its history: "бонус тарихы қайда", where is the bonus history), in its exact forms, and "хочу видеть" (I want to see it);
  // "где смотрят" (where does one look), in that form ("утром смотрю": I look in the morning, is the story); "где отображается"
  // (where is it shown), said in full: "не отображается" (does not show) is money that did not arrive, as "где указана", "где написано"
  // (where is it stated, written: "в чеке написано ФДО" is where a name was seen); "қайдан табамын" (where do I find
  // it) in the exact forms of "табу" (to find): its stem "тап" is no word of its own; "қай жерден іздеймін" (where do I look for it), in
  // the exact forms of "іздеу" (to search); "аңғарамын", "байқаймын" (I notice, I tell it apart), in those forms; "көрсетіңізші" (show
  // me) and "көрсететін" (that shows: "көрсететін бөлім", the section that shows it), in those forms ("көрсетілмейді", not shown, is
  // a trouble); "көрінетін жер" (the place where it shows) is where to look, said in full ("көрінбей", not shown, is a trouble)
  ['узнать', '>коринетин жер', '>коринетин жери', '>коринетин жерди', '>где открыть', '>где открывается', '>где отображается', '>где отображаются', '>где отображены', '>где отображено', '>где указана', '>где указано', '>где указан', '>где указаны', '>где написано', '>где написана', '>где написан', '>где пишется', '=знать', '=прикинуть', 'посмотреть', 'смотреть', '=смотрят', 'проверить', 'глянуть', 'найти', '=найду', 'увидеть', '=увижу', '=видеть', 'показывать', 'показывают', '=показано', '=нахожу', '=находится', '=тарихы', '=тарихын', '=тарихымнан', '=тарихымды', '=тарихынан', '=тарихым', 'тексеру', 'билу', '=видно', '=карау', '=карауга', '=карап', '=караймын', '=карасам', '=карадым', '=коремин', '=корем', '=коруге', '=корсем', '=кору', '=аныктау', '=аныктаймын', '=аныктауга', '=тусинемин', '=тусинсем', '=тусину', '=ажыратамын', '=ажырату', '=ажыратуга', '=ажыратам', '=айырамын', '=айыру', '=айыруга', '=айырам', '=табамын', '=табам', '=табу', '=табуга', '=таптым', '=тапсам', '=издеймин', '=издеу', '=издеуге', '=издесем', '=издейм', '=ангарамын', '=ангару', '=ангаруга', '=ангарам', '=байкаймын', '=байкау', '=байкауга', '=корсетиниз', '=корсетинизши', '=корсетши', '=корсетсениз', '=корсететин'],
  // the most one can collect: "ең көбі" (q514), "шегі" (its limit), "жоғарғы" (the upper, only as said: its stem begins other words), and
  // "максимал" (the Kazakh spelling), "төбесі" (its top, as said); "тоқтаусыз" (without stopping: does it grow without end),
  // "тоқтайтын жері" (where it stops), "тоқтайды ма", "тоқтай ма", "тоқтата ма" (does it stop) ask what "шексіз" (without limit) asks, in
  // those forms: "тоқтатамын" (I stop it) is stopping a card; so do "тоқтап қалмай ма" (does it not come to a stop) and "өспей қала ма"
  // (does it stop growing), in those forms; "шектелмей ме", "шектеле ме", "шектелген бе" (is it not, is it limited), "шектеулі" (limited)
  // and "жиналуын қоя ма" (does it stop being collected), "асқанда", "асып кетпей ме" (over, going over a sum), in those forms
  ['максимум', 'максимальный', 'максимал', 'ен коп', 'ен коби', 'шек', '>жогаргы', '=улкен', '>самая большая', '>самый большой', '>тобеси', '=токтаусыз', '=токтайтын', '=токтайды', '=токтай', '=токтата', '=токтап', '=оспей', '=оспейди', '=оспейтин', '=шектелмей', '=шектелмейди', '=шектеле', '=шектеледи', '=шектелген', '=шектеули', '=коя', '=кояды', '=асканда', '=аскан', '=асып', '=аспай', '=аспайды'],
  // missing a payment: "забыл заплатить", "забыла про счёт" (as said: "какого числа платёж, забыла" forgot the date, "забыл пароль"
  // the password; the infinitive as itself, for "чтобы не забыть", query-plan.ts), "не успел", "не успею" (if I do not make it in time: what then), "пропустил оплату", "несвоевременный платёж", "при опоздании" (being late: Snowball stems the noun
  // apart from the verb) for the guide's "просрочка", "не оплачу вовремя"
  // and paying later than due ("оплачу на пару дней позже"), as said: "позже" alone also compares dates; a deadline missed
  // ("сорвала срок", "нарушил срок", "пропустила срок"), as said: "срок" alone is the date, "в срок" (on time) is "вовремя"; a bill "просроченный" (overdue),
  // which Snowball stems apart from "просрочка"
  ['просрочить', 'просрочка', 'просроченный', '=забыть', '>забыть заплатить', '>забыть оплатить', '>забыть внести', '>забыть погасить', '>забыть про', 'пропустить', 'опоздать', 'опоздание', 'вовремя', 'задержать', 'задержал', 'задержка', 'просрочивать', 'неуплата', 'неоплата', 'несвоевременный', 'несвоевременно', '>не успел', '>не успела', '>не успели', '>не успеваю', '>не успею', '>не успеем', '>оплачу позже', '>заплачу позже', '>оплатить позже', '>заплатить позже', '>оплатил позже', '>заплатил позже', '>платить позже', '>сорвать срок', '>сорвал срок', '>сорвала срок', '>нарушить срок', '>нарушил срок', '>нарушила срок', '>пропустил срок', '>пропустила срок', '>в срок'],
  // working a sum out: "посчитал", "рассчитывал", "насчитал", "пересчитала" (counted again; not "пересчитают", a bill done again after a return), "по моим подсчётам" for the guide's "по моим расчетам"
  // (Snowball stems "рассчитывал" apart from "рассчитать", so the forms are listed, and spelled with one "с", as often typed); a "wrong" sum
  // ("сумма неправильная", "неверная") is one that differs from the asker's own working out (q12370); only as said
  // (one way): a question about working a sum out is not one about anything "wrong"; nor is one about what was expected
  // ("больше ожидаемого": more than expected, the sum the asker had worked out), or not expected ("сумму, которой я не ждал", "не
  // ожидала такой счёт"); a "strange", "unclear" sum ("сумма странная", "непонятный счёт": the adjective, as said) is one too, and so is
  // an extra the bill holds, asked where from or said charged ("откуда лишние тысячи", "откуда разница", "насчитали лишнее"; "лишнее" alone is overpaying);
  // "сложил покупки", "складывала" (added them up), as said: "сложить" is also folding; a sum that "не сходится" (does not add up)
  ['посчитать', '>не сходится', '>не сходятся', 'посчитал', '>сложил', '>сложила', '>сложили', '>сложить', '>складывал', '>складывала', '>складывали', 'подсчитать', '=пересчитать', '=пересчитал', '=пересчитала', '=пересчитали', 'рассчитать', 'расчет', 'подсчет', 'рассчитывать', 'рассчитывал', 'расчитывать', 'расчитать', 'насчитать', 'насчитал', '>неправильная', '>неправильную', '>неправильный', '>неправильно', '>неверная', '>неверную', '>неверный', '>неверно', '>ожидаемого', '>ожидаемой', '>ожидалось', '>не ждал', '>не ждала', '>не ожидал', '>не ожидала', '>странная', '>странную', '>странный', '>странное', '>непонятная', '>непонятную', '>непонятный', '>непонятное', '>откуда лишнее', '>откуда лишние', '>откуда лишняя', '>откуда лишний', '>откуда разница', '>откуда такая разница', '>насчитали лишнее', '>насчитал лишнее', '>выставили лишнее', '>выставил лишнее'],
  // paying a bill off is paying it: "погасить счёт", "погашу", "закрыть счёт" ("закрывать счёт": Snowball stems it apart; "счёт
  // закроется", will be closed, as said; a month or a payment "закрыт", closed: paid), "рассчитаться" for the guide's "оплатить счёт" (Snowball stems "погашу" apart from "погасить", so the forms are listed; two only as
  // themselves: "погашу" and the participle "погашен" (paid off) share a stem with "погашение", the early
  // repayment, another topic, and "рассчитаться" (settle up) its stem with "рассчитать" (work out), so its reflexive forms are listed:
  // "рассчитаюсь", "рассчитался"); the noun
  // "погашение" (paying off) in its exact forms: "варианты погашения счёта", "после погашения", "при погашении" are paying; a payment "debited"
  // ("когда списывают платёж", "спишется сам", "списание", as said; not "списали": what was debited is a purchase or a charge) is paid, and so is
  // a payment "closed" ("закрыть платёж", as "закрыть счёт" is, and the month's "закрыть месячный"), and so is what is closed at
  // an ATM or a terminal ("закрыть через банкомат": no product is closed at a machine), or with cash ("закрыть наличными"), or ahead
  // ("закрыть заранее": the bill paid before it is out; "закрыть досрочно" is the early repayment); a date that "came" ("подошёл срок": it is
  // due) is one to pay on; a machine that
  // "принимает" (takes) payment is one to pay at ("ред принимают в банкоматах?"), and one that "принял" (took) the money was
  // paid at ("банкомат принял деньги"), only as said: nothing else is "accepting"; so is a cashier who "возьмёт деньги" (will take the money),
  // and a machine that "примет деньги" (will take the money), the money then the payment, not a sum that did or did not arrive;
  // closing on time ("вовремя не закрыть", "закрыть вовремя") is paying on time: no product is closed "on time"; "покрыть" (to cover) a
  // bill or a sum, as said, is paying it, and so is paying off a debt ("погасить долг", "после погашения задолженности": what is owed is
  // the bill)
  // (it costs a question on where Red is accepted as a means of payment, which the guide does not answer)
  ['погасить', '=погашу', 'погашать', 'гасить', '=гашу', '=погашение', '=погашения', '=погашении', '=погашению', '=погашен', '=погашена', '=погашено', '=погашены', 'оплатить', 'оплата', '=рассчитаться', '=рассчитаюсь', '=рассчитаемся', '=рассчитается', '=рассчитался', '=рассчиталась', '=рассчитались', 'расплатиться', '>закрыть счет', '>закроется счет', '>закрылся счет', '>закрыт счет', '>закрыт месяц', '>закрылся месяц', '>закрыт платеж', '>закрылся платеж', '>закрыть долг', '>погасить долг', '>погасить задолженность', '>погашение задолженности', '>оплатить задолженность', '>закрыть задолженность', '>списывают', '>спишут', '>списывается', '>спишется', '>спишет', '>списание', '>закрыть платеж', '>закрывать счет', '>закрыть месячный', '>закрыть ежемесячный', '>закрывать месячный', '>закрывать ежемесячный', '>закрыть банкомат', '>закрыть терминал', '>закрыть наличными', '>закрыть наличкой', '>закрыть заранее', '>закрыть наперед', '>подошел срок', '>подходит срок', '>наступил срок', '>принимают', '>принимает', '>принимать', '>принять', '>принимается', '>примут', '>примет', '>принял', '>приняла', '>приняли', '>возьмет деньги', '>возьмут деньги', '>примет деньги', '>примут деньги', '>принимает деньги', '>принимают деньги', '>закрыть вовремя', '>закрывать вовремя', '>покрыть', '>покрою', '>покрывать', '>покроет', '>покроют'],
  // paying before the date: "рано" (early), "раньше срока", "пораньше", "наперёд", "авансом", "до выставления счёта", "до даты платежа", "до наступления
  // даты", "не дожидаясь даты" (without waiting for it) for the guide's "заранее" (q13488)
  ['заранее', '=раньше', '=пораньше', '=рано', 'досрочно', 'наперед', 'авансом', 'заблаговременно', '>до выставления', '>до даты', '>до срока', '>до наступления', '>не дожидаясь'],
  // money a machine "ate" or "swallowed" did not arrive: "банкомат съел деньги", "проглотил" for the guide's "сумма не поступила" (q13150);
  // nor did money in one that "завис" (froze), in the verb's past forms ("завис посреди оплаты"; "зависит" is depending), or went off
  // or restarted ("выключился", "перезагрузился": a machine's failing, as said; "погас", went dark, is a stop word)
  ['съел', 'съела', 'съели', 'съесть', 'проглотил', 'проглотила', 'проглотить', 'не поступила', '=завис', '=зависла', '=зависло', '=зависли', '=выключился', '=выключилось', '=перезагрузился', '=перезагрузилось', '=вырубился', '=вырубилось'],
  // Kaspi Bonus as Russian speakers call it; its "balance" ("бонус балансым": my bonus balance) and its account ("бонус шотым") are the bonuses, as said
  ['бонус', 'кэшбэк', 'кешбэк', 'кэшбек', 'кешбек', 'cashback', '>бонус баланс', '>бонус шот'],
  // what is left: "остались деньги" for the guide's "остаток" (q15293); so is a balance in credit, "плюс" ("висит плюс": a plus
  // stays on it), as itself: "плюсы" are also advantages
  ['остаток', 'остаться', 'остались', 'осталось', '=плюс'],
  // part of a sum: "заплатил частично", "зачислилось меньше", "сумму поменьше", "неполная сумма", "дошла половина" for the guide's "сумма поступила не полностью" (q13152)
  ['частично', 'часть', 'половина', 'не полностью', 'меньше', '=поменьше', 'неполный'],
  // the whole of a sum: "не полную сумму", "не всю сумму" (said in full: "всю" alone is a stop word), "целиком" (entirely) for the guide's "не полностью";
  // so is another sum than the one put in, as said ("засчитал не столько, сколько я положил", "зачислил не ту сумму")
  ['полностью', 'полный', 'целиком', '>всю сумму', '>не столько', '>не ту сумму', '>не та сумма', '>другую сумму', '>другая сумма'],
  // issuing a receipt is "пробить" or "выбить" it, as said: "пробить чек" for the guide's "сформировать фискальный чек"
  // (q3164); only as said: "проб-" is also a trial, "выб-" a choice; "оформить чек" (to make out a receipt) too, with the receipt
  // said: "оформить" alone is getting a product
  ['сформировать', '>пробить', '>выбить', '>пробил', '>выбил', '>пробила', '>выбила', '>оформить чек', '>оформить фискальный чек'],
  // something not there: "бонус жоқ", "бос" (empty, in its exact form: "бос" is also "free"), "нөл" (zero, as said; "нөлге", "до нуля": fallen to it),
  // "азайып кетті" (grew fewer, in its forms), "ғайып болды" (vanished), "пропал", "не вижу", "не отображаются", "не показывает", "көрсетілмей тұр" (is not shown), "есептелмей тұр" (is not being credited: still not there, said in full; "есептелмеді", was not credited, is a wrong count), "көрсетпейді"
  // (does not show) for the guide's "көрінбей тұр"; "not shown" only as said: a question about being missing is not one about
  // showing ("көрсет", "отображаться"); "шықпай тұр" (does not come up) in its exact forms: "шық-" is also going out
  // "қайда кетті" (where did it go), said in full: "кет-" alone is an auxiliary
  ['жок', 'коринбей', '=шыкпай', '=шыкпайды', '=шыкпады', '>корсетилмей', '>корсетилмейди', '>корсетилмеди', '>корсетпейди', '>корсетпей', '>корсетпеди', '>есептелмей тур', '>есептелмей жатыр', 'пропал', 'исчез', 'не вижу', '>не отображается', '>не отображаются', '>не показывает', '>не показываются', 'жогалу', '=гайып', '>нол', '=нолге', '=нуля', '=бос', '=азайып', '=азайды', '=азайган', '>кайда кетти', '>кайда кеткен', '>кайда кетип'],
];
