import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSearcherFor, loadShippedSearcher } from '../../../lib/cli/load-guide-searcher';
import { ingestCaptureDirs } from '../../../lib/cli/read-capture-dir';
import { generateCorpus } from '../../../lib/cli/synthetic/generate-guide';
import type { GuideQuestion } from '../../../lib/guide/types';
import { sampleBudget } from '../sample-budget';
import { generatedIndexFiles } from '../../../lib/cli/generated-index-files';
import { SHIPPED_GUIDE_FILES } from '../../../lib/search/shipped-guide-files';
import { decodePostings } from '../../../lib/search/posting-lists';
import { arrayAnswerStore } from '../../../lib/search/answer-store';
import { loadGuideSearcher } from '../../../lib/search/search-guide';
import type { SerializedGuideIndex } from '../../../lib/search/build-index';

const searcher = loadShippedSearcher();
const topId = (query: string, lang: 'ru' | 'kz' = 'ru') => searcher.search(query, { lang }).hits[0]?.answer.id;
/** Search puts `id` first for `query` and stands behind it. */
const standsBehind = (query: string, lang: 'ru' | 'kz', id: number) => {
  const response = searcher.search(query, { lang });
  expect(response.hits[0]?.answer.id).toBe(id);
  expect(response.confident).toBe(true);
  expect(response.declineReason).toBeNull();
};
/** The shipped answers among 10,000 synthetic ones (the eval's default draw), built once, when first asked for. */
let big: ReturnType<typeof loadSearcherFor> | undefined;
const bigGuide = () => {
  if (big) return big;
  const real = ingestCaptureDirs(['assets/guide']).questions;
  return (big = loadSearcherFor(generateCorpus(real, real.length + 10_000)));
};

describe('searching the shipped index', () => {
  it('should find answers through Russian morphology', () => {
    expect(topId('штрафы за просрочки')).toBe(1505);
  });

  it('should match the last word as a prefix while typing', () => {
    const typing = searcher.search('терми', { lang: 'ru' });
    expect(typing.hits.length).toBeGreaterThan(0);
    expect(typing.hits[0]!.answer.title).toMatch(/Терминал/);
  });

  it('should tolerate one typo in a long word', () => {
    expect(topId('банкомвт')).toBe(searcher.search('банкомат', { lang: 'ru' }).hits[0]!.answer.id);
  });

  it('should rank exact matches above typo matches', () => {
    const hits = searcher.search('штраф', { lang: 'ru' }).hits;
    expect(hits[0]!.answer.title.toLowerCase()).toContain('штраф');
  });

  it('should read a query typed in the wrong layout and say how it read it', () => {
    const r = searcher.search('inhfa pf ghjchjxre', { lang: 'ru' });
    expect(r.correctedQuery).toBe('штраф за просрочку');
    expect(r.hits[0]!.answer.title).toMatch(/штраф/i);
  });

  it('should match brand names across scripts both ways', () => {
    const cyrillic = searcher.search('каспи ред терминал', { lang: 'ru' }).hits.map((h) => h.answer.id);
    const latin = searcher.search('kaspi red терминал', { lang: 'ru' }).hits.map((h) => h.answer.id);
    expect(cyrillic[0]).toBeDefined();
    expect(cyrillic[0]).toBe(latin[0]);
    expect(topId('голд')).toBeDefined();
    expect(topId('голд')).toBe(topId('gold'));
  });

  it('should fold Kazakh letters so queries typed without them still match', () => {
    expect(topId('пікір жазғанға бонус', 'kz')).toBe(17562);
    expect(topId('пикир жазганга бонус', 'kz')).toBe(17562);
  });

  it('should put answers in the UI language first but still find the other language', () => {
    const kz = searcher.search('бонус', { lang: 'kz' }).hits;
    expect(kz[0]!.answer.lang).toBe('kz');
    const ruInKzUi = searcher.search('штраф за просрочку', { lang: 'kz' }).hits;
    expect(ruInKzUi[0]!.answer.lang).toBe('ru');
  });

  it('should give highlight ranges that point at matched words', () => {
    const hit = searcher.search('штраф', { lang: 'ru' }).hits[0]!;
    for (const r of hit.titleHighlights) expect(hit.answer.title.slice(r.start, r.end).toLowerCase()).toMatch(/^штраф/);
    for (const r of hit.snippetHighlights) expect(hit.snippet.slice(r.start, r.end).toLowerCase()).toMatch(/^штраф/);
  });
});

describe('one query after another', () => {
  it('should answer a query the same whatever was searched before it', () => {
    const fresh = loadShippedSearcher();
    const queries = ['штраф за просрочку', 'бонус', 'как оплатить счет kaspi red через банкомат', 'пікір үшін қанша бонус', 'ред'];
    const alone = queries.map((q) => loadShippedSearcher().search(q, { lang: 'ru' }));
    for (const round of [1, 2]) {
      queries.forEach((q, i) => expect(fresh.search(q, { lang: 'ru' }), `${q}, round ${round}`).toEqual(alone[i]));
    }
  });
});

describe('declining when the data has no answer', () => {
  it.each([
    ['a topic the data does not cover', 'кредит на образование'],
    ['a known word the first answer lacks', 'перевести деньги за границу'],
    ['a Kazakh question about another product', 'пин кодты ауыстыру'],
    ['an unknown word next to a brand every answer holds', 'где ближайший банкомат каспи'],
    ['an unknown word next to a product name and one known word', 'kaspi red отменить покупку'],
    ['an unknown word next to a known one and a word still being typed', 'отменить оплату терми'],
    ['a topic word the vocabulary lists and the data lacks, beside two known words', 'возврат товара в магазин'],
    ['a long Kazakh word whose short stem is no typo of any word', 'бонустар қашан күйеді'],
    ['the card one pays with, which names no product ("ред картой")', 'ред картой платить в турции можно'],
    ['a change to the product the answer about its date does not make', 'как изменить дату оплаты ред'],
    ['moving the date, which is changing it', 'можно ли перенести дату платежа по ред'],
    ['shifting the date ("сдвинуть"), which is changing it', 'хочу сдвинуть день оплаты ред на 20 число'],
    ['how to switch a product off, which the answer on the money left when closing it does not tell', 'подскажите как отключить каспи ред'],
    ['leave not to pay, which answers on paying do not grant', 'могу ли не вносить платёж по реду один месяц'],
    ['where a product is accepted, which answers on paying its bill do not tell', 'ред где принимают'],
    ['an account\'s details for a transfer, which the answer on where to see the bill lacks', 'где посмотреть реквизиты счета'],
    ['a Russian noun in "-ка" that names the service asked about', 'отсрочка платежа по ред на месяц'],
    ['a Russian noun of an action that names what the fine is for', 'штраф за превышение скорости оплатить'],
    // "процентов" is on lunr's Russian stop list, yet the interest asked about is the topic
    ['a question on the interest of a cashback', 'ред кешбэк сколько процентов'],
    ['lengthening the term to pay ("увеличить срок"), which is extending it', 'можно ли увеличить срок оплаты ред на месяц'],
    ['extending the term, whose typo neighbours ("прошлом") in an answer say nothing of it', 'можно продлить срок оплаты ред, денег пока нет'],
    ['a bigger limit the asker wants, which is raising it', 'хочу лимит на ред больше, куда обратиться'],
  ])('should decline %s', (_what, query) => {
    const response = searcher.search(query, { lang: 'ru' });
    expect(response.confident).toBe(false);
    expect(response.declineReason).not.toBeNull();
  });

  it('should decline a Kazakh question on taking bonuses out as cash ("шешіп алу"), which the data answers nowhere', () => {
    // the answer on paying the bill with bonuses holds "бонус" and names no ATM, yet nothing of taking cash out
    expect(searcher.search('бонусты банкоматтан шешіп алуға бола ма', { lang: 'kz' })).toMatchObject({ confident: false, declineReason: { kind: 'word-missing' } });
  });

  it('should decline a Kazakh question on bonuses vanishing over time ("уақыт өте келе"), whose "өте" is no repaying', () => {
    // "өте" (very; passing) shares its stem with "өтеу" (repaying): read as it, the answer on bonuses for repaying a loan answered
    expect(searcher.search('бонустар уақыт өте келе жойылады ма', { lang: 'kz' }).confident).toBe(false);
  });

  it('should decline a Kazakh question on giving bonuses to someone, whom the data names nowhere', () => {
    // "жанұяма" (to my family): the answer on how many bonuses were given says nothing of giving them to anyone
    expect(searcher.search('бонустарды жанұяма бере аламын ба', { lang: 'kz' })).toMatchObject({ confident: false, declineReason: { kind: 'word-missing' } });
  });

  it.each([
    ['a title-like question', 'как оплатить счет каспи ред', 1508],
    ['a colloquial paraphrase', 'не успел оплатить ред вовремя', 1505],
    ['Russian typed in Latin letters', 'skolko shtraf za prosrochku', 1505],
    ['two known topic words beside one the data lacks', 'штраф за просрочку автоплатеж', 1505],
    ['a listed word the answer says otherwise', 'вернуть деньги при закрытии ред', 15293],
    // the answer on paying at a Kaspi Terminal names the channel typed with a typo, and the general one on paying none
    ['a channel typed with a typo', 'термнал оплата счета ред', 12467],
    // only a typo of a vocabulary word says what the word says, not the same letters with another ending
    ['a question with a word the data does not know', 'если я заплачу ред раньше времени это нормально', 13488],
    // "какими способами" asks what "как" asks: the answer on how to pay, not the one on whether bonuses can pay
    ['a question asking for the ways to do it', 'какими способами можно оплатить ред', 1508],
    // "до даты платежа" (before the payment date) is paying ahead: the date answer's title says "дата", the answer on paying ahead does not
    ['a phrase that turns its word into another', 'можно ли внести оплату по ред до даты платежа', 13488],
    // "в этом месяце" (this month) is the monthly bill's: the answer on its date, not one that names the month otherwise
    ['a question on this month', 'когда платить за ред в этом месяце', 1542],
    // "моими" (my) says whose money, not what about it: the answer on taking the money out at closing lacks it
    ['a question with a possessive pronoun the answer lacks', 'хочу закрыть ред что будет с моими деньгами на нем', 15293],
    // a payment's size is the sum of the bill: the answer on the next bill's sum, not the one on the size of the fine
    ['a payment\'s size asked for', 'ред размер платежа на следующий месяц', 15762],
    // "обязательный платёж" (the payment due) is the monthly bill, and its "цифра" (figure) the bill's sum
    ['the figure of the payment due', 'ред: где цифра обязательного платежа на этот месяц', 1475],
    ['the payment due asked when', 'обязательный платеж по реду когда', 1476],
    // "до наступления даты" (before the date comes) is paying ahead, as "до даты платежа" is
    ['a question on paying before the date comes', 'разрешено ли оплачивать ред до наступления даты платежа', 13488],
    // "до того как" (before), stop words all, says what "заранее" says
    ['a question on paying before the bill comes', 'оплата ред до того как выставят счет', 13488],
    // "больше ожидаемого" (more than expected) is more than the asker worked out
    ['a sum larger than expected', 'почему счет ред больше ожидаемого', 12370],
    // "до которого часа" (until which hour) asks what "До какого времени" answers, though the date answer says "день оплаты"
    ['a question on "until which hour"', 'до которого часа в день оплаты принимают платеж за ред', 1513],
    // "авансом", "не дожидаясь даты" (without waiting for the date) are paying ahead; "имею ли я право" asks whether one may
    ['a question on paying in advance', 'разрешается ли вносить платеж по ред авансом', 13488],
    ['a question on paying without waiting for the date', 'имею ли я право погасить счет ред не дожидаясь даты', 13488],
    // "какими путями" (by what ways) asks what "как" asks
    ['a question on the ways to pay', 'какими путями можно погасить счет ред', 1508],
    // "погашение" (paying off) is paying, the answer on early repayment says it of paying everything ahead
    ['a question on the options for paying off', 'варианты погашения счета ред', 1508],
    // "или нет" (or not) asks whether, and says nothing is missing: not the answers on a payment that did not arrive
    ['a question closed by "or not"', 'ред через каспи терминал оплачивается или нет', 12467],
    // "есть ли возможность", "есть функция" (is there a way, a function) ask whether: the "can I" answer, not its "how to" twin
    ['a question on whether there is a way', 'есть ли возможность оплатить ред в банкомате', 13070],
    ['a question on whether the machine has the function', 'в каспи банкомате есть функция оплатить ред', 13070],
    // "во сколько обойдётся" (what will it cost) asks for a sum, though "во сколько" alone asks for a time
    ['a question on what being late will cost', 'во сколько обойдется просрочка платежа по ред', 1505],
    // "излишек" (the excess) is what was paid over
    ['a question on the excess', 'заплатил за ред с запасом где теперь излишек', 1516],
    ['a question on where the difference went', 'переплатил за ред куда делась разница', 1516],
    // "не всю сумму" (not the whole sum) is "не полностью": the answer on a sum that arrived in part, not on one that did not arrive
    ['a machine that put in less than the whole sum', 'терминал не довнес всю сумму на ред', 13148],
    // "в след месяце" is "в следующем месяце" said short: the next bill's sum, not the answer on last month's overpayment
    ['the sum of next month\'s bill, said short', 'а в след месяце какая сумма будет к оплате по ред', 15762],
    // "закрыть все покупки разом" (close all purchases at once) is the early repayment
    ['money meant to close every purchase at once', 'хотел закрыть все покупки по ред разом но деньги попали в ежемесячный платеж', 2184],
    ['a question on "until how many hours"', 'до скольких часов успеть заплатить за ред в день платежа', 1513],
    // "вышел" (came out) says nothing; "подсчёт" is a working out
    ['a bill higher than worked out', 'счет ред вышел выше моего подсчета откуда разница', 12370],
    // "очередной" (the next in turn) is "следующий"
    ['the next payment in turn', 'сколько составит очередной платеж по ред', 15762],
    // "шаги оплаты" (the steps of paying) asks how; "до какого дня" (until what day) asks for the date; "сверх суммы" (over the sum) is overpaying
    ['a question on the steps of paying at a machine', 'покажите шаги оплаты ред у банкомата', 13066],
    ['a question on until what day to pay', 'ред до какого дня гасить', 1542],
    ['money put in over the sum of the bill', 'по ред перечислил сверх суммы счета', 1516],
    // "погашение всего" (paying off everything) is the early repayment
    ['money meant to pay off everything', 'деньги для погашения всего ред ушли как обычный платеж', 2184],
    // a payment "списывают" (debited) is paid: the answer on when to pay
    ['when the payment is debited', 'когда списывают платеж по каспи ред', 1476],
    // "у меня вопрос" (I have a question), "девушка" (how a caller addresses the operator) open a spoken question
    ['a spoken question that announces itself', 'здравствуйте у меня вопрос если день оплаты выпал на выходной мне начислят штраф', 1538],
    ['a question addressed to the operator', 'девушка подскажите когда оплачивать ред каждый месяц', 1476],
    // "вставил купюры" (put the banknotes in) is putting money in; "закрыть платёж" (close the payment) is paying it; "списание" (the debit) is
    // the payment; "оформил заказ" (placed an order) is buying; a fine "начислят" (will be charged) is the fine
    ['a machine that credited less than the banknotes put in', 'банкомат каспи зачислил на ред меньше чем я вставил купюр', 13152],
    ['closing the payment with bonuses', 'бонусами можно закрыть платеж по ред или только деньгами', 1515],
    ['the date of the debit', 'списание по ред какого числа', 1542],
    ['an order the buyer placed', 'покупатель оформил заказ на каспи как мне продавцу пробить фискальный чек', 3164],
    // "доступна ли оплата" (is paying available) asks whether one can: the "can I" answer, not its "how to" twin
    ['a question on whether paying at a machine is available', 'доступна ли оплата счета ред в банкоматах каспи', 13070],
    ['a question on whether paying at a terminal is available', 'доступна ли оплата ред через терминал', 12467],
    ['a question on whether a machine takes the payment', 'банкомат каспи принимает оплату за ред?', 13070],
    // "сколько придётся отдать" (how much will I have to give) asks how much, as "сколько берут" does
    ['how much to give next time', 'сколько придется отдать по ред в следующий раз', 15762],
    // a fine's percent ("процент штрафа") is its size; "процентов" alone stays interest (declined above)
    ['the percent of the fine', 'сколько процентов штраф за просрочку ред', 1505],
    // "последний" (the last) says nothing the day does not: the answer on a date that falls on a holiday
    ['the last day falling on a holiday', 'последний день оплаты выпал на праздник', 1538],
    ['a fine charged when the last day falls on a non-working day', 'если последний день оплаты ред попал на нерабочий день начислят неустойку', 1538],
    // being fined ("оштрафуют") is the fine; "куда нажать" (where to press) asks how; a branch ("филиал") is the guide's office, its
    // cashier ("кассир") its till; "перечень покупок" (the list of purchases) is the bill for them; "расшифровка" (what it stands for) asks what a name is
    ['a question on how much one is fined', 'сколько оштрафуют если оплатить ред поздно', 1505],
    ['a question on where to press to pay', 'куда нажать чтобы оплатить ред', 1508],
    ['paying a cashier at a branch', 'оплата ред через кассира в филиале', 1570],
    ['the list of purchases', 'перечень покупок по ред', 1486],
    ['what a name stands for', 'расшифровка фдо', 3075],
    // "закинуть деньги" (put money in) is paying: the "can I" answer, whose text names no money, not the one on money that did not arrive
    ['a question on whether money can be put in at a terminal', 'можно ли закинуть деньги за ред через терминал', 12467],
    ['a question on whether money can be put in at a machine', 'можно ли закинуть деньги на ред в банкомате каспи', 13070],
    // "оплачивается ли" (is it paid) asks whether one can pay there, as "можно ли" does
    ['a question on whether the bill is paid at a machine', 'оплачивается ли ред в банкомате', 13070],
    // "какую кнопку нажать" (which button to press) asks how
    ['a question on which button to press', 'какую кнопку нажать в банкомате чтобы оплатить ред', 13066],
    // cash "наличка" as said, at the teller's "окошко" (window): the cash desk
    ['cash paid at the teller\'s window', 'пенсионер хочет отдать наличку в окошке отделения за ред', 1570],
    // a clock time ("23:30") and midnight ask for a time of day
    ['a clock time', 'до 23:30 можно оплатить ред в последний день', 1513],
    ['midnight', 'до полуночи успею оплатить ред', 1513],
    // "не поздно" (not too late) and "успеваю" (do I make it) ask until when; "не успел" (did not make it) is paying late; "рано" (early) is paying ahead
    ['a question on whether it is not too late', 'в день платежа в 22:45 еще не поздно оплатить ред', 1513],
    ['a question on whether the asker makes it in time', 'успеваю ли оплатить ред сегодня в последний день', 1513],
    ['a payment not made in time', 'брат не успел закрыть ред к 15 числу сколько возьмут', 1505],
    ['a payment made early', 'слишком рано оплатил ред это нормально', 13488],
    // a function word typed as said ("какова": какого) or without its soft sign ("сколко")
    ['a question word said with "-ова"', 'до какова часа можно заплатить ред', 1513],
    ['"сколько" without its soft sign', 'сколко штраф если не оплатить ред вовремя', 1505],
    // a number said in words, a month named and "from there" tell the story
    ['a number said in words', 'положил деньги в банкомат на ред прошло три часа не пришли', 13150],
    ['a month named', 'в мае внесла за ред больше чем надо где деньги', 1516],
    ['paying from abroad, "from there"', 'уехал в турцию как оплатить ред оттуда', 1564],
    // "не целиком" (not whole), as "не вся сумма", is a sum that arrived in part
    ['a sum that arrived "не целиком"', 'деньги в банкомате зачислились не целиком', 13152],
    // a sum put in, then a smaller one that arrived, is a sum that arrived in part
    ['a sum put in at a terminal and a smaller one that arrived', 'в терминал внес 40 тысяч а на ред зачислили 25', 13148],
    ['notes put in at a machine and fewer counted', 'сунул в банкомат шесть купюр за ред а посчитал он четыре', 13152],
    // "сколько насчитают" (how much will they charge) asks how much, not about a bill that came out higher
    ['a fine asked "сколько насчитают"', 'жена забыла оплатить ред, сколько штрафа насчитают', 1505],
    // ending the contract ("расторгнуть") is closing
    ['the money left when the contract ends', 'хочу расторгнуть ред, остаток куда денется', 15293],
    // "погашение" (paying off) in its other cases is paying, not the early repayment
    ['paying at a machine, asked "по погашению"', 'вопрос по погашению ред в банкомате', 13066],
    ['the steps at a machine, asked "при погашении"', 'очередность шагов в банкомате при погашении ред', 13066],
    // a debt that is still there after paying ("долг остался") is a payment that did not arrive
    ['a debt still there after paying at a terminal', 'в терминале оплатила ред но долг остался', 13147],
    // "не могу" (I cannot) tells a trouble: not the "Я могу …?" answer
    ['a trouble paying in the app, "не могу"', 'не могу оплатить ред через приложение', 1508],
    // a week ("на неделю") tells how late, not what about
    ['a payment a week late', 'просрочила ред на неделю сколько снимут', 1505],
    // an answer for a situation the question names nothing of ("есть кредит") gives way to its twin for everyone
    ['a question on the date, where the loan answer says "месяц" more', 'в какое число месяца нужно гасить ред', 1542],
    // a story of eight words or more may miss two details no answer retells ("наличные", "часа"; "утра", "забрал")
    ['a story of ten words with two details no answer retells', 'засунула наличные в банкомат каспи за ред, прошло два часа а счет все еще не оплачен', 13150],
    ['a story of eight words with two details no answer retells', 'с утра оплатила ред в банкомате, деньги он забрал а платеж не отображается', 13150],
    // finding the bill out "заранее" (in advance) asks for the bill to come; paying "заранее" stays paying ahead
    ['the bill to come, found out in advance', 'можно узнать заранее сколько придется платить по ред', 15762],
    ['paying in advance', 'можно ли оплатить ред заранее до счета', 13488],
    // moving abroad ("переехали") is going there, to a city named in any case ("в Прагу")
    ['a move to a city abroad', 'переехали в прагу, как теперь платить за ред', 1564],
    // a sum in digits put in, and a smaller one that arrived
    ['a sum in digits and a smaller one that arrived', 'внес в терминал 30000 за ред, а пришло 20000', 13148],
    // "реально ли" (is it feasible) asks whether, as "можно ли" does
    ['a question on whether, "реально ли"', 'реально ли оплатить ред через каспи терминал', 12467],
    // an untimely ("несвоевременный") payment is a late one; "уже поздно" (already too late) asks until when
    ['an untimely payment', 'что будет за несвоевременную оплату ред', 1505],
    ['a question on when it is already too late', 'в день платежа по ред во сколько уже поздно платить', 1513],
    // money said between "сколько" and "внести" (how much money to put in) asks for the sum
    ['how much money to put in', 'как понять сколько денег внести за ред', 1475],
    ['how much money comes back, which the answer on taking it back names', 'сколько денег вернут при закрытии ред', 15293],
    // what is "к оплате" (due) is the bill's sum; "нести деньги" (bring the money) is paying; a cashier who "возьмёт деньги" takes the payment
    ['the sum due', 'какая сумма у меня к оплате по ред', 1475],
    ['when to bring the money', 'когда нести деньги за ред', 1476],
    ['a cashier who will take the money', 'кассир возьмет деньги за ред?', 1570],
    // a payment meant one way whose money went another is the one made by mistake
    ['a payment meant as the early repayment that went to the bill', 'собиралась погасить весь ред раньше срока, а деньги легли в обычный платеж', 2184],
    // a due date on a public holiday named by its date ("1 мая") falls on a holiday
    ['a due date on a holiday named by its date', 'оплата ред приходится на 1 мая, пеню начислят если внесу на следующий день', 1538],
    // Korea and the Emirates, as said, are another country; flying there is going there
    ['a move to Korea', 'переезжаю в корею, как платить ред', 1564],
    ['a flight to the Emirates', 'улетел в эмираты, как оттуда оплатить ред', 1564],
    // "случайно", "нечаянно" (by accident) is by mistake; said with paying too much, it is how that happened, said aside
    ['money put by accident into the bill', 'случайно закинула деньги в счет за месяц, а не на полное погашение ред', 2184],
    ['twice the sum paid by accident', 'нечаянно внесла за ред вдвое больше, пропадут ли деньги', 1516],
    // buying or spending "снова", "опять" (again) after paying is the sum available for purchases growing
    ['buying again after paying', 'оплачу счет ред и опять смогу покупать?', 1511],
    // using the product again once its bill is paid is no paying with it: the sum available for purchases
    ['using it again after paying', 'оплатил ред, когда снова смогу им пользоваться на всю сумму', 1511],
    // "мона" is "можно" as said: no word of its own ("мо" would hold "моим")
    ['"can" typed as said', 'мона ли в банкамате каспи плотить ред', 13070],
    // "при опоздании" (when late) is being overdue, as "опоздать" (to be late) is
    ['the fine for being late, said as a noun', 'какая неустойка по ред при опоздании с платежом', 1505],
    // "забыла" (I forgot) said of the date, not of paying, is no missed payment
    ['a date the asker forgot', 'какого числа у меня платеж по ред, забыла', 1542],
    // a machine that "подходит" (suits) for paying asks whether one can pay at it: the "can I" answer, not its "how to" twin
    ['a machine that suits for paying', 'kaspi банкомат подходит чтобы гасить ред', 13070],
    // a product closed "бонусами" (with bonuses) is its bill paid with them
    ['closing with bonuses', 'ред бонусами закрыть можно?', 1515],
    // "крайний срок" (the utmost day) is the due date; said with "по времени" (by the hour), the hour it ends
    ['the due date, said as the utmost day', 'когда крайний срок платить ред', 1542],
    ['the hour the due date ends', 'ред крайний срок оплаты по времени', 1513],
    // "с меня ждут" (is expected of me) asks the sum owed, as "причитается" does: no word the answer must hold
    ['the sum expected of the asker', 'какую сумму с меня ждут по ред в этот раз', 1475],
    // "осы уақытқа дейін" (so far) tells what the asker has up to now, not a time asked about
    ['the bonus collected so far', 'осы уақытқа дейін жинаған бонусымның нақты санын қайдан көрем', 553],
    // "қайдан табамын" (where do I find it) asks where to look
    ['where to find the bonus history', 'түскен бонустарымның тарихын қайдан табамын', 553],
    // "где можно оплатить" (where can one pay) asks for the ways; the past of a vocabulary verb typed with one vowel as heard
    ['where one can pay', 'где можно заплатить за ред', 1508],
    ['an overpayment typed with a vowel as heard', 'переплотила ред, где теперь деньги', 1516],
    // paying before the bill is out ("счёт ещё не выставлен") is paying ahead
    ['paying before the bill is issued', 'счёт ещё не выставлен, а я хочу оплатить ред', 13488],
    ['the date by which to pay, "срок, до которого"', 'срок, до которого надо закрыть ежемесячный счет ред', 1542],
    ['paying while living abroad for a while', 'как оплачивать ред тем, кто временно живет за рубежом', 1564],
    // the reflexive ending spelled "-ться" where "-тся" is meant: "is it paid there" asks whether one can
    ['a reflexive ending spelled as said', 'ред через банкомат оплачиваеться ли', 13070],
    // where the asker came across a word ("видел в приложении") is the story, not what the answer must hold
    ['where the asker saw a word', 'видел в приложении ред, как его оплатить', 1508],
    // no longer needing a product ("больше не нужен") is giving it up: closing it
    ['a product no longer needed', 'ред мне больше не нужен, как забрать деньги с него', 15293],
    // a sum said in words and a smaller one after it: part of it arrived
    ['a smaller sum said in words after a larger one', 'отправила двадцать тысяч через терминал за ред, дошло всего двенадцать', 13148],
    // a smaller sum told after the one paid is a trouble told: the answer on a sum not arriving in full, not the one on paying
    ['a smaller sum seen after the one paid in', 'каспи банкомат принял за ред девять тысяч, а в приложении видно только шесть', 13152],
    // "будет просрочка?" (will it be overdue) asks whether a fine comes
    ['whether a day off makes the payment overdue', 'срок по ред выпал на выходной, будет просрочка?', 1538],
    // an hour said in words ("до девяти") asks until what time
    ['an hour said in words', 'дата платежа ред сегодня, освобожусь до восьми, успею ли', 1513],
    // "закину" (I'll throw it in) is putting money in, as "закинул" is; "расчитала" (one "с") worked the sum out; more
    // "than needed" ("больше нужного") is paying too much; "проходит?" (does it go through) asks whether one can
    ['putting money in, said short and ahead', 'закину деньги на ред пораньше, можно?', 13488],
    ['a sum worked out, misspelled', 'ред сумма не совпадает с тем что я расчитала', 12370],
    ['paying more than needed', 'заплатила за ред больше нужного', 1516],
    ['whether a payment "goes through" there', 'через банкомат каспи оплата ред проходит?', 13070],
    // spending bonuses "на оплату" (on the payment) is paying with them; so is spending them "как оплату" (as the payment)
    ['spending bonuses on the payment', 'бонусы разрешено потратить на оплату ред', 1515],
    ['spending bonuses as the payment', 'бонусы на ред можно потратить как оплату?', 1515],
    // money asked back after paying too much is the sum paid over ("Где мои деньги?"), not the money on a closed Red
    ['money asked back after paying too much', 'переплатила за ред, излишек вернут?', 1516],
    // what is paid monthly ("оплатить ежемесячный ред", "ежемесячная оплата") is the bill: the answer on paying it, not one whose title says "monthly"
    ['paying "the monthly Red"', 'оплатить ежемесячный ред как', 1508],
    ['the monthly payment of Red', 'ежемесячная оплата ред как', 1508],
    // a product said "with" ("с кредитом и редом": together with it) is what the question is about, not what one pays with
    ['a product said together with a loan', 'с кредитом и редом одновременно, даты платежей совпадут?', 1541],
    // "во сколько встанет" (what will it come to) asks for a sum, as "обойдётся" does; "грядущий" (forthcoming) is the next bill;
    // "кидать деньги" (throwing money in, as ongoing) is putting it in, as "закинуть" is
    ['what being late will come to', 'во сколько встанет штраф если ред оплатить на два дня позже', 1505],
    ['the forthcoming bill', 'узнать размер грядущего счета ред заранее', 15762],
    ['throwing money in at a terminal', 'кидать деньги на ред через kaspi терминал вообще можно', 12467],
    // "как это сделать" (how to do it) asks how to do what was said before: "сделать" names nothing an answer must hold
    ['paying asked "how to do it"', 'погасить ред, как это сделать', 1508],
    // a bill compared with what the asker expected ("больше, чем я считал", "чем стоили покупки") is the guide's "по моим расчетам"
    ['a bill higher than the asker worked out', 'счет по ред больше чем я считал, откуда разница', 12370],
    ['a bill higher than the purchases cost', 'ред требует больше денег чем стоили мои покупки, ошибка?', 12370],
    // a banknote named as people name it ("двадцатка": 20,000 tenge) is a sum: a smaller one after it is a payment not counted in full
    // "каспийский банкомат" (the Kaspi ATM): the brand said as an adjective is no word the answer lacks
    // a question asking when the available sum comes back asks the time the answer's "после оплаты" names
    ['the time the available sum comes back', 'когда восстановится доступная сумма ред', 1511],
    // "или нельзя" (or is it not allowed) asks whether one may, as "или нет" does: the answer on whether, not on how
    ['whether one may, asked "or not allowed"', 'ред закидывают через банкомат каспи, или нельзя так', 13070],
    ['the brand said as an adjective', 'шаги оплаты ред через каспийский банкомат по порядку', 13066],
    ['a smaller sum after a banknote named', 'положил в банкомат двадцатку на ред, а зачли пятнадцать', 13152],
    // cash is banknotes ("купюры"), as the answer on paying at an ATM says it
    ['the steps of paying cash at an ATM', 'по шагам оплата реда наличкой в банкомате', 13066],
    // a debt still the same ("долг тот же", "задолженность не изменилась") after paying is a payment that did not arrive; how long
    // ago it was paid ("час назад") is the story, not an hour asked about
    ['a debt unchanged an hour after paying at a terminal', 'внес за ред через терминал два часа назад, задолженность не изменилась', 13147],
    ['a debt unchanged after paying at an ATM', 'банкомат принял деньги на ред, а долг тот же', 13150],
    // how much a debt "увеличится", "вырастет" (will grow) when paid late asks for the fine
    ['how much a debt grows when paid late', 'если ред просрочу, долг увеличится на сколько', 1505],
    // "где указана" (where is it stated) asks where to look, as "где отображается" does
    ['where the sum is stated', 'сумма по реду где указана', 1475],
    // a foreign card ("иностранной карты") is paying from another country
    ['paying with a foreign card', 'оплатить ред с иностранной карты из германии можно?', 1564],
    // a statement ("выписка") not formed yet is the bill not out yet: paying then is paying ahead
    ['paying before the statement is formed', 'выписка по реду еще не сформирована, а оплатить хочу сейчас', 13488],
    // a "strange" sum is one unlike what the asker worked out
    ['a strange sum on the bill', 'странная сумма в счете ред', 12370],
    // "сколько с меня" (how much is on me) asks the sum owed, as "сколько я должен" does
    ['how much is on the asker', 'сколько с меня по реду сейчас', 1475],
    // an extra asked where from ("откуда лишние") is a bill above the asker's working out, not money paid over
    ['an extra on the bill asked where from', 'откуда лишние деньги в счете ред', 12370],
    // what the bank "накрутит" (will wind up) for being late is the fine
    ['what is wound up for paying late', 'сколько накрутят за ред после срока', 1505],
    // money paid over on a product the asker closes is what is left on it, which the answer on closing tells how to take
    ['an overpayment on Red being closed', 'закрываю ред, переплата на нем вернется?', 15293],
    // whose it is ("моих покупок") is no word an answer lacks, nor does it break a phrase ("история покупок")
    ['the history of the asker\'s purchases', 'история моих покупок в ред где', 1486],
  ])('should stand behind %s', (_what, query, id) => standsBehind(query, 'ru', id));

  it('should read an advert\'s bonus as the promotion\'s, the app on the phone as the app, and "себебі неде" as asking why, in Kazakh', () => {
    standsBehind('жарнамада көрсетілген бонус түспей қалды', 'kz', 518);
    standsBehind('акциялық бонусым толық түспеді', 'kz', 518);
    standsBehind('телефондағы қосымшада ең көп дегенде қанша бонус жинау мүмкін', 'kz', 514);
    standsBehind('бонусым жоқ, себебі неде', 'kz', 1580);
    standsBehind('вайлдберристен голдпен алдым, бонус бар ма', 'kz', 467);
    // "займ" (a loan) is a loan: the answer on bonuses for repaying one, not those on writing a review ("жазады": writes)
    standsBehind('ай сайынғы займ төлемі үшін каспи бонус жазады ма', 'kz', 476);
    // how many the asker says they collected ("неше бонус жинадым") is how many were given, not how many one may collect
    standsBehind('жалпы неше бонус жинадым, оны қай жерден қараймын', 'kz', 553);
    // where a name asked about was seen ("чекте": on the receipt; "в чеке написано") is no word its answer must hold
    standsBehind('чекте фдо тұр, бұл қандай компания', 'kz', 3075);
    standsBehind('в чеке написано фдо что это', 'ru', 3075);
    // "толық атауы" (the full name) asks what a name stands for, as "деген не" does
    standsBehind('фдо-ның толық атауы қандай', 'kz', 3075);
    // the purchase a bonus came from, when the asker wants to find out the bonus: every bonus comes from one
    standsBehind('сатып алғанда неше бонус түскенін қалай көремін', 'kz', 553);
    standsBehind('әр сатып алудан қанша бонус келгенін тексеру', 'kz', 553);
  });

  it('should read where the asker saw a name ("каспиде көрдім") as the story, and a wished verb as that verb, in Kazakh', () => {
    standsBehind('фдо деген не, каспиде көрдім', 'kz', 3075);
    // "чектегі" (the one on the receipt) says where it was seen, and "сатып алу чегінде" (on the purchase's receipt) the purchase too
    standsBehind('чектегі фдо деген қандай ұйым', 'kz', 3075);
    standsBehind('сатып алу чегіндегі фдо қандай мекеме', 'kz', 3075);
    // "дегеніміз не" (what is it, what we call) asks what a name is, as "деген не" does
    standsBehind('чекте ФДО жазылған, ФДО дегеніміз не', 'kz', 3075);
    // "айыруға" (to tell apart) is finding out, as "ажырату" is
    standsBehind('пікір үшін бонус беретін тауарды қалай айыруға болады', 'kz', 17560);
    // the goods bought at a shop whose bonus is asked of ("кроссовка алдым") are no word its answer must hold
    standsBehind('каспи магазиннен қызыма кроссовка алдым, бонус түсе ме', 'kz', 462);
    // "кітап" (a book) is no country, though its stem is China's ("Китай")
    standsBehind('магазиннен кітап алсам бонус бола ма', 'kz', 462);
    standsBehind('қанша бонус жинағанымды тексергім келеді', 'kz', 553);
  });

  it('should read a Kazakh converb "-п" of a vowel root ("төлеп") as the verb, and paying two months "қатар" (side by side) as the story', () => {
    standsBehind('несиенің екі айын қатар төлеп қойдым, келесі айда төлемесем бола ма', 'kz', 17508);
  });

  it('should read how long ago the asker paid ("час назад") as the story, not an hour asked about', () => {
    const response = searcher.search('ред оплатил час назад, все еще долг', { lang: 'ru' });
    // the answers on a payment that did not arrive, at an ATM or a terminal: the question names neither
    expect([13147, 13150]).toContain(response.hits[0]?.answer.id);
    expect(response.confident).toBe(true);
  });

  it('should read a bonus "сыйлай ма" (is it gifted) as one given, in Kazakh', () => {
    standsBehind('несиемді мерзімінен бұрын жапсам, каспи бонус сыйлай ма', 'kz', 476);
  });

  it('should read paying "бірден" (at once) as the story, and a bonus "арналған" (meant for) a review as the review\'s', () => {
    standsBehind('үш айдың төлемін бірден салдым, келесі ай бос па', 'kz', 17508);
    standsBehind('пікірге арналған бонусты қалай алуға болады', 'kz', 17562);
  });

  it('should decline a question on paying with a product, which answers on paying its bill do not answer', () => {
    for (const query of ['ред работает в турции при оплате покупок?', 'ред картой можно оплатить покупки в магазине', 'пользоваться ред можно при оплате покупок за границей']) {
      expect(searcher.search(query, { lang: 'ru' }), query).toMatchObject({ confident: false, declineReason: { kind: 'other-product' } });
    }
    // paying the bill with another product's card stays paying the bill
    expect(searcher.search('можно ли оплатить ред картой голд', { lang: 'ru' }).confident).toBe(true);
  });

  it('should read the bonus the asker has collected ("жиналған бонусым") as the asker\'s bonus, not as how many one may collect', () => {
    standsBehind('жиналған бонусымды қосымшаның қай жерінен көремін', 'kz', 553);
  });

  it('should read a promotion\'s bonus not as promised as one counted wrong, and taking part as the story', () => {
    standsBehind('акцияға қатыстым, бонусым уәде етілгендей емес', 'kz', 518);
  });

  it('should read getting the balance left ("остаток получить") as taking the money back', () => {
    standsBehind('закрыла ред, остаток как мне получить', 'ru', 15293);
  });

  it('should read an app that "shows" zero, and "how do I tell apart", in Kazakh', () => {
    standsBehind('қосымша бонусымды нөл деп көрсетіп тұр', 'kz', 1580);
    standsBehind('пікірге бонус берілетін тауарды қалай ажыратамын', 'kz', 17560);
  });

  it('should rank first and judge an answer by the product the question names, however much of its story another retells', () => {
    // a bonus for the credit's monthly payment: the answer on paying two months at once retells the story, never the bonus
    expect(searcher.search('несиемнің ай сайынғы төлеміне бонус қосылады ма', { lang: 'kz' }).hits[0]?.answer.id).toBe(476);
    expect(searcher.search('несиенің ай сайынғы төлемін салғаныма бонус түсе ме', { lang: 'kz' })).toMatchObject({ confident: true });
    expect(topId('несиенің ай сайынғы төлемін салғаныма бонус түсе ме', 'kz')).toBe(476);
    // naming two products, an answer holds one
    expect(searcher.search('разрешено ли гасить ежемесячный ред в каспи банкомате или это только для gold', { lang: 'ru' })).toMatchObject({ confident: true });
  });

  it('should read "каждый месяц" after a verb as how often the asker pays, not as the monthly bill\'s date', () => {
    standsBehind('я новенькая, как гасить ред каждый месяц', 'ru', 1508);
    expect(topId('через что оплачивать ред каждый месяц')).toBe(1508);
  });

  it('should read paying so as not to be late as paying ahead, not as being late', () => {
    expect(topId('заплачу за ред пораньше, чтобы не забыть')).toBe(13488);
    expect(topId('как не пропустить оплату ред')).not.toBe(1505);
  });

  it('should read a loan\'s monthly payment ("ай сайынғы төлем") as its payment: how often is the story', () => {
    expect(searcher.search('кредитімнің ай сайынғы төлеміне бонус беріле ме', { lang: 'kz' }).confident).toBe(true);
    expect(topId('кредитімнің ай сайынғы төлеміне бонус беріле ме', 'kz')).toBe(476);
  });

  it('should read a question with no question word that says something is done as asking whether ("Я могу …?" over "Как …?")', () => {
    expect(topId('погашение ред в банкомате каспи поддерживается')).toBe(13070);
    expect(topId('в каспи банкомате оплата ред существует')).toBe(13070);
  });

  it('should answer what went wrong, not the story told before "but" ("сатып алдым, бірақ бонусым көрінбейді")', () => {
    standsBehind('телефон сатып алдым, бірақ бонусым әлі көрінбейді', 'kz', 1580);
    // or after it ("сатып алғаннан кейін": after buying)
    standsBehind('магазиннен сатып алғаннан кейін бонус көрінбейді', 'kz', 1580);
    // a title that tells the same trouble may miss one word of the story
    standsBehind('кеше тапсырыс бердім бонусым жоқ қосымшада көрінбей тұр', 'kz', 1580);
    // the story still tells the place it happened at
    expect(topId('оплатила ред в терминале каспи, но деньги не поступили')).toBe(13147);
    expect(topId('оплатила ред в банкомате каспи, но деньги не поступили')).toBe(13150);
  });

  it('should not ask an answer to hold an alternative named after "или" ("в терминале или только в приложении")', () => {
    standsBehind('ред можно оплатить в терминале каспи или только в приложении', 'ru', 12467);
  });

  it('should read whether one can find something out as how to ("көруге бола ма": "… қалай білемін?")', () => {
    standsBehind('пікір бонусы бар тауарды бетінен көруге бола ма', 'kz', 17560);
  });

  it('should read a shop "басқа" (other) or "шетелдік" (foreign) as the guide\'s "бөгде сайттар" (q467)', () => {
    standsBehind('басқа онлайн дүкенге төлесем бонус бола ма', 'kz', 467);
    standsBehind('шетелдік сайттан зат алсам бонус бере ме', 'kz', 467);
  });

  it('should rank first the answer that holds every product the question names, over one that retells more of its other words', () => {
    // paying Red with bonuses: the answers on paying the monthly bill say "ежемесячный", not the bonus
    expect(topId('бонусами каспи погашу ежемесячный ред, получится?')).toBe(1515);
    // a product named after "или" is an alternative: the answer need not hold it
    expect(topId('гашу ежемесячный ред в каспи банкомате, или только gold так можно')).toBe(13070);
  });

  it('should decline an answer for a situation the question names nothing of, unless the question is one word being typed', () => {
    // the answer on taking the money out when closing the product is no answer on taking cash from it
    expect(searcher.search('ред можно ли снимать наличные', { lang: 'ru' })).toMatchObject({ confident: false, declineReason: { kind: 'situation-unasked' } });
    expect(searcher.search('как снять деньги при закрытии ред', { lang: 'ru' })).toMatchObject({ confident: true, declineReason: null });
    expect(searcher.search('забр', { lang: 'ru' })).toMatchObject({ confident: true, declineReason: null });
    // "другой банк" (another bank) names nothing of "другая страна" (another country): the adjective alone is no situation,
    // and the answer for that asker gives way to its twin for everyone, "Как оплатить…?" (the ways to pay)
    const otherBank = searcher.search('можно ли оплатить ред картой другого банка', { lang: 'ru' });
    expect(otherBank.hits[0]?.answer.id).toBe(1508);
    expect(otherBank.hits.find((hit) => hit.answer.id === 1564)?.matchesQuery).toBe(false);
    expect(searcher.search('как оплатить ред из другой страны', { lang: 'ru' }).confident).toBe(true);
    expect(searcher.search('как оплатить ред из другой страны', { lang: 'ru' }).hits[0]?.answer.id).toBe(1564);
  });

  it.each([
    // twins: one answer says which goods earn the review bonus, the other how to get it
    ['the answer whose title asks "which goods" for a question on which goods', 'қай тауарға пікір жазсам бонус береді', 'kz', 17560],
    // "принял" (took) is a word synthetic answers hold; the answer on a payment at an ATM that did not arrive says "оплатил"
    ['the answer on paying at a machine for a machine that took the money', 'банкомат принял деньги но в ред их нет', 'ru', 13150],
    // "в каком месте" (in which place) asks where: synthetic answers hold "месте", the answer on where to see the bill does not
    ['the answer on where to see the bill for a question on the place in the app', 'в каком месте приложения список трат по ред', 'ru', 1486],
    // the answer for an asker with a loan (its title states it) above its twin for everyone, whose title is shorter
    ['the answer for the asker\'s situation, named in full', 'дата оплаты ред если параллельно плачу кредит каспи', 'ru', 1541],
    // "насколько большой" (how big) asks for the size: "большой" is no "больше" (a bill bigger than the asker worked out)
    ['the answer on the size of the fine for a question on how big it is', 'насколько большой штраф будет если забуду про счет ред', 'ru', 1505],
    // "фдо деп жазылған" (it says FDO): the verb after the quoting particle is how it was said, not a bonus written to the account
    ['the answer on what FDO is for a question quoting it', 'фдо деп жазылған, ол каспиде қандай ұйым', 'kz', 3075],
    // "әлі күнге дейін" (to this day: still) names no day: synthetic answers hold "күннің" (of the day)
    ['the answer on a promotion\'s bonus for a question saying it has still not come', 'акцияға қатыстым, бонус әлі күнге дейін келмеді', 'kz', 518],
  ] as const)('should put first %s, among 10,000 answers', (_what, query, lang, id) => {
    expect(bigGuide().search(query, { lang }).hits[0]?.answer.id).toBe(id);
  });

  it.each([
    // synthetic answers hold "отчего" (from what), "раздел" (section), "вечера" (of the evening): words the first answer lacks,
    // which ask why, where and at what time, as "почему", "где" and "во сколько" do
    ['a question asking "from what"', 'отчего выставленный счет ред выше моего расчета', 'ru', 12370],
    ['a question on the section of the app', 'в каком разделе смотреть покупки с ред', 'ru', 1486],
    ['a question on an hour of the evening', 'до скольки вечера можно гасить ред', 'ru', 1513],
    // "засчитал" (counted) is credited; "проглотил" (swallowed) is what "съел" says: the money did not arrive
    ['a machine that counted less than was put in', 'банкомат засчитал за ред не всю внесенную сумму', 'ru', 13152],
    ['a machine that swallowed the money', 'банкомат проглотил деньги за ред', 'ru', 13150],
    // "баланс не изменился" (the balance did not change) is money that did not arrive
    ['a balance that did not change after paying at a terminal', 'ред пополнил через терминал на улице баланс не изменился', 'ru', 13147],
    // "дошёл" (got through), which Snowball stems apart from "дошли", "дошла"
    ['a payment at a machine that did not get through', 'оплатил ред в банкомате но платеж не дошел', 'ru', 13150],
    // "где найти" (where to find) is where to look; "покупал" (bought) is what the bill for purchases lists
    ['a question on where to find the bill in the app', 'в приложении где найти счет ред', 'ru', 1486],
    ['a question on what the asker bought', 'хочу глянуть что я покупал в ред где это', 'ru', 1486],
    // "допускается ли" (is it allowed) asks whether, "истекает" (runs out) says nothing, "легла" (landed) neither, nor Kazakh
    // "бойы" (for, of a time): words synthetic answers hold, which the first answer lacks
    ['a question on whether paying with bonuses is allowed', 'допускается ли оплата ежемесячного счета ред накопленными бонусами', 'ru', 1515],
    ['a question on when the time to pay runs out', 'во сколько истекает время для оплаты ред в последний день', 'ru', 1513],
    ['money for the early repayment that landed on the bill', 'хотел гасить ред досрочно целиком а сумма легла на текущий счет', 'ru', 2184],
    ['not paying next month after paying for two months', 'екі ай бойы төлем салдым енді келесі ай төлемей тұра аламын ба', 'kz', 17508],
    // "в отпуске" (on holiday) says where the asker is, not what the answer must hold
    ['paying from abroad while on holiday', 'нахожусь в отпуске в турции надо оплатить ред', 'ru', 1564],
    // "вчера" (yesterday) tells when the asker paid, not what about
    ['a payment made yesterday that did not show', 'вчера вечером оплатил ред в терминале а платеж не отразился', 'ru', 13147],
    // "төбесі" (its top) is the most one can collect
    ['the top of what the app collects', 'қосымшада жиналатын бонустың төбесі қанша', 'kz', 514],
    // "не істейін" (what do I do) asks what a title ending "Не істеу керек?" answers
    ['a bonus not shown, asked what to do', 'бонустар көрінбейді қосымшада не істейін', 'kz', 1580],
    // "пущу на погашение" (I'll put them towards it) is paying with them: synthetic answers hold "пуща"
    ['bonuses put towards the bill', 'скопились бонусы, пущу их на погашение реда, как', 'ru', 1515],
  ] as const)('should stand behind %s, among 10,000 answers', (_what, query, lang, id) => {
    const response = bigGuide().search(query, { lang });
    expect(response.hits[0]?.answer.id).toBe(id);
    expect(response.declineReason).toBeNull();
  });

  it.each([
    ['a converb', 'кредит төлесем бонус бере ме', 476],
    // "не істеу керек" (what to do) is filler, as "что делать" is: the answer on getting the review bonus lacks it
    ['what to do', 'пікірге бонус алу үшін не істеу керек', 17562],
    // "бонус аламын ба" (do I get a bonus) asks whether one is given
    ['whether the asker gets a bonus, as whether one is given', 'кредитті төлесем бонус аламын ба', 476],
    // "қаншаға дейін" (up to how much) asks what "қанша" asks: it is no topic word the answers lack
    ['"up to how much"', 'бонусты қаншаға дейін жинай аламын', 451],
    // "қайда кетті" (where did it go), stop words both: the answer on a bonus not shown, not the one on how many were given
    ['"where did my bonus go", as a bonus not seen', 'бонусым қайда кетті', 1580],
    // "қанша бонус алғанымды қайдан көремін": how many bonuses was I given, not how many can I collect
    ['"the bonus I got", as the bonus given', 'қанша бонус алғанымды қайдан көремін', 553],
    // "білгім келеді" (I would like to know) is the asker's wish: the answer on how many one can collect, not on how to find out
    ['what the asker would like to know', 'қанша бонус жинауға болатынын білгім келеді', 451],
    // "нені білдіреді" (what does it mean) asks what "дегеніміз не" asks
    ['what a name means', 'kaspi фдо нені білдіреді', 3075],
    // "аз есептелді" (too little was counted) is counted wrong
    ['a bonus counted too little', 'акциямен сатып алдым бірақ бонус аз есептелген сияқты', 518],
    // "бонус жазыла ма?" asks yes or no: the answer whose title asks yes or no, not the one on how to get the review bonus
    ['a yes-or-no question on an order from the shop', 'магазин бөлімінен тапсырыс берсем бонус жазыла ма', 462],
    // "тауарлар тізімі" (the list of goods) asks which goods: the answer whose title asks which, not how to get the bonus
    ['the list of goods that earn the review bonus', 'пікір жазғанда бонус берілетін тауарлар тізімі', 17560],
    // "тәртібі" (the procedure) asks how
    ['the procedure to get the review bonus', 'пікір үшін бонусты алу тәртібі', 17562],
    // "сөзінің мағынасы" (the meaning of the word) asks what "дегеніміз не" asks; "түсіндіріп беріңізші" (explain it, please) is a request
    ['the meaning of a word', 'фдо сөзінің мағынасы қандай', 3075],
    ['a request to explain a name', 'каспи фдо түсіндіріп беріңізші', 3075],
    // "аббревиатурасы" (its abbreviation) asks what a name is; "не істейді" (what does it do) asks what "дегеніміз не" asks
    ['what an abbreviation stands for', 'kaspi фдо аббревиатурасы', 3075],
    ['what the operator does', 'фдо не істейді', 3075],
    // "келер ай" is "келесі ай" (next month) as it is also said
    ['not paying next month, said colloquially', 'бөліп төлеу бойынша екі айлық ақша салдым келер ай төлемеуге бола ма', 17508],
    // "зат" (a thing) is goods; "қосыла ма" (is it added) asks whether a bonus is counted
    ['a thing bought at the shop', 'kaspi магазинде алған затқа бонус берілеме', 462],
    ['a bonus added for a thing bought at the marketplace', 'каспидің маркетплейсінен зат алғанда бонус қосыла ма', 462],
    // "gh" typed for ғ; "жиналатын" (that is collected) is the collecting the answer says "жинай" of
    ['a lost bonus typed in Latin letters', 'bonustarym joghalyp ketti', 1580],
    ['the most bonus collected in the app', 'телефондағы kaspi қосымшасы арқылы жиналатын бонустың жоғарғы мөлшері', 514],
    // "қысқаша айтып беріңіз" (tell me briefly) is a request, as "түсіндіріп беріңіз" is
    ['a request to be told briefly', 'маған kaspi фдо туралы қысқаша айтып беріңіз', 3075],
    // "жасау" (to make) is a light verb: "сауда жасасам" (if I shop) is shopping, "төлем жасадым" (I made a payment) paying
    ['shopping at online shops, said with a light verb', 'онлайн дүкендерден сауда жасасам бонус аламын ба', 467],
    ['a payment made ahead, said with a light verb', 'алдын ала екі айлық төлем жасадым келесі айда төлемесем болама', 17508],
    // "бонус алдым" (I got a bonus) is the bonus given
    ['how many bonuses the asker got', 'қанша бонус алдым көру', 553],
    // a number typed ("15 пайыз") tells the story; "болуы керек еді" (it should have been) is the verb of being
    ['a promised percent typed in digits', 'акция бойынша 15 пайыз бонус болуы керек еді бірақ дұрыс есептелмеді', 518],
    // "ондай" (such) points back; "қолыма аламын" (I get it into my hands) is getting it
    ['telling such goods apart', 'бонус берілетін тауарға пікір жазу керек ондай тауарды қалай табамын', 17560],
    ['getting the review bonus into one\'s hands', 'пікір қалдырдым енді бонусын қалай қолыма аламын', 17562],
    // "әлде" (or) joins two questions, no "ал-" (take); "болса" (if it is) is the verb of being
    ['a limit, or however many', 'бонус жинауда жоғарғы шек бар ма әлде қанша болса да бола ма', 514],
    // paying at a shop ("дүкенде төлеймін") is buying there
    ['paying at a shop', 'дүкенде төлеймін бонус бар ма', 467],
    // "айып" (a fine) is the fine; a month named ("желтоқсанда": in December) tells the story; "анықтаймын" (I determine) is finding out
    ['a fine for a month not paid', 'екі айдың төлемін салдым келесі айда төлемесем айып бола ма', 17508],
    ['a month named', 'желтоқсанда екі айлық төлем салдым қаңтарда төлемесем бола ма', 17508],
    // an ending typed after a hyphen ("ФДО-ның") is no word of its own; "алдағы ай" (the month ahead) is the next one;
    // "неше" (how many) asks for a number as "қанша" does
    ['an abbreviation with its ending after a hyphen', 'kaspi фдо-ның не екенін айтыңызшы', 3075],
    ['the month ahead paid early', 'алдағы айдың төлемін бұл айда салдым, сол айы төлемесем бола ма', 17508],
    ['how many bonuses came, asked "неше"', 'өткен аптадағы сатып алуым үшін неше бонус келгенін тексергім келеді', 553],
    // "алып бердім" (I bought it for someone): "бер" after a converb, said by the asker, is no bonus given
    ['goods bought for someone', 'kaspi магазиннен анама телефон алып бердім бонус түсе ме', 462],
    // "таңдаулы тауарларға ғана ма" (only to selected goods?), like "кейбіреуіне" (to some) and "белгісі" (its mark), asks which goods
    ['the review bonus only for selected goods', 'пікір бонусы таңдаулы тауарларға ғана ма', 17560],
    // a particle after such a question asks which, not yes or no: not the yes-or-no answer on goods bought at the shop
    ['the review bonus only for some goods, asked with a particle', 'кейбір тауарларға ғана пікір бонусы бере ме', 17560],
    ['finding out, said "анықтаймын"', 'маған берілген бонус санын қалай анықтаймын', 553],
    // the bonus account ("бонус шотым") is the bonuses, and its being empty ("бос") is their not being there
    ['an empty bonus account', 'бонус шотым бос қалды ғой', 1580],
    // "қайтіп" (how, as said) asks what "қалай" asks
    ['how to get a review bonus, asked "қайтіп"', 'тауарыма пікір қалдырдым енді бонусын қайтіп аламын', 17562],
    // "қандай ұйым" (what organisation) asks what a name stands for
    ['the kind of body a name stands for', 'фдо қандай ұйым өзі', 3075],
  ])('should stand behind a Kazakh question on %s', (_what, query, id) => standsBehind(query, 'kz', id));

  it('should let an answer for an unasked situation give way to its twin for everyone, however many answers are asked for', () => {
    for (const limit of [1, 3, 10]) expect(searcher.search('в какое число месяца нужно гасить ред', { lang: 'ru', limit }).hits[0]?.answer.id, `limit ${limit}`).toBe(1542);
  });

  it('should put the answer on how to get a bonus first when the asker asks for the way to get it', () => {
    // "алу жолы" (the way to get) asks how: the answer on getting the review bonus, not its twin on which goods earn it
    expect(searcher.search('пікір үшін бонус алу жолы', { lang: 'kz' }).hits[0]?.answer.id).toBe(17562);
    // so do the conditions of getting it ("алудың шарттары қандай", "қандай шарт бар")
    standsBehind('пікір бонусын алу үшін қандай шарт бар', 'kz', 17562);
    expect(topId('пікір жазу арқылы бонус алудың шарттары қандай', 'kz')).toBe(17562);
  });

  it('should decline an answer about another product, and stand behind one about the product asked for', () => {
    // The answer on closing Kaspi Red says where its money goes: to Kaspi Gold. It is no answer on closing Kaspi Gold.
    expect(searcher.search('как закрыть kaspi gold', { lang: 'ru' })).toMatchObject({ confident: false, declineReason: { kind: 'other-product' } });
    expect(searcher.search('как закрыть kaspi red', { lang: 'ru' })).toMatchObject({ confident: true, declineReason: null });
    // A product named in Cyrillic, as the index stems it ("депозит": депоз): that answer's text says the money may go to
    // Kaspi Депозит, yet it is no answer on putting money on one.
    expect(searcher.search('перевести деньги на kaspi депозит', { lang: 'ru' })).toMatchObject({ confident: false, declineReason: { kind: 'other-product' } });
  });

  it('should read a credit limit ("кредитный лимит") as the limit, not a loan, and decline raising it', () => {
    expect(searcher.search('как поднять кредитный лимит ред через приложение', { lang: 'ru' }).confident).toBe(false);
    expect(topId('кредитный лимит ред станет больше после оплаты счёта?')).toBe(1511);
  });

  it('should decline a Kazakh question for a group of people ("кәсіпкерлерге": to entrepreneurs) among 10,000 answers', () => {
    expect(bigGuide().search('кәсіпкерлерге несие қалай алуға болады', { lang: 'kz' })).toMatchObject({
      confident: false,
      declineReason: { kind: 'word-missing', word: 'касипкерлерге' },
    });
  });

  it('should decline a question on a loan\'s terms ("без переплаты": interest-free; "на какой срок": for how long)', () => {
    expect(searcher.search('ред сколько месяцев без переплаты', { lang: 'ru' }).confident).toBe(false);
    expect(searcher.search('на какой срок дается ред', { lang: 'ru' }).confident).toBe(false);
    // Overpaying said alone is money paid over, and a due date asked by its deadline is the date.
    standsBehind('переплатил по реду, где деньги', 'ru', 1516);
    standsBehind('какой срок оплаты ред', 'ru', 1542);
  });

  it('should decline when nothing matches and return no hits', () => {
    const response = searcher.search('zzzzqqq', { lang: 'ru' });
    expect(response.hits).toEqual([]);
    expect(response.confident).toBe(false);
  });
});

describe('declining an answer that only holds the words', () => {
  const [template] = ingestCaptureDirs(['assets/guide']).questions;
  const question = (id: number, title: string, text: string): GuideQuestion =>
    ({ ...template!, id, ids: [id], lang: 'ru', title, text, html: `<p>${text}</p>`, usefulness: 0.5, pinned: false, url: `${template!.url}-${id}` });
  // Filler that says none of the query words, nor a synonym of one ("платежи" would be the bill's).
  const filler = 'Подробности доступны в приложении, в отделениях и через терминалы по всей стране круглосуточно.';
  // Most answers are about a bill ("счёт" weighs little); one holds "штраф" and "банкомат", far apart.
  const guide = (...extra: GuideQuestion[]) => loadSearcherFor([
    question(1, 'Оплата счёта', `Штраф начисляется по правилам. ${filler} ${filler} Банкомат отражает это в истории.`),
    ...[2, 3].map((id) => question(id, `Счёт номер ${id}`, filler)),
    ...[4, 5].map((id) => question(id, `Кредит номер ${id}`, filler)),
    ...extra,
  ]);

  it('should decline an answer whose title and text never say the query words together', () => {
    const response = guide().search('штраф банкомат счёт', { lang: 'ru' });
    expect(response.hits[0]?.answer.id).toBe(1);
    expect(response).toMatchObject({ confident: false, declineReason: { kind: 'words-scattered' } });
  });

  it('should stand behind an answer that says them together', () => {
    const response = guide(question(6, 'Сроки по счёту', `${filler} Штраф за оплату через банкомат составляет 2000 тенге.`)).search('штраф банкомат счёт', { lang: 'ru' });
    expect(response.hits[0]?.answer.id).toBe(6);
    expect(response).toMatchObject({ confident: true, declineReason: null });
  });

  it('should decline an answer whose title shares only a product name with a query that says more', () => {
    // the title names Red and nothing the query asks; its text holds the query's other word
    const named = guide(question(6, 'Кредит номер 6 и Kaspi Red', `${filler} Отменить нельзя.`), question(7, 'Оплата счёта Kaspi Red', filler));
    const response = named.search('на что нельзя брать ред', { lang: 'ru' });
    expect(response.hits[0]?.answer.id).toBe(6);
    expect(response).toMatchObject({ confident: false, declineReason: { kind: 'title-unrelated' } });
  });
});

describe('colloquial queries', () => {
  it.each([
    ['Russian typed in Latin', 'kak zakryt kaspi red', 15293],
    ['a Cyrillic typo not read as the wrong layout', 'штаф за просрочку', 1505],
    ['the wrong layout', 'ghfplybr jgkfnf htl', 1538],
    ['a channel the title names, which another answer names in its text', 'можно ли заплатить за ред в терминале каспи', 12467],
    ['"how much to pay" as the sum of the bill', 'сколько заплатить за ред в следующем месяце', 15762],
    ['"can I" as a title that asks it', 'можно ли платить ред через банкомат', 13070],
    ['"can I", said with no "ли", as the title that asks it and not its "how" twin', 'ред можно оплатить в банкомате каспи?', 13070],
    ['"is it possible" as "can I"', 'ред банкомат оплата возможна', 13070],
    ['"with what can one pay" as how to pay', 'чем можно оплатить ред', 1508],
    ['"through what can one pay" as how to pay, not whether one may', 'через что можно оплачивать ред', 1508],
    ['the monthly bill as the bill', 'что будет если не оплатить ежемесячный счет вовремя', 1505],
    ['a period the title names', 'узнать сумму для оплаты ред в следующем месяце', 15762],
    ['"what sum to pay in" as how much, and a month ahead as the next bill', 'какую сумму за ред внести через месяц', 15762],
  ])('should read %s', (_what, query, id) => {
    expect(topId(query)).toBe(id);
  });

  it('should read what one owes, asked or looked up, as the bill\'s sum ("какой у меня долг", "узнать задолженность")', () => {
    standsBehind('какой у меня долг по реду', 'ru', 1475);
    standsBehind('узнать задолженность по ред', 'ru', 1475);
  });

  it('should read a Kazakh loan closed off ("несиені жауып тастадым") as paid, and a bonus "тиесілі" (due) as given', () => {
    standsBehind('несиені толық жауып тастадым, бонус тиесілі ме', 'kz', 476);
    standsBehind('кредитімді жауып тастадым, бонус тиесілі ме', 'kz', 476);
  });

  it('should put the date for askers with a loan first for one who pays a loan of a kind ("потребкредит") beside Red', () => {
    standsBehind('плачу потребкредит в каспи, какого числа теперь платить ред', 'ru', 1541);
  });

  it('should stand behind paying at an ATM for one asking to pay off the debt there ("долг … погасить")', () => {
    standsBehind('долг по реду в банкомате погасить можно', 'ru', 13070);
  });

  it('should read closing a product by a date ("к какому числу закрывать ред") as paying its bill', () => {
    const response = searcher.search('к какому числу надо закрывать ред каждый месяц', { lang: 'ru' });
    expect([1542, 1476]).toContain(response.hits[0]?.answer.id);
    expect(response.confident).toBe(true);
  });

  it('should read switching a product off ("отключаю ред") as closing it', () => {
    standsBehind('отключаю ред, а там мои деньги, как их вернуть', 'ru', 15293);
  });

  it('should read where a name is called or means something ("каспи банкте", "kaspi гидте") as the place, no topic', () => {
    standsBehind('каспи банкте фдо деп қалай аталады', 'kz', 3075);
    standsBehind('kaspi гидте фдо нені білдіреді', 'kz', 3075);
    standsBehind('фдо сөзінің толық мағынасы қандай', 'kz', 3075);
  });

  it('should read a limit given back, closing on time, covering the bill and "the current month" as the guide says them', () => {
    standsBehind('как оплачу счет реда, лимит вернут сразу?', 'ru', 1511);
    standsBehind('что будет, если не закрыть ред вовремя', 'ru', 1505);
    standsBehind('бонусами можно покрыть счет ред?', 'ru', 1515);
    standsBehind('хотел досрочно закрыть весь ред, но деньги пошли только на текущий месяц', 'ru', 2184);
    standsBehind('сколько нести за ред в этом месяце, где посмотреть', 'ru', 1475);
  });

  it('should read a Kazakh loan closed with words between ("кредитті кешіктірмей жабамын") as repaid', () => {
    standsBehind('кредитімді кешіктірмей жабамын, бонус бар ма', 'kz', 476);
  });

  it('should read a Kazakh account "filling up" as no paying, whose folded stem it shares', () => {
    standsBehind('бонус шотым толып қалса, шегі қанша', 'kz', 514);
  });

  it('should spare a Kazakh "than shown" and "last month"', () => {
    standsBehind('акцияда көрсетілгеннен бонус кем түсті', 'kz', 518);
    standsBehind('өткен айда түскен бонустар тізбесін қалай ашып көремін', 'kz', 553);
  });

  it('should put how to pay first for a product the asker uses, steps asked by menu items or by what to press, and "how is it done"', () => {
    standsBehind('пользуюсь редом недавно, какие способы погашения есть', 'ru', 1508);
    standsBehind('мама не понимает, по каким пунктам в банкомате платить ред', 'ru', 13066);
    // cash said as what one pays with, which the title on paying at the machine need not say
    standsBehind('пришла с наличкой к банкомату каспи, что нажимать для реда', 'ru', 13066);
    standsBehind('куда жать в приложении, чтобы оплатить ред', 'ru', 1508);
    standsBehind('никогда не платила ред, как это делается', 'ru', 1508);
  });

  it('should read a consonant verb\'s past ("внесла": внёс), taking out a sum left, paying it off whole and waiting for the bill', () => {
    standsBehind('внесла за ред лишнее, где эти деньги', 'ru', 1516);
    standsBehind('ред закрыт, на нем висят мои деньги, как их вытащить', 'ru', 15293);
    standsBehind('хотела погасить ред целиком, а списали только ежемесячный платеж', 'ru', 2184);
    standsBehind('надо ли ждать выставления счета, чтобы оплатить ред', 'ru', 13488);
    standsBehind('до даты счета по реду еще неделя, можно уже оплатить?', 'ru', 13488);
  });

  it('should read how much will be charged ("сколько спишут") as the bill\'s sum', () => {
    standsBehind('сколько спишут за ред в следующем месяце', 'ru', 15762);
    standsBehind('сколько с меня снимут за ред в этом месяце', 'ru', 1475);
  });

  it('should read the bill compared with what the asker bought as the sum expected', () => {
    standsBehind('в счете по реду сумма выше, чем я купила', 'ru', 12370);
    // a larger sum to pay told after what was bought
    standsBehind('купила на 20 тысяч, а счет пришел на 25', 'ru', 12370);
  });

  it('should read the asker paying twice ("два раза", "дважды", "двойная оплата") as paying too much', () => {
    standsBehind('нечаянно оплатил ред два раза, где теперь лишние деньги', 'ru', 1516);
    standsBehind('по ошибке внесла за ред дважды, вторую оплату куда дели', 'ru', 1516);
    standsBehind('у меня двойная оплата по реду прошла, что с ней будет', 'ru', 1516);
  });

  it('should read an error a machine showed as a payment not arrived, not as the asker\'s mistake', () => {
    standsBehind('банкомат показал ошибку, когда я оплачивала ред, деньги ушли', 'ru', 13150);
    standsBehind('терминал выдал ошибку при оплате реда, платежа нету', 'ru', 13147);
  });

  it('should read a payment that "не пришёл" (did not come), also typed "пришол", as a sum not arrived', () => {
    standsBehind('внес через терминал за ред, платеж так и не пришол', 'ru', 13147);
    standsBehind('положила наличку в банкомат за ред, а платеж не пришел', 'ru', 13150);
  });

  it('should read paying online, with words between, as buying at an internet shop when a bonus is asked of it', () => {
    standsBehind('онлайн кітапханаға жазылуды голдпен төлеймін, бонус бере ме', 'kz', 467);
  });

  it('should read Kazakh "қайсысына" (to which) and "қандай шарттармен" (on what terms) as what they ask', () => {
    standsBehind('пікірді тапсырыстың қайсысына жазуға болады', 'kz', 17560);
    standsBehind('пікір жазсам, бонусты қандай шарттармен аламын', 'kz', 17562);
  });

  it('should put where to see the bill first for where to open it in the app', () => {
    standsBehind('пришел счет по реду, где его открыть', 'ru', 1486);
  });

  it('should put the date for askers with a loan first for one who has an instalment plan beside Red', () => {
    standsBehind('у меня рассрочка и ред, в какой день платить', 'ru', 1541);
    standsBehind('есть рассрочка на телевизор и ред, дата платежа у них общая?', 'ru', 1541);
    // the two named together, an instalment plan in any case
    standsBehind('платежи по рассрочке и реду в один день приходят?', 'ru', 1541);
  });

  it('should stand behind the bonus history for a wish to see or know each purchase\'s bonus', () => {
    standsBehind('қай сатып алуға қанша бонус келгенін білгім келеді', 'kz', 553);
    standsBehind('әр сатып алуға түскен бонусты көргім келеді', 'kz', 553);
    // a section that shows it ("көрсететін бөлім"), as finding out
    standsBehind('бүгінге дейін жинаған бонусымды көрсететін жер қайда', 'kz', 553);
  });

  it('should put how to pay first when a purchase, and what was bought, is told before it', () => {
    standsBehind('первый раз купил в ред, как теперь его оплачивают', 'ru', 1508);
    standsBehind('взяла холодильник в ред, как оплатить', 'ru', 1508);
  });

  it('should stand behind the bill larger than reckoned for one "twice" or "far" larger "than usual": degree and yardstick name no topic', () => {
    standsBehind('счет ред вдвое больше обычного, из-за чего', 'ru', 12370);
    standsBehind('счет ред намного больше обычного', 'ru', 12370);
  });

  it('should stand behind what a name is for one asking who it is, where it was seen said aside ("чекте жазылған … деген ұйым кім")', () => {
    standsBehind('чекте жазылған фдо деген ұйым кім', 'kz', 3075);
  });

  it('should stand behind what a name is for one asking how its abbreviation or its letters are spelled out', () => {
    standsBehind('фдо аббревиатурасы толық қалай ашылады', 'kz', 3075);
    standsBehind('фдо әріптері нені білдіреді', 'kz', 3075);
  });

  it('should put where to see the bill first when the bill is named with what it is for ("счёт на оплату") or as issued', () => {
    standsBehind('где найти счет на оплату по реду', 'ru', 1486);
    // or with its being issued ("выставленный счёт"), which every bill is
    standsBehind('где найти выставленный счет ред', 'ru', 1486);
    // and how to pay for one who names the payment "очередной" (the regular one): the bill, not the next one
    standsBehind('как внести очередной платеж за ред', 'ru', 1508);
  });

  it('should stand behind the fine for one telling days passed since the date to pay', () => {
    standsBehind('уже два дня прошло с даты по реду, я не оплатил, что будет', 'ru', 1505);
  });

  it('should stand behind overpaying for one who paid more than was due, or paid off twice', () => {
    standsBehind('перевела за ред больше, чем требовалось, как вернуть', 'ru', 1516);
    standsBehind('погасил ред дважды по ошибке', 'ru', 1516);
  });

  it('should put the early repayment first when only the month was paid off of what was meant to close it all', () => {
    standsBehind('закинул деньги для досрочного закрытия реда, а закрылся только текущий месяц', 'ru', 2184);
  });

  it('should put paying ahead first for one with the money before any bill ("счёта ещё нет")', () => {
    standsBehind('счета по реду пока нет, а заплатить хочу уже сейчас', 'ru', 13488);
  });

  it('should put the bill above reckoning first for purchases of a smaller sum, and a difference asked where from', () => {
    standsBehind('купила меньше, а по реду платить больше, откуда разница', 'ru', 12370);
  });

  it('should put the sum not arrived first for an operation a machine said failed', () => {
    standsBehind('банкомат написал операция не выполнена, а деньги за ред не вернул', 'ru', 13150);
  });

  it('should read using Red again, with the payment said after it, as its limit coming back', () => {
    standsBehind('когда снова можно пользоваться редом после погашения', 'ru', 1511);
  });

  it('should put the bonus for a shop order first for one who placed an order ("тапсырыс бердік")', () => {
    standsBehind('kaspi магазинде тапсырыс бердік, бонус қанша пайыз', 'kz', 462);
  });

  it('should stand behind the bill\'s sum for one asking for someone else ("муж спрашивает")', () => {
    standsBehind('жена спрашивает сколько по реду платить в этом месяце', 'ru', 1475);
  });

  it('should stand behind the bonus for paying a loan for one who puts money in for it or returns a debt, as said in Kazakh', () => {
    standsBehind('кредитке ай сайын ақша салып жүрмін, бонус қосыла ма', 'kz', 476);
    standsBehind('қарызды қайтарып жатырмын, бонус жазыла ма', 'kz', 476);
  });

  it('should read a first "а" typed for the "о" it sounds like in a short word ("аплату": оплату)', () => {
    standsBehind('бонусы на аплату реда испльзовать', 'ru', 1515);
  });

  it('should stand behind the bill\'s sum for one whose pay came ("зп пришла": the story, no payment arrived)', () => {
    standsBehind('зп пришла, сколько платить за ред', 'ru', 1475);
  });

  it('should put until what hour first for one whose deadline is today', () => {
    standsBehind('у меня сегодня крайний срок по реду, вечером после работы оплата пройдет?', 'ru', 1513);
  });

  it('should put whether one may pay at an ATM first for one asking it of cash: the machine says the cash', () => {
    standsBehind('в каспи банкомате наличкой ред оплатить получится?', 'ru', 13070);
  });

  it('should stand behind the bonus history for this month\'s bonus ("осы айда": this month, the story\'s when)', () => {
    standsBehind('осы айда маған қанша бонус түскенін қайдан көремін', 'kz', 553);
  });

  it('should not answer a stolen card ("вытащили кошелёк": someone pulled it out) with taking one\'s money out of Red', () => {
    expect(searcher.search('в автобусе вытащили кошелек с картой, как закрыть карту', { lang: 'ru' }).confident).toBe(false);
  });

  it('should put the steps at a machine first for one asking for the order of steps ("порядок действий")', () => {
    standsBehind('напишите порядок действий для оплаты реда через банкомат', 'ru', 13066);
  });

  it('should put the answer on a promotion\'s bonus first for one the goods of a promotion did not bring, though another names the goods', () => {
    standsBehind('акциядағы тауарға бонус түспей жатыр неге', 'kz', 518);
    standsBehind('акциялық тауар алғанмын, уәде етілген бонус жоқ', 'kz', 518);
  });

  it('should put how to get the review bonus first for one asking where to get it from, not how to find out which goods earn it', () => {
    standsBehind('пікір қалдырдым бонусты қайдан аламын', 'kz', 17562);
    standsBehind('жазған пікірім үшін бонусты қайдан аламын', 'kz', 17562);
  });

  it('should stand behind the bill\'s purchases for one asking for the purchases "за которые" (for which) one pays', () => {
    standsBehind('где список покупок по ред за которые надо платить', 'ru', 1486);
    standsBehind('где в приложении список покупок по ред, за которые я плачу', 'ru', 1486);
  });

  it('should put the answer on a payment made by mistake first for one asking whether it can be put right ("исправить можно")', () => {
    standsBehind('собирался погасить весь долг по ред раньше, а платеж пошел в ежемесячный счет, исправить можно', 'ru', 2184);
  });

  it('should put the next bill\'s sum first for one wanting to know the sum in advance ("узнать сумму наперёд")', () => {
    expect(topId('не пришел еще счет ред, но хочу узнать сумму наперед')).toBe(15762);
  });

  it('should put the hour a payment is due by first for one asking its "крайний час" (utmost hour), among 10,000 answers too', () => {
    expect(topId('оплата ред в срок, крайний час какой')).toBe(1513);
    expect(bigGuide().search('последний час оплаты реда в день платежа', { lang: 'ru' }).hits[0]?.answer.id).toBe(1513);
  });

  it('should put paying with bonuses first for one paying with them "вместо денег" (instead of money), among 10,000 answers too', () => {
    standsBehind('бонусы вместо денег при оплате ред принимаются?', 'ru', 1515);
    expect(bigGuide().search('бонусы вместо денег при оплате ред принимаются?', { lang: 'ru' }).hits[0]?.answer.id).toBe(1515);
  });

  it('should stand behind paying from abroad for one whose Red "остался неоплаченный" (remained unpaid) there', () => {
    standsBehind('я уже за границей, ред остался неоплаченный, как его погасить', 'ru', 1564);
  });

  it('should stand behind the answer on paying at the ATM for one who has cash with them: cash is what one pays with', () => {
    standsBehind('у банкомата с наличными, порядок действий для оплаты реда', 'ru', 13066);
    standsBehind('пришел к банкомату с наличкой, порядок действий при оплате реда', 'ru', 13066);
  });

  it('should read topping up as ongoing ("пополняют счёт") as paying in, and spending bonuses on the bill as paying it with them', () => {
    standsBehind('каким образом пополнять счет ред', 'ru', 1508);
    standsBehind('бонусы реально потратить на счет по реду?', 'ru', 1515);
  });

  it('should read a bill left "неоплаченный" (unpaid, "не" written together) after paying as money that did not arrive', () => {
    expect(topId('банкомат забрал купюры, а ред висит неоплаченный')).toBe(13150);
  });

  it('should read a sum "не ждала" (not expected) as one other than the asker worked out', () => {
    standsBehind('ред прислал сумму, которую я не ждала, почему', 'ru', 12370);
  });

  it('should read "қолданба" (the app, another Kazakh word for it) as the app, among 10,000 answers too', () => {
    const response = bigGuide().search('kaspi қолданбасында максимал бонус көлемі', { lang: 'kz' });
    expect(response.hits[0]?.answer.id).toBe(514);
    expect(response.confident).toBe(true);
  });

  it('should read "зачли" (credited, the short verb) as money that came', () => {
    const response = searcher.search('деньги за ред так и не зачли', { lang: 'ru' });
    expect([13147, 13150]).toContain(response.hits[0]?.answer.id);
    expect(response.confident).toBe(true);
  });

  it('should read a smaller sum after "пятнашка" (15,000, as said) as part of it arriving', () => {
    expect(topId('в терминал положила пятнашку за ред, а засчитали двенадцать')).toBe(13148);
  });

  it('should put how to pay first for one asking where to see the ways to pay, not the answer on finding out the sum', () => {
    expect(topId('где все варианты оплаты реда посмотреть')).toBe(1508);
    expect(topId('как узнать способы оплаты ред')).toBe(1508);
  });

  it('should put the answers about the rare topic word above those about the question word', () => {
    // "How many bonuses for a review": the review questions, not the generic "how many bonuses" one.
    const response = searcher.search('пікір үшін қанша бонус', { lang: 'kz' });
    expect([17560, 17562]).toContain(response.hits[0]?.answer.id);
    expect(response.confident).toBe(true);
  });

  it('should find a noun in the answers that say it in the locative, which the stemmer cuts shorter ("магазин": "Магазинде")', () => {
    const response = searcher.search('kaspi магазин пікір бонус', { lang: 'kz' });
    expect([17560, 17562]).toContain(response.hits[0]?.answer.id);
  });

  it('should not ask an answer to hold "которую" (which), which points back at a word the question says', () => {
    const response = searcher.search('терминал зачислил на ред не ту сумму, которую я положил', { lang: 'ru' });
    expect([13147, 13148]).toContain(response.hits[0]?.answer.id);
    expect(response.confident).toBe(true);
  });

  it('should read a bill "на оплату", "к оплате" (to pay) not out yet as paying ahead', () => {
    standsBehind('внести за ред пока счет на оплату не выставлен', 'ru', 13488);
    expect(topId('пока счет к оплате не пришел, можно закинуть деньги на ред?')).toBe(13488);
  });

  it('should read what being late "грозит" (threatens) one with, and its "последствия" (consequences), as the fine', () => {
    standsBehind('чем мне грозит неуплата реда', 'ru', 1505);
    standsBehind('какие последствия будут, если не заплачу ред', 'ru', 1505);
  });

  it('should read another sum than the one put in ("не ту сумму", "не столько") as the sum arriving in part', () => {
    expect(topId('терминал зачислил на ред не ту сумму, которую я положил')).toBe(13148);
    expect(topId('банкомат засчитал на ред не столько, сколько я внесла')).toBe(13152);
  });

  it('should read a machine that "погас" (went dark) as the story, not as paying off ("погасил")', () => {
    expect(topId('банкомат погас с моими деньгами за ред')).toBe(13150);
  });

  it('should read a bill "не оплачен" (not paid) after money went into a machine as money that did not arrive, among 10,000 answers too', () => {
    expect(bigGuide().search('деньги в банкомат внес, экран погас, ред не оплачен', { lang: 'ru' }).hits[0]?.answer.id).toBe(13150);
    expect(bigGuide().search('купюры в банкомат засунула, экран погас, ред не оплачен', { lang: 'ru' }).hits[0]?.answer.id).toBe(13150);
  });

  it('should stand behind what a name is for one asking what "it" is, or who wrote the inscription seen, in Kazakh', () => {
    standsBehind('чегімде ФДО тұр, ол кім', 'kz', 3075);
    standsBehind('чекте ФДО деген жазу, бұл кім', 'kz', 3075);
  });

  it('should read the hard sign typed as the soft one ("сьел": съел) as the word the vocabulary knows', () => {
    expect(topId('банкомат сьел купюры, ред аплата непрошла')).toBe(13150);
  });

  it('should read an ATM that "завис" (froze) with the money as money that did not arrive', () => {
    standsBehind('банкомат завис посреди платежа за ред, деньги забрал', 'ru', 13150);
  });

  it('should read when a payment "спишется" (will be debited) as when to pay, also typed on the English layout', () => {
    for (const query of ['ред сам спишется в какой день', 'rjulf cgbitncz gkfnt; gj htle']) {
      const response = searcher.search(query, { lang: 'ru' });
      expect([1476, 1542], query).toContain(response.hits[0]?.answer.id);
      expect(response.confident, query).toBe(true);
    }
  });

  it('should read bonuses that come to a stop or stop growing as the most one may collect, in Kazakh', () => {
    expect(topId('бонус жинала берсе бір кезде тоқтап қала ма', 'kz')).toBe(514);
    expect(topId('бонустарым бір сомадан кейін өспей ме', 'kz')).toBe(514);
  });

  it('should read "көру жолы" (the way to see it) as how to find it out, in Kazakh', () => {
    standsBehind('бонус санын көру жолы', 'kz', 553);
  });

  it('should read closing Red early ("досрочно закрыть") or all of it ("закрыть весь ред") as paying it all off early', () => {
    standsBehind('думал досрочно закрыть ред, а деньги ушли на текущий счет', 'ru', 2184);
    expect(topId('закрыть весь ред разом, а деньги ушли в платеж за месяц')).toBe(2184);
  });

  it('should put how to get the review bonus first for one asking on which day it comes ("қай күні"), not which goods earn it', () => {
    expect(topId('пікір жаздым, бонусы қай күні түседі', 'kz')).toBe(17562);
  });

  it('should put the hour a payment is due by first for one paying on the due day itself ("в самый последний день", "в день платежа")', () => {
    expect(topId('ред нормально оплатить в самый последний день?')).toBe(1513);
    expect(topId('можно ли заплатить за ред прямо в день платежа')).toBe(1513);
    expect(topId('в последний день платежа по реду оплата пройдёт без штрафа?')).toBe(1513);
    expect(topId('платёж по реду засчитают, если внесу поздно вечером в дату оплаты')).toBe(1513);
    // a due day that is a holiday or a day off is that answer's, as before
    expect(topId('празник в день оплаты ред штраф будет')).toBe(1538);
    expect(topId('в последний день выпал выходной, штраф будет?')).toBe(1538);
  });

  it('should put money paid by mistake first for one who paid "чтобы закрыть раньше" (to close early) and saw it go to the month\'s bill', () => {
    expect(topId('внес больше, чтобы закрыть ред раньше, но это засчиталось как платёж месяца')).toBe(2184);
  });

  it('should put paying ahead first for one asking to pay "уже" (already) while the bill has not come', () => {
    expect(topId('счёт за ред не пришёл, а заплатить уже можно?')).toBe(13488);
  });

  it('should put the sum arrived in part first for a smaller sum shown ("сумму поменьше"), and money not arrived for Red shown empty ("на реде ноль")', () => {
    expect(topId('вставила купюры, а банкомат отразил на реде сумму поменьше')).toBe(13152);
    standsBehind('банкомат забрал наличку, чек не дал, на реде ноль', 'ru', 13150);
  });

  it('should answer what the name is for one who saw it on a receipt and asks to have it explained ("түсіндіріңізші")', () => {
    standsBehind('төлем чегінде ФДО деп көрсетілген, түсіндіріңізші', 'kz', 3075);
  });

  it('should put the most bonus one may collect first for one asking whether it is limited ("шектелмей ме")', () => {
    standsBehind('бонусты қанша жинасам да шектелмей ме', 'kz', 514);
    standsBehind('бонус саны шектеулі ме', 'kz', 514);
  });

  it('should put bonuses not shown first for one whose bonuses grew fewer ("азайып кетті")', () => {
    standsBehind('бонустарым азайып кетті, себебі неде', 'kz', 1580);
    standsBehind('бонусым азайды', 'kz', 1580);
  });

  it('should stand behind the most one may collect for one asking its largest sum ("ең үлкен бонус сомасы")', () => {
    standsBehind('ең үлкен бонус сомасы қандай', 'kz', 514);
    standsBehind('бонустың максималды сомасы қандай', 'kz', 514);
  });

  it('should stand behind the review bonus for one asking in how much time it comes ("қанша уақытта")', () => {
    standsBehind('пікірге бонус қанша уақытта келеді', 'kz', 17562);
  });

  it('should stand behind the fine\'s size for one asking its percent ("сколько процентов"), and not read percent alone so', () => {
    standsBehind('неустойка по реду сколько процентов', 'ru', 1505);
    standsBehind('штраф за просрочку ред сколько процентов', 'ru', 1505);
    expect(searcher.search('депозит сколько процентов', { lang: 'ru' }).confident).toBe(false);
  });

  it('should stand behind the bill\'s purchases for one asking which purchases a debt is for ("по каким покупкам долг")', () => {
    standsBehind('что входит в мой ред, по каким покупкам долг', 'ru', 1486);
    standsBehind('из каких покупок сложилась задолженность по реду', 'ru', 1486);
  });

  it('should put how to pay first for one asking to have the places listed ("перечислите, где принимают"), not for any list', () => {
    expect(topId('перечислите где вообще принимают платежи по реду')).toBe(1508);
    expect(topId('перечислите покупки в моем счете ред')).toBe(1486);
  });

  it('should put paying at a terminal first for one asking whether it "примет деньги" (will take the money), not money that did not arrive', () => {
    expect(topId('терминал каспи в супермаркете примет деньги за ред?')).toBe(12467);
    // a machine that "принял" (took) the money is one the money did not arrive from, as before
    expect(topId('банкомат принял не все деньги за счет ред')).toBe(13152);
  });

  it('should stand behind the bill larger than one\'s reckoning for one whose sum came out "меньше, чем в счёте"', () => {
    standsBehind('сложил все покупки по ред, у меня вышло меньше, чем в выставленном счете', 'ru', 12370);
  });

  it('should stand behind the hour a payment is due by for one asking the deadline "во сколько" (at what time)', () => {
    standsBehind('последний срок оплаты ред во сколько', 'ru', 1513);
  });

  it('should put what FDO is first, and stand behind it, for one asking what the name on the receipt means ("не білдіреді")', () => {
    standsBehind('чектегі фдо не білдіреді', 'kz', 3075);
    standsBehind('в чеке написано фдо, как расшифровывается', 'ru', 3075);
  });

  it('should put bonuses not shown first, and stand behind it, for one asking where yesterday\'s bonuses went ("қайда кеткен")', () => {
    standsBehind('кешегі бонустар кабинетте жоқ, қайда кеткен', 'kz', 1580);
  });

  it('should put paying at a Kaspi Terminal first for one paying at a shop\'s till, and the branch\'s desk for the bank\'s', () => {
    expect(topId('на кассе в супермаркете через каспи ред можно погасить?')).toBe(12467);
    expect(topId('можно ли на кассе магазина внести деньги за ред')).toBe(12467);
    expect(topId('в кассе банка можно оплатить ред?')).toBe(1570);
    expect(topId('чек через кассу для покупателя магазина')).toBe(3164);
  });

  it('should put which goods earn the review bonus first for one asking how they are marked in the list ("тізімде қалай белгіленеді")', () => {
    expect(topId('пікір бонусы бар тауар тізімде қалай белгіленеді', 'kz')).toBe(17560);
  });

  it('should put the bonus for buying in Kaspi\'s shop first for one ordering at "каспи маркет", not the answer on outside shops', () => {
    expect(topId('маркеттен алған тапсырысыма бонус есептеле ме', 'kz')).toBe(462);
    expect(topId('каспи маркетте тапсырыс бергенде бонус қосыла ма', 'kz')).toBe(462);
  });

  it('should answer what the name is for one asking who it is ("ФДО кім") and why it is on the receipt', () => {
    standsBehind('ФДО кім, неге чегімде тұр', 'kz', 3075);
    standsBehind('фдо кім, неге чекте оның аты', 'kz', 3075);
  });

  it('should stand behind taking one\'s money on closing for one who paid Red off with money left on it', () => {
    standsBehind('полностью погасила ред, но сумма сверху осталась, как вернуть', 'ru', 15293);
    standsBehind('ред погашен, а на счету реда остаток, как забрать', 'ru', 15293);
  });

  it('should put the bill\'s purchases first for one asking what a charge is for ("за что мне выставили счёт")', () => {
    expect(topId('за что мне выставили счет ред')).toBe(1486);
    expect(topId('хочу посмотреть, за что именно я должна по реду')).toBe(1486);
  });

  it('should stand behind bonuses not shown for one whose bonuses fell to zero ("нөлге түсіп қалды", "упали до нуля")', () => {
    standsBehind('бонустарым нөлге түсіп қалды, не болды', 'kz', 1580);
    standsBehind('бонусы упали до нуля', 'ru', 1580);
  });

  it('should put money paid by mistake first for one who put money in "для досрочного погашения" and saw it go to the month\'s bill', () => {
    expect(topId('внес на ред для досрочного погашения, а ушло в счет месяца, верните')).toBe(2184);
  });

  it('should stand behind the payment date for one with a loan when the asker says what the loan bought ("кредит на телефон")', () => {
    standsBehind('оформил ред, а у меня еще кредит на телефон, платить в один день или в разные', 'ru', 1541);
    expect(topId('взяла телефон в кредит в каспи, теперь и ред открыла, число оплаты ред какое')).toBe(1541);
  });

  it('should decline a question on paying with another bank\'s card, which the answers on Kaspi\'s own ways do not answer', () => {
    for (const query of ['можно ли оплатить ред картой другого банка', 'ред оплата через кассу другого банка']) {
      expect(searcher.search(query, { lang: 'ru' }), query).toMatchObject({ confident: false, declineReason: { kind: 'other-product' } });
    }
    standsBehind('перечислите варианты оплаты реда, у меня нет карты другого банка', 'ru', 1508);
  });

  it('should not search what the asker says besides the thing asked ("кроме приложения", "кроме снятия наличных")', () => {
    expect(topId('где ещё кроме приложения принимают оплату счёта реда')).toBe(1508);
    standsBehind('в банкомате каспи кроме снятия наличных можно ред гасить?', 'ru', 13070);
  });

  it('should stand behind the fine for one asking what not paying in time will cost ("не успею … во сколько обойдётся")', () => {
    standsBehind('если не успею заплатить ред к сроку, во сколько мне это обойдётся', 'ru', 1505);
  });

  it('should put the ways to pay above the date of paying for one asking what ways there are ("какие есть способы внести платёж")', () => {
    expect(topId('какие есть способы внести ежемесячный платеж по ред')).toBe(1508);
  });

  it('should stand behind bonuses not shown for one whose bonuses "есептелмей тұр" (are not being credited) and are not in the app', () => {
    standsBehind('бонустарым есептелмей тұр, қосымшада жоқ', 'kz', 1580);
  });

  it('should stand behind what the FDO is for one who names where the name was seen ("аударма тарихында") or that it is Kaspi\'s ("каспи ішінде")', () => {
    standsBehind('аударма тарихында фдо сөзі тұр, мағынасы қандай', 'kz', 3075);
    standsBehind('каспи ішінде фдо деп аталатын бөлім не істейді', 'kz', 3075);
  });

  it('should put paying ahead first for one asking to pay "до счёта" (before the bill), typed in either layout', () => {
    standsBehind('можно ли погасить ред до счета', 'ru', 13488);
    expect(topId('vj;yj kb gjufcbnm htl lj cxtnf')).toBe(13488);
  });

  it('should put the sum available growing first for one asking whether it "обратно появится" (will be there again) after paying', () => {
    expect(topId('после того как я внесла платёж по реду, сумма на покупки обратно появится?')).toBe(1511);
  });

  it('should put the bill\'s purchases first for purchases "оплаченные через ред" or seen "по кредитке ред"', () => {
    expect(topId('покупки оплаченные через ред где отображаются')).toBe(1486);
    expect(topId('как посмотреть покупки по кредитке ред')).toBe(1486);
  });

  it('should stand behind the goods that earn a review\'s bonus for one asking where to look for them ("қай жерден іздеймін")', () => {
    standsBehind('пікір үшін бонусы бар тауарларды қай жерден іздеймін', 'kz', 17560);
  });

  it('should stand behind paying at a terminal for one asking whether a shop\'s seller ("продавец в магазине") takes the payment', () => {
    standsBehind('продавец в магазине может принять оплату моего реда?', 'ru', 12467);
  });

  it('should not let where a name was seen ("тұр", "чегінде жазылған") lift answers that hold those words, among 10,000 answers', () => {
    for (const query of ['сатып алу чегінде жазылған ФДО қандай ұйым', 'чекте фдо тұр, бұл қандай компания']) {
      expect(bigGuide().search(query, { lang: 'kz' }).hits[0]?.answer.id, query).toBe(3075);
    }
  });

  it('should put the bill for purchases first for a list of what was bought ("список того, что я купил"), and stand behind it', () => {
    standsBehind('где список того, что я купил по реду', 'ru', 1486);
  });

  it('should read "празник" (a holiday, as often typed) as one, for a due day that falls on it', () => {
    standsBehind('если день аплаты реда в празник, будит шраф?', 'ru', 1538);
  });

  it('should put how to pay at an ATM first for one asking where to start ("с чего начать") there, above whether one may', () => {
    expect(topId('с чего начать в банкомате каспи, чтобы внести ежемесячный счёт реда')).toBe(13066);
  });

  it('should read a balance in credit ("висит плюс") as what is left, for one whose closed Red still holds it', () => {
    standsBehind('ред закрыла, а на нём висит плюс, как получить', 'ru', 15293);
    expect(searcher.search('какие плюсы у реда', { lang: 'ru' }).confident).toBe(false);
  });

  it('should read "қарап шығамын" (look it through) as looking, its "шығамын" an auxiliary', () => {
    standsBehind('бонус тарихымды қалай қарап шығамын', 'kz', 553);
  });

  it('should put which goods earn the review bonus first for one asking how to tell ("аңғарамын") them', () => {
    standsBehind('пікір жазғанға бонус беретін тауарды қалай аңғарамын', 'kz', 17560);
  });

  it('should read a first-person form with a changed consonant as its verb ("пропущу": пропустить)', () => {
    standsBehind('если пропущу платёж по реду, на сколько оштрафуют', 'ru', 1505);
  });

  it('should read what a body does ("немен айналысады") and the meaning of its name ("атауының мағынасы") as asking what it is', () => {
    standsBehind('фдо деп аталатын каспи ұйымы немен айналысады', 'kz', 3075);
    standsBehind('kaspi фдо атауының мағынасы қандай', 'kz', 3075);
  });

  it('should read paying "не выходя из дома" (without leaving home) as paying in the app', () => {
    standsBehind('как погасить ред, не выходя из дома', 'ru', 1508);
  });

  it('should read a statement of purchases ("выписка покупок") as the bill for them', () => {
    standsBehind('покажите где выписка покупок по реду в приложении', 'ru', 1486);
  });

  it('should read "банк" said as the one who acts ("банк засчитает неустойку") as Kaspi itself, which no answer need name', () => {
    standsBehind('дедлайн по реду в субботу, банк засчитает неустойку?', 'ru', 1538);
  });

  it('should read "разве" (is it so that) as asking whether it can be done', () => {
    standsBehind('через банкомат каспи разве гасится ред?', 'ru', 13070);
  });

  it('should read the bonus account ("бонус шотыма": to my bonus account) as the bonus', () => {
    standsBehind('бонус шотыма қанша келгенін тексеру', 'kz', 553);
  });

  it('should read a promotion bonus that came "басқа сомамен" (with another sum) as one counted wrong', () => {
    standsBehind('акцияға қатыстым, бонус басқа сомамен келді', 'kz', 518);
  });

  it('should read a card not carried ("карты с собой нет") as the asker\'s circumstance, not a card or a trouble', () => {
    standsBehind('не взяла с собой карту, можно ли в банкомате оплатить ред наличными', 'ru', 13070);
    standsBehind('рядом банкомат каспи, карты с собой нет, ред закрыть купюрами', 'ru', 13066);
  });

  it('should read a debt that "так и висит" (still hangs) after paying at a terminal as a sum that did not arrive', () => {
    standsBehind('оплатил ред в терминале, а задолженность так и висит', 'ru', 13147);
  });

  it('should read an error "на экране" (on the screen) of an ATM as one it showed', () => {
    standsBehind('пыталась погасить ред через банкомат, на экране ошибка, купюры внутри остались', 'ru', 13150);
  });

  it('should read a question word on the ways with a slip in it ("спосбы", "варинты") as that word', () => {
    standsBehind('спосбы оплаты реда какие есть', 'ru', 1508);
    standsBehind('варинты оплаты реда', 'ru', 1508);
  });

  it('should read the app a Kazakh place is in ("қосымшаның қай бөлімінде") and going in asked where ("қайда кіремін") as asking where', () => {
    standsBehind('бонус шотымды тексергім келеді, қосымшаның қай бөлімінде', 'kz', 553);
    standsBehind('бонус балансын білу үшін қайда кіремін', 'kz', 553);
  });

  it('should read a whole text typed on the English layout rather than its pieces as typed ("vj;yj": можно)', () => {
    standsBehind('vj;yj kb gjufcbnm htl yfkbxysvb xthtp nthvbyfk', 'ru', 12467);
  });

  it('should read what a purchase cost, compared with the sum to pay, as the bill above the asker\'s reckoning', () => {
    standsBehind('вещь стоила одну цену, а по реду в итоге платить больше, откуда переплата', 'ru', 12370);
    standsBehind('почему сумма к возврату по реду больше стоимости покупки', 'ru', 12370);
  });

  it('should read the asker told to pay ("мне пишут оплатить") as the story of a bill looked for', () => {
    standsBehind('мне пишут оплатить ред, но сам счет я в приложении не нахожу, подскажите раздел', 'ru', 1486);
  });

  it('should read the sum of a month named as coming as the next bill\'s sum', () => {
    standsBehind('планирую бюджет, сколько по реду будет в декабре', 'ru', 15762);
    standsBehind('какой взнос по реду будет в январе', 'ru', 15762);
  });

  it('should read "применить бонусы к оплате" (apply bonuses to the payment) as paying with them', () => {
    standsBehind('применить бонусы к оплате реда', 'ru', 1515);
  });

  it('should read goods of a kind ("бонус берілетін тауарлар") as asking which goods give a review bonus', () => {
    standsBehind('пікір жазуға бонус берілетін тауарлар', 'kz', 17560);
  });

  it('should read the name asked "in full" after its verb ("қалай аталады толығымен") and an hour of the due day among 10,000 answers', () => {
    for (const [query, lang, id] of [['фдо қалай аталады толығымен', 'kz', 3075], ['если оплатить ред поздно вечером в день платежа, засчитают?', 'ru', 1513]] as const) {
      const response = bigGuide().search(query, { lang });
      expect(response.hits[0]?.answer.id, query).toBe(id);
      expect(response.confident, query).toBe(true);
    }
  });

  it('should read a bonus that "тоқтай ма" (does it stop) after a sum as asking its most', () => {
    standsBehind('бонус белгілі бір сомадан кейін тоқтай ма', 'kz', 514);
  });

  it('should read what is owed staying after paying ("а просрочка всё равно висит") as a sum that did not arrive', () => {
    standsBehind('внесла за ред через терминал, а просрочка так и осталась', 'ru', 13147);
  });

  it('should read the payments left ("сколько платежей осталось") as the bills to come', () => {
    standsBehind('сколько платежей осталось по реду и на какие суммы', 'ru', 15762);
  });

  it('should read the whole debt paid ("всю сумму долга") as the early repayment, and keep "долга" a word', () => {
    standsBehind('закинула на ред всю сумму долга, а списали только ежемесячный платёж', 'ru', 2184);
  });

  it('should read the bill "который надо оплатить" (to pay) as the bill, and ask where it is', () => {
    standsBehind('где счёт за ред, который нужно оплатить', 'ru', 1486);
  });

  it('should read paying "в сам день платежа" (on the payment day itself) as asking the hour of it', () => {
    standsBehind('заплачу за ред в самый день платежа, успею?', 'ru', 1513);
  });

  it('should read a sum that "не сходится" (does not add up) with the price as the bill above the asker\'s reckoning', () => {
    standsBehind('счёт по реду не сходится с ценой телефона', 'ru', 12370);
  });

  it('should read a Kazakh name "деп нені айтады" and its spelling in full ("толық жазылуы") as asking what the name stands for', () => {
    standsBehind('фдо деп нені айтады', 'kz', 3075);
    standsBehind('фдо толық жазылуы қалай', 'kz', 3075);
  });

  it('should read what Kaspi\'s site shows ("каспи сайтынан") and the place it shows ("көрінетін жер") as Kaspi.kz and where to look', () => {
    standsBehind('каспи сайтынан бонусымды көре алмай жүрмін', 'kz', 1580);
    standsBehind('бонусым көрінетін жер қайда', 'kz', 553);
  });

  it('should read the buying of goods reviewed as no topic: the review is the question', () => {
    standsBehind('сатып алған затыма пікір қалдырсам бонус тиесілі ме', 'kz', 17562);
    standsBehind('кез келген сатып алған затқа пікір жаза аламын ба', 'kz', 17560);
  });

  it('should read a question typed word by word on the other layout with the words\' neighbours, as typed in Cyrillic', () => {
    // "плачу наличными через терминал за ред": cash said at a machine is no topic
    standsBehind('gkfxe yfkbxysvb xthtp nthvbyfk pf htl', 'ru', 12467);
  });

  it('should read dates moved onto one, and dates said to differ, as the one date a loan gives', () => {
    standsBehind('можно перенести даты всех платежей по реду на один день', 'ru', 1541);
    standsBehind('у разных покупок разные числа платежа по реду, можно одно', 'ru', 1541);
  });

  it('should read an abbreviation or the word it shortens asked in any case ("аббревиатурасын", "қай сөздің") as asking what it stands for', () => {
    standsBehind('фдо аббревиатурасын түсіндіріп беріңіз', 'kz', 3075);
    standsBehind('фдо қай сөздің қысқартуы', 'kz', 3075);
  });

  it('should read "гашу" as paying off, "назовите" as asking the tool, and "пополнение" as paying in', () => {
    standsBehind('гашу ред бонусами, так можно?', 'ru', 1515);
    standsBehind('назовите способы оплаты реда', 'ru', 1508);
    standsBehind('пополнение реда через банкомат каспи возможно?', 'ru', 13070);
  });

  it('should read what is left to pay as the bills to come, and the product usable again as the sum that grows', () => {
    standsBehind('сколько мне осталось платить по реду, где видно по месяцам', 'ru', 15762);
    standsBehind('оплатил счет, ред снова станет активным?', 'ru', 1511);
    standsBehind('после погашения когда разблокируют ред', 'ru', 1511);
  });

  it('should read a whole repayment told, of which only the month was taken, as the mistaken payment', () => {
    standsBehind('погасила весь ред досрочно, а списали только платеж за месяц', 'ru', 2184);
  });

  it('should read the product no longer used as closed, not as paying with it', () => {
    standsBehind('хочу больше не пользоваться редом, как закрыть', 'ru', 15293);
  });

  it('should read a Kazakh bonus that came otherwise ("басқаша") or less than expected ("күткенімнен аз") as counted wrong', () => {
    standsBehind('акциялық тауарға бонус басқаша есептелді', 'kz', 518);
    standsBehind('акциядағы бонус күткенімнен аз', 'kz', 518);
  });

  it('should read money given for something ("отдать за ред") as paying, and counting one thing as another as asking whether it is', () => {
    standsBehind('хочу отдать за ред наличкой в банкомате, порядок действий какой', 'ru', 13066);
    standsBehind('засчитают ли мои бонусы как платеж по реду', 'ru', 1515);
  });

  it('should not offer a layout reading for a Cyrillic typo', () => {
    expect(searcher.search('штаф за просрочку', { lang: 'ru' }).correctedQuery).toBeNull();
  });
});

describe('search never throws', () => {
  it.each([
    ['empty', ''], ['blank', '   '], ['field syntax', 'штраф:'], ['minus', '-'], ['tilde', '~'], ['caret', '^'],
    ['star', '*'], ['plus', '+'], ['field name', 'title:штраф'], ['fuzzy syntax', 'штраф~2'],
    ['html', '<script>alert(1)</script>'], ['emoji', '👍🏽'], ['control characters', '\u0000\u0007'],
    ['10,000 letters', 'x'.repeat(10_000)], ['10,000 Cyrillic letters', 'ш'.repeat(10_000)],
    ['a pasted page', 'оплата счета '.repeat(800)],
  ])('should answer %s input without throwing', (_what, query) => {
    const response = searcher.search(query, { lang: 'ru' });
    expect(Array.isArray(response.hits)).toBe(true);
    expect(typeof response.confident).toBe('boolean');
  });

  it('should still find answers for odd text around real words', () => {
    // Search has no catch-all: a broken engine throws here instead of passing as "no hits".
    for (const query of ['штраф:', 'title:штраф', 'штраф~2', '<b>штраф</b>', `штраф ${'x'.repeat(10_000)}`]) {
      expect(searcher.search(query, { lang: 'ru' }).hits[0]?.answer.title).toMatch(/штраф/i);
    }
  });

  it('should answer thousands of generated inputs without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('ru' as const, 'kz' as const), (q, lang) => {
        const r = searcher.search(q, { lang });
        expect(Array.isArray(r.hits)).toBe(true);
      }),
      { numRuns: sampleBudget(3000) },
    );
  });
});

describe('ranking among answers that look alike', () => {
  const [template] = ingestCaptureDirs(['assets/guide']).questions;
  const question = (id: number, title: string, text: string): GuideQuestion =>
    ({ ...template!, id, ids: [id], lang: 'ru', title, text, html: `<p>${text}</p>`, usefulness: 0.5, pinned: false, url: `${template!.url}-${id}` });

  it('should weigh a title\'s words the index holds by their rarity: a rare extra word puts it further from the question', () => {
    // Both titles say the query's words and more: one rare word ("уведомление"), or two that most titles hold ("номер", "счёт").
    const text = 'Штраф начисляется за просрочку платежа.';
    const guide = loadSearcherFor([
      question(1, 'Штраф за просрочку и уведомление', text),
      question(2, 'Штраф за просрочку по номеру счёта', text),
      ...[3, 4, 5, 6].map((id) => question(id, `Счёт номер ${id}`, 'Счёт приходит в приложении.')),
    ]);
    expect(guide.search('штраф просрочка', { lang: 'ru' }).hits.map((h) => h.answer.id).slice(0, 2)).toEqual([2, 1]);
  });

  it('should put the title that states the asked case in a clause of its own above the one without it', () => {
    // "кредит" is common (five more titles hold it): what tells the two apart weighs little against the
    // grammar of the clause that says it ("А если у меня есть … то … у меня").
    const text = 'Дата оплаты указана в приложении. Если у вас есть кредит, дата оплаты совпадает с датой платежа по кредиту.';
    const guide = loadSearcherFor([
      question(1, 'Какая будет дата оплаты счёта?', text),
      question(2, 'А если у меня есть кредит, то какая у меня будет дата оплаты счёта?', text),
      ...[3, 4, 5, 6, 7].map((id) => question(id, `Кредит номер ${id}`, 'Кредит оформляется в приложении.')),
      ...[8, 9, 10, 11].map((id) => question(id, `Счёт номер ${id}`, 'Счёт приходит в приложении.')),
    ]);
    expect(guide.search('дата оплаты при кредите', { lang: 'ru' }).hits.map((h) => h.answer.id).slice(0, 2)).toEqual([2, 1]);
    expect(guide.search('какая дата оплаты счёта', { lang: 'ru' }).hits[0]?.answer.id).toBe(1);
  });

  it('should put the title that states no situation above its twin that states one the question does not name', () => {
    // The twin's text says the query's words closer together; its title is for askers with a loan.
    const filler = 'Приложение работает круглосуточно, в отделениях и через терминалы по всей стране без выходных.';
    const guide = loadSearcherFor([
      question(1, 'У меня есть кредит. Какая будет дата оплаты счёта?',
        `Дата оплаты счёта совпадает с датой платежа по кредиту. Дата оплаты счёта указана в приложении. Дата оплаты счёта не меняется. ${filler}`),
      question(2, 'Какая будет дата оплаты счёта?', `Она указана в приложении. ${filler} ${filler} Оплату принимают до этого дня, и сумма счёта видна там же.`),
      ...[3, 4, 5, 6].map((id) => question(id, `Кредит номер ${id}`, 'Кредит оформляется в приложении.')),
    ]);
    expect(guide.search('дата оплаты счёта', { lang: 'ru' }).hits.map((h) => h.answer.id).slice(0, 2)).toEqual([2, 1]);
    expect(guide.search('дата оплаты счёта если есть кредит', { lang: 'ru' }).hits[0]?.answer.id).toBe(1);
  });

  it('should count a sum the asker tells for less than the words of the trouble: an answer that holds the same digits trails well behind', () => {
    // Answer 2 holds the told percent and the promotion's words; answer 1 the trouble ("пришёл меньше"). With the percent at full
    // weight the two score nearly alike.
    const guide = loadSearcherFor([
      question(1, 'Бонус по акции пришёл меньше. Что делать?', 'Если бонус по акции пришёл меньше, напишите нам.'),
      question(2, 'Бонус 10 процентов по акции', 'Бонус 10 процентов и 5 процентов по акции.'),
      ...[3, 4, 5, 6].map((id) => question(id, `Счёт номер ${id}`, 'Счёт приходит в приложении.')),
    ]);
    const [first, second] = guide.search('обещали бонус 10 процентов по акции, пришёл меньше', { lang: 'ru' }).hits;
    expect(first?.answer.id).toBe(1);
    expect(second!.score / first!.score).toBeLessThan(0.8);
  });

  it('should put an answer with every known query word above one that repeats some of them', () => {
    // Answer 1 says "штраф" over and over in a short answer; answer 2 says both words once, in a long one (not "просрочка",
    // which also reads as the fine it may bring).
    const guide = loadSearcherFor([
      question(1, 'Штраф штраф', 'Штраф штраф штраф штраф.'),
      question(2, 'Что будет, если не внести платёж по кредиту в срок и как это исправить в приложении',
        `${'Платежи принимаются в приложении, в отделениях и через терминалы по всей стране. '.repeat(4)}На второй день просрочки начисляется штраф.`),
      ...[10, 11, 12].map((id) => question(id, `Вопрос про кредит номер ${id}`, 'Кредит оформляется в приложении. Просрочка бывает.')),
    ]);
    expect(guide.search('штраф терминал', { lang: 'ru' }).hits.map((h) => h.answer.id).slice(0, 2)).toEqual([2, 1]);
  });

  it('should prefer the answer that says the query words close together', () => {
    const filler = 'Платежи принимаются в приложении, в отделениях и через терминалы по всей стране круглосуточно.';
    const guide = loadSearcherFor([
      question(1, 'Платежи и сроки', `Штраф начисляется по правилам. ${filler} ${filler} Просрочка отражается в истории.`),
      question(2, 'Платежи и сроки', `${filler} Штраф за просрочку составляет 2000 тенге. ${filler}`),
    ]);
    expect(guide.search('штраф за просрочку', { lang: 'ru' }).hits.map((h) => h.answer.id)).toEqual([2, 1]);
  });

  it('should put the answer that says what the question word asks for ("сколько": a sum) first, and one that says only the sum last', () => {
    // Far from the other query words: no phrase evidence for it.
    const filler = 'Приложение работает круглосуточно, в отделениях и через терминалы по всей стране без выходных.';
    const guide = loadSearcherFor([
      question(1, 'Платёж по кредиту', `Платёж по кредиту вносится в приложении. ${filler} ${filler} Дата видна в уведомлении.`),
      question(2, 'Платёж по кредиту', `Платёж по кредиту вносится в приложении. ${filler} ${filler} Сумма видна в уведомлении.`),
      question(3, 'Вклад', 'Сумма вклада растёт каждый месяц.'),
    ]);
    // "Сколько платить" asks for the sum to pay: an answer on another sum, without the credit, comes last.
    for (const query of ['сколько платить по кредиту', 'skolko platit po kreditu']) {
      expect(guide.search(query, { lang: 'ru' }).hits.map((h) => h.answer.id)).toEqual([2, 1, 3]);
    }
    expect(guide.search('платить по кредиту', { lang: 'ru' }).hits.map((h) => h.answer.id)).toEqual([1, 2]);
  });

  // The answer on money for a credit paid through an ATM that did not arrive (1) against another answer (2), among deposits.
  const storyFiller = 'Приложение работает круглосуточно, в отделениях и через терминалы по всей стране без выходных.';
  const scatteredText = `Банкомат стоит у входа, деньги в нём. ${storyFiller} Кредит одобряют быстро. Посылки поступили на склад. ${storyFiller} Баллы списались за покупку.`;
  const storyAgainst = (title: string, text: string) => loadSearcherFor([
    question(1, 'Деньги за кредит через банкомат не поступили', 'Если вы внесли деньги за кредит через банкомат, а они не поступили, обратитесь в отделение.'),
    question(2, title, text),
    ...[10, 11, 12].map((id) => question(id, `Вклад номер ${id}`, 'Вклад открывается в приложении.')),
  ]);

  it('should let the answer to a long question miss one of its words, where a text that scatters all of them does not win', () => {
    // Answer 2 holds every query word, three in its title, none of them about the question.
    const guide = storyAgainst('Кредит, банкомат и деньги', scatteredText);
    const query = 'деньги за кредит через банкомат не поступили и списались';
    expect(guide.search(query, { lang: 'ru' }).hits.map((h) => h.answer.id)).toEqual([1, 2]);
    // A short question still needs all its words: the answer without one ranks below the one with them.
    expect(guide.search('кредит списались', { lang: 'ru' }).hits[0]?.answer.id).toBe(2);
  });

  it('should spare one missing word from a question of five words, even against an answer with four of them in its title', () => {
    // Answer 2 holds all five query words, four in its title; charged for a missing word, answer 1 would fall below it.
    const guide = storyAgainst('Банкомат: деньги за кредит поступили', scatteredText);
    expect(guide.search('деньги за кредит через банкомат не поступили и списались', { lang: 'ru' }).hits[0]?.answer.id).toBe(1);
  });

  it('should let the answer to a question of six words or more miss one word in three', () => {
    // Answer 2 lacks one query word ("поступили"), holds the rest, most in its title.
    const guide = storyAgainst('Деньги, кредит и банкомат вечером в субботу', `Банкомат стоит у входа. ${storyFiller} Кредит одобряют быстро. ${storyFiller} Вечером в субботу деньги снимают чаще.`);
    // Six words, two of which only the story holds ("вечером в субботу"): the answer on the other four comes first.
    expect(guide.search('деньги за кредит через банкомат вечером в субботу не поступили', { lang: 'ru' }).hits[0]?.answer.id).toBe(1);
  });

  it('should charge the answer to a long question for missing more than one word in three', () => {
    // Six words, two of which may be missed. Answer 2 says three of them, twice, and lacks the other three;
    // answer 3 holds all six, one in its title and the rest scattered: spared a third missing word, 2 would come first.
    const guide = loadSearcherFor([
      question(2, 'Деньги за кредит через банкомат', 'Деньги за кредит вносят через банкомат: деньги за кредит зачисляются сразу.'),
      question(3, 'Отделения в субботу', `Банкомат стоит у входа. ${storyFiller} ${storyFiller} Кредит одобряют быстро. ${storyFiller} ${storyFiller} Деньги поступили. ${storyFiller} ${storyFiller} Вечером отделения работают. ${storyFiller}`),
      ...[10, 11, 12].map((id) => question(id, `Вклад номер ${id}`, 'Вклад открывается в приложении.')),
    ]);
    expect(guide.search('деньги за кредит через банкомат вечером в субботу не поступили', { lang: 'ru' }).hits.map((h) => h.answer.id)).toEqual([3, 2]);
  });

  it('should match a vocabulary phrase ("переплата": "внёс … больше") only in an answer that says all of it', () => {
    const guide = loadSearcherFor([
      question(1, 'Счёт больше, чем я думал', 'Счёт стал больше из-за новых покупок.'),
      question(2, 'Я внёс больше, чем нужно', 'Если вы внесли больше суммы счёта, остаток вернётся на карту.'),
      question(3, 'Карта', 'Карта работает за границей.'),
    ]);
    expect(guide.search('что делать с переплатой', { lang: 'ru' }).hits.map((h) => h.answer.id)).toEqual([2]);
  });

  it('should put the answer on the sum asked for above one on the action, which the question only names ("сколько платить")', () => {
    const filler = 'Приложение работает круглосуточно, в отделениях и через терминалы по всей стране без выходных.';
    const guide = loadSearcherFor([
      question(1, 'Как платить по кредиту', `Платить по кредиту можно в приложении. ${filler}`),
      question(2, 'Сумма кредита', 'Сумма видна в приложении. Платить можно там же.'),
      question(3, 'Вклад', 'Сумма вклада растёт каждый месяц.'),
      question(4, 'Карта', 'Карта работает за границей.'),
    ]);
    for (const query of ['сколько платить по кредиту', 'skolko platit po kreditu']) {
      expect(guide.search(query, { lang: 'ru' }).hits.map((h) => h.answer.id)).toEqual([2, 1, 3]);
    }
    expect(guide.search('как платить по кредиту', { lang: 'ru' }).hits.map((h) => h.answer.id)).toEqual([1, 2]);
  });

  it('should put an answer about another period ("в прошлом месяце") below one about none, and first for its own', () => {
    const guide = loadSearcherFor([
      question(1, 'Я в прошлом месяце внёс больше за кредит', 'Деньги за кредит, внесённые в прошлом месяце сверх платежа, остаются на счёте.'),
      question(2, 'Как узнать сумму платежа по кредиту', 'Сумма платежа по кредиту на каждый месяц видна в приложении.'),
      question(3, 'Вклад', 'Вклад открывается в приложении.'),
    ]);
    const first = (query: string) => guide.search(query, { lang: 'ru' }).hits[0]?.answer.id;
    expect(first('skolko platit po kreditu v sleduyushchem mesyatse')).toBe(2);
    expect(first('сколько платить по кредиту в этом месяце')).toBe(2);
    expect(first('сколько платить по кредиту в прошлом месяце')).toBe(1);
  });

  it('should put an answer through another channel ("через банкомат") below one that names none', () => {
    const guide = loadSearcherFor([
      question(1, 'Как оплатить кредит через банкомат?', 'Оплатить кредит через банкомат можно картой или наличными, а сумму видно в приложении.'),
      question(2, 'Как оплатить кредит?', 'Оплатить кредит можно в приложении, в банкомате и в отделении.'),
      question(3, 'Вклад', 'Вклад открывается в приложении.'),
    ]);
    const first = (query: string) => guide.search(query, { lang: 'ru' }).hits[0]?.answer.id;
    expect(first('оплатить кредит через приложение')).toBe(2);
    expect(first('оплатить кредит через банкомат')).toBe(1);
  });

  it('should put an answer on what did not happen first for a question said in the negative ("бонус түспеді")', () => {
    const kz = (id: number, title: string, text: string) => ({ ...question(id, title, text), lang: 'kz' as const });
    const guide = loadSearcherFor([
      kz(1, 'Бонус қалай есептеледі және түседі?', 'Бонус сатып алғаннан кейін есептеледі және шотқа түседі.'),
      kz(2, 'Бонус есептелмеді. Не істеу керек?', 'Егер бонус есептелмесе, қолдау қызметіне жазыңыз.'),
      kz(3, 'Депозит', 'Депозит қосымшада ашылады.'),
    ]);
    const first = (query: string) => guide.search(query, { lang: 'kz' }).hits[0]?.answer.id;
    expect(first('бонус есептелмеді')).toBe(2);
    expect(first('bonus tuspedi')).toBe(2);
    expect(first('бонус қалай есептеледі')).toBe(1);
  });
});


describe('ranking priors, limits and what a response says', () => {
  const [template] = ingestCaptureDirs(['assets/guide']).questions;
  const question = (id: number, over: Partial<GuideQuestion> = {}): GuideQuestion => ({
    ...template!, id, ids: [id], lang: 'ru', title: 'Как оплатить счёт через терминал', text: 'Оплатить счёт можно в терминале.',
    html: '<p>Оплатить счёт можно в терминале.</p>', usefulness: 0.5, pinned: false, url: `${template!.url}-${id}`, ...over,
  });
  const ids = (guide: ReturnType<typeof loadSearcherFor>, query: string, options: { lang?: 'ru' | 'kz'; limit?: number } = { lang: 'ru' }) =>
    guide.search(query, options).hits.map((h) => h.answer.id);

  it('should put, among answers that match alike, the more useful first, a pinned one above it, and else the lower id', () => {
    expect(ids(loadSearcherFor([question(1, { usefulness: 0.2 }), question(2, { usefulness: 0.9 })]), 'оплатить счёт')).toEqual([2, 1]);
    expect(ids(loadSearcherFor([question(1), question(2, { pinned: true })]), 'оплатить счёт')).toEqual([2, 1]);
    expect(ids(loadSearcherFor([question(5), question(3)]), 'оплатить счёт')).toEqual([3, 5]);
  });

  it('should put the answer in the UI language first, whichever it is', () => {
    const guide = loadSearcherFor([question(1, { lang: 'ru' }), question(2, { lang: 'kz' })]);
    expect(ids(guide, 'оплатить счёт', { lang: 'kz' })).toEqual([2, 1]);
    expect(ids(guide, 'оплатить счёт', { lang: 'ru' })).toEqual([1, 2]);
  });

  it('should list ten answers unless asked for another number', () => {
    const guide = loadSearcherFor(Array.from({ length: 12 }, (_, i) => question(i + 1)));
    expect(ids(guide, 'оплатить счёт', {})).toHaveLength(10);
    expect(ids(guide, 'оплатить счёт', { limit: 3 })).toEqual([1, 2, 3]);
  });

  it('should say of each listed answer whether it answers the query, not only of the first', () => {
    const guide = loadSearcherFor([
      question(1, { title: 'Штраф за просрочку платежа', text: 'Штраф за просрочку составляет 2000 тенге.', html: '<p>Штраф за просрочку составляет 2000 тенге.</p>' }),
      question(2, { title: 'Штраф', text: 'Штраф бывает.', html: '<p>Штраф бывает.</p>' }),
    ]);
    const hits = guide.search('штраф за просрочку', { lang: 'ru' }).hits;
    expect(hits.map((h) => [h.answer.id, h.matchesQuery])).toEqual([[1, true], [2, false]]);
  });

  it('should read only the first 200 characters of a query', () => {
    const guide = loadSearcherFor([question(1)]);
    expect(ids(guide, `${'ж'.repeat(199)} терминал`)).toEqual([]);
    expect(ids(guide, `${'ж'.repeat(150)} терминал`)).toEqual([1]);
  });

  it('should say that nothing matched, and offer a spelling only when nothing was found', () => {
    const guide = loadSearcherFor([question(1)]);
    expect(guide.search('zzzz', { lang: 'ru' })).toMatchObject({ hits: [], confident: false, declineReason: { kind: 'nothing-matched' } });
    expect(guide.search('терминол', { lang: 'ru' }).suggestion).toBeNull();
    // Two edits in a word of seven letters: too far for a typo match, near enough to suggest.
    expect(guide.search('тырмнал', { lang: 'ru' }).hits).toEqual([]);
    expect(guide.search('тырмнал', { lang: 'ru' }).suggestion).toMatch(/^терминал/);
  });

  it('should refuse an index of another format, or one without its posting lists, with a way to fix it', () => {
    const files = generatedIndexFiles([question(1)]);
    const index = JSON.parse(files[SHIPPED_GUIDE_FILES.index] as string) as SerializedGuideIndex;
    const store = arrayAnswerStore([question(1)]);
    const postings = decodePostings(files[SHIPPED_GUIDE_FILES.postings] as Uint8Array);
    expect(() => loadGuideSearcher({ ...index, format: index.format + 1, postings }, store)).toThrow(/guide index format \d+, expected \d+: rebuild it \(npm run build:index\)/);
    expect(() => loadGuideSearcher(index, store)).toThrow(/rebuild it/);
    expect(loadGuideSearcher({ ...index, postings }, store).search('терминал', { lang: 'ru' }).hits).toHaveLength(1);
  });
});

describe('a short list', () => {
  it('should be the head of a longer one, with the same scores, among hundreds of answers', () => {
    const real = ingestCaptureDirs(['assets/guide']).questions;
    const guide = loadSearcherFor(generateCorpus(real, 600));
    for (const query of ['штраф за просрочку', 'как оплатить счет', 'ка', 'бонус', 'kaspi red', 'оплата через терминал', 'кредит бонус жоқ']) {
      const long = guide.search(query, { lang: 'ru', limit: 40 }).hits;
      for (const limit of [1, 3, 10]) {
        const short = guide.search(query, { lang: 'ru', limit }).hits;
        expect(short.map((h) => [h.answer.id, h.score])).toEqual(long.slice(0, limit).map((h) => [h.answer.id, h.score]));
      }
    }
  });
});
