import { describe, expect, it } from 'vitest';
import { contrastingDetails, detailsOfTypedQuestion, findingOutTheWays, howForWhether, namedDetails, sharedDetails, sumOfTheMost, timeAskedWhen, unaskedDetails } from '../../../lib/search/named-details';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const details = (text: string) => namedDetails(tokenizeWords(text).map((t) => t.word));

describe('namedDetails', () => {
  it('should read the period a Russian or Kazakh text speaks of, in any form of the word', () => {
    expect([...details('Я в прошлом месяце внёс больше').period]).toEqual(['past']);
    expect([...details('сумма следующего ежемесячного счёта').period]).toEqual(['next']);
    expect([...details('сколько платить в этом месяце').period]).toEqual(['current']);
    expect([...details('Осы айда төлемді салдым. Келесі айда төлемеуіме бола ма?').period]).toEqual(['current', 'next']);
    expect([...details('Өткен айдағы бонус').period]).toEqual(['past']);
    // "след" is how "следующем" is said short
    expect([...details('в след месяце').period]).toEqual(['next']);
    // "очередной" (the next in turn) is the next one
    expect([...details('какой будет мой очередной платеж').period]).toEqual(['next']);
    // "через месяц" (in a month's time) is the next month; "месяц" alone names no period
    expect([...details('сколько внести через месяц').period]).toEqual(['next']);
    expect([...details('сколько внести за месяц').period]).toEqual([]);
  });

  it('should read the hour a payment is due by as its own part of the bill, not its date nor how long the asker waited', () => {
    expect([...details('ред крайний срок оплаты по времени').subject]).toEqual(['time']);
    expect([...details('До какого времени надо оплатить счёт Kaspi Red?').subject]).toEqual(['time']);
    expect([...details('Какая будет дата оплаты ежемесячного счёта Kaspi Red?').subject]).toEqual(['date']);
    expect([...details('внес в банкомат, прошло два часа').subject]).toEqual([]);
  });

  it('should read the channel a text names: a machine, the app, a cash desk', () => {
    expect([...details('Как оплатить счет через Kaspi Банкомат?').channel]).toEqual(['atm']);
    expect([...details('оплата в терминале').channel]).toEqual(['terminal']);
    expect([...details('через мобильное приложение').channel]).toEqual(['app']);
    expect([...details('мобильді қосымшасында').channel]).toEqual(['app']);
    expect([...details('через кассу отделения').channel]).toEqual(['desk']);
    // a branch's cashier is its cash desk
    expect([...details('через кассира в филиале').channel]).toEqual(['desk']);
  });

  it('should read what a text asks by its question word: when, why, where, how much, whether one may, how', () => {
    expect([...details('Когда мне нужно оплатить счёт?').question]).toEqual(['when']);
    expect([...details('откуда такая сумма').question]).toEqual(['why']);
    expect([...details('отчего такая сумма').question]).toEqual(['why']);
    // how to find something out is where to find it: "Как узнать" also answers "где"; "Где посмотреть" asks only where
    expect([...details('Как узнать сумму счёта?').question]).toEqual(['how', 'where']);
    expect([...details('Где посмотреть счёт за покупки?').question]).toEqual(['where']);
    expect([...details('Где ближайший банкомат?').question]).toEqual(['where']);
    expect([...details('Когда мне узнать сумму?').question]).toEqual(['when']);
    // whether one can find something out is how to, and where: "Как узнать …?" answers it
    expect([...details('можно ли узнать сумму счёта').question]).toEqual(['may', 'how', 'where']);
    expect([...details('тауар бетінен көруге бола ма').question]).toEqual(['may', 'yes-no', 'how', 'where']);
    expect(howForWhether(details('можно ли узнать сумму счёта'), details('Как узнать сумму счёта?'))).toBe(false);
    expect([...details('Қанша бонус жинай аламын?').question]).toEqual(['amount']);
    expect([...details('бонусты қаншаға дейін жинай аламын').question]).toEqual(['amount']);
    expect([...details('Я могу оплатить счёт через терминал?').question]).toEqual(['may']);
    // a machine that "подходит", "годится" (suits, will do) for paying is one the asker may pay at
    expect([...details('банкомат подходит для оплаты').question]).toEqual(['may']);
    expect([...details('терминал годится чтобы гасить').question]).toEqual(['may']);
    // and so is one that "умеет" (is able to) take it
    expect([...details('банкоматы умеют принимать оплату').question]).toEqual(['may']);
    // Kazakh "бола ма" after a verbal noun or a conditional asks whether one may; after a noun, whether it is there
    expect([...details('келесі айда төлеуге бола ма').question]).toEqual(['may', 'yes-no']);
    expect([...details('келесі айда салмасам бола ма').question]).toEqual(['may', 'yes-no']);
    expect([...details('тауарда айып бола ма').question]).toEqual(['yes-no']);
    expect([...details('кешіксем айып бола ма').question]).toEqual(['yes-no']);
    // "реально ли" (is it feasible), "получится?" (will it work) ask as "можно ли" does
    expect([...details('реально ли оплатить в банкомате').question]).toEqual(['may']);
    expect([...details('через терминал оплатить получится?').question]).toEqual(['may']);
    expect([...details('через банкомат платеж пройдет?').question]).toEqual(['may']);
    expect([...details('банкомат берёт наличку за счёт?').question]).toEqual(['may']);
    expect([...details('сколько берут за просрочку').question]).toEqual(['amount']);
    // "можно" after another question word does not ask whether: that word asks ("где можно", "когда я могу"); "где можно"
    // asks for the ways too (asked-for-table.ts)
    expect([...details('где можно оплатить счёт').question]).toEqual(['where', 'how']);
    expect([...details('когда я могу оплатить счёт').question]).toEqual(['when']);
    // so with an adverb between them ("где ещё можно": where else)
    expect([...details('где ещё можно оплатить счёт').question]).toEqual(['where']);
    expect([...details('когда тоже можно оплатить счёт').question]).toEqual(['when']);
    expect([...details('я могу оплатить где угодно?').question]).toEqual(['where', 'may']);
    // a Kazakh question particle asks yes or no, "бола ма" whether one may too
    expect([...details('келесі айда төлемеуіме бола ма').question]).toEqual(['may', 'yes-no']);
    expect([...details('Маған Kaspi Бонус есептеле ме?').question]).toEqual(['yes-no']);
    expect([...details('бонусты қалай аламын').question]).toEqual(['how']);
    // "разрешено ли", "имею ли я право" (am I allowed) ask whether one may; "или нет" (or not) closing a question too
    expect([...details('разрешается ли вносить платёж авансом').question]).toEqual(['may']);
    expect([...details('имею ли я право погасить счёт').question]).toEqual(['may']);
    expect([...details('ред через терминал оплачивается или нет').question]).toEqual(['may']);
    // so does "или нельзя" (or is it not allowed)
    expect([...details('ред закидывают через банкомат каспи, или нельзя так').question]).toEqual(['may']);
    // a present passive asked with "ли" asks whether it can be done; a future does not ("вернётся ли": will it come back)
    expect([...details('оплачивается ли счёт в банкомате').question]).toEqual(['may']);
    expect([...details('вернется ли лимит').question]).toEqual([]);
    // "через банкомат или только в приложении" (at a machine, or only in the app) asks whether the first is possible
    expect([...details('ред гасится через банкомат или только в приложении').question]).toEqual(['may']);
    expect(details('ред через терминал или нет').channel.size).toBe(1);
    expect([...details('Как оплатить счёт?').question]).toEqual(['how']);
    expect([...details('оплата возможна?').question]).toEqual(['may']);
    // "доступна ли оплата" (is paying available) and "допускается ли" (is it allowed) ask whether one may
    expect([...details('доступна ли оплата в банкомате').question]).toEqual(['may']);
    expect([...details('допускается ли оплата бонусами').question]).toEqual(['may']);
    // a machine that "принимает" (takes) payment, asked of, is one the asker may pay at
    expect([...details('банкомат каспи принимает оплату за ред?').question]).toEqual(['may']);
    // a word that asks for the ways asks how, "можно" after "чем" too (with what can one pay), not whether one may
    expect([...details('какими способами оплатить').question]).toEqual(['how']);
    expect([...details('чем можно оплатить').question]).toEqual(['how']);
    expect([...details('каким образом оплатить').question]).toEqual(['how']);
    expect([...details('какими путями погасить счёт').question]).toEqual(['how']);
    expect([...details('варианты оплаты счёта').question]).toEqual(['how']);
    expect([...details('пікір үшін бонус алу тәртібі').question]).toEqual(['how']);
    expect(details('таким образом оплатить').question.size).toBe(0);
    expect([...details('пікір үшін бонус алу жолы').question]).toEqual(['how']);
    expect([...details('пікір бонусын алудың шарттары қандай').question]).toContain('how');
    // "қай жерден", "в каком разделе" (from which place, in which section) ask where, not which
    expect([...details('бонус санын қай жерден тексеремін').question]).toEqual(['where']);
    expect([...details('в каком разделе посмотреть покупки').question]).toEqual(['where']);
    // a question word read alone keeps its own reading: "қайдан" (where from) asks where, not how
    expect([...details('бонус қайдан түседі').question]).toEqual(['where']);
    expect([...details('пікір үшін бонусты қалай аламын').question]).toEqual(['how']);
    // "как" that joins two clauses asks nothing: "до того как" (before), "так как" (because)
    expect(details('оплатить до того как выставят счёт').question.size).toBe(0);
    expect(details('не оплатил так как забыл').question.size).toBe(0);
    // only "как": another question word after "так" still asks
    expect([...details('так когда платить').question]).toEqual(['when']);
  });

  it('should read a Kazakh question on which ones, also when a particle follows it: which, not yes or no', () => {
    expect([...details('Kaspi Магазинде қандай тауарға пікір жазғаным үшін бонус алатынымды қалай білемін?').question]).toContain('which');
    expect([...details('кейбір тауарларға ғана пікір бонусы бере ме').question]).toEqual(['which']);
    expect([...details('тауардың белгісі бар ма').question]).toEqual(['which']);
    expect([...details('бонус есептеле ме').question]).toEqual(['yes-no']);
  });

  it('should read goods of a kind (in the plural, or after a participle) as asking which ones, and goods said alone as no question', () => {
    expect([...details('пікір жазуға бонус берілетін тауарлар').question]).toContain('which');
    expect([...details('пікірге бонус берілетін тауардың карточкасында не жазылған').question]).toContain('which');
    expect([...details('тауар сатып алдым, бонус қашан түседі').question]).not.toContain('which');
  });

  it('should read "қай кезде", "қанша күнде" (at which time, in how many days) as asking when, not which or how many, in Kazakh', () => {
    expect(details('бонус қай кезде түседі').question).toEqual(new Set(['when']));
    expect(details('бонус қанша күнде түседі').question).toEqual(new Set(['when']));
    expect(details('қай тауарға бонус түседі').question).toEqual(new Set(['which']));
  });

  it('should not read "не могу" (I cannot) as asking whether one may', () => {
    expect([...details('где оплачивается ред, не могу найти').question]).toEqual(['where']);
    expect([...details('могу ли я оплатить ред').question]).toEqual(['may']);
  });

  it('should read a question on what to do about a trouble, in Russian and Kazakh', () => {
    expect([...details('терминал съел деньги что делать').question]).toEqual(['what-to-do']);
    expect([...details('бонус көрінбейді не істеймін').question]).toEqual(['what-to-do']);
    expect(sharedDetails(details('бонус көрінбейді не істейін'), details('Бонусым көрінбей тұр. Не істеу керек?'))).toBe(1);
  });

  it('should read finding out in advance ("узнать сумму наперёд") as finding out the next period\'s, and paying in advance as no period', () => {
    expect([...details('хочу узнать сумму наперед').period]).toEqual(['next']);
    expect([...details('заранее посмотреть дату оплаты').period]).toEqual(['next']);
    expect(details('можно ли оплатить ред наперед').period.size).toBe(0);
    expect(details('как узнать сумму счета').period.size).toBe(0);
  });

  it('should read "последний час", "крайний час" (the last hour) as the time of day a payment is due by; "час" alone as nothing', () => {
    expect([...details('последний час оплаты реда в день платежа').subject]).toEqual(['time']);
    expect([...details('оплата ред в срок, крайний час какой').subject]).toEqual(['time']);
    expect(details('через час после оплаты деньги не пришли').subject.size).toBe(0);
    expect(details('последний день оплаты').subject.size).toBe(0);
  });

  it('should read a shop\'s till ("на кассе в супермаркете", "касса магазина") as the Kaspi Terminal at it, and the bank\'s as its desk', () => {
    expect([...details('на кассе в супермаркете через каспи ред можно погасить').channel]).toEqual(['terminal']);
    // so is the shop's seller, who takes the payment there ("продавец в магазине")
    expect([...details('продавец в магазине может принять оплату моего реда').channel]).toEqual(['terminal']);
    expect([...details('можно ли на кассе магазина внести деньги за ред').channel]).toEqual(['terminal']);
    expect([...details('в кассе банка можно оплатить ред').channel]).toEqual(['desk']);
    expect([...details('касса в отделении принимает оплату ред').channel]).toEqual(['desk']);
    expect([...details('оплатить через кассу').channel]).toEqual(['desk']);
    // a merchant's till, which makes receipts (Kaspi Касса), is no shop's till one pays Red at
    expect([...details('чек через кассу для покупателя магазина').channel]).toEqual(['desk']);
  });

  it('should read paying on the due day itself ("в последний день", "в день платежа") as the hour of it, not a day said otherwise', () => {
    expect([...details('ред нормально оплатить в самый последний день').subject]).toEqual(['time']);
    expect([...details('можно ли заплатить за ред прямо в день платежа').subject]).toEqual(['time']);
    expect([...details('в крайний день оплаты успею').subject]).toEqual(['time']);
    expect([...details('засчитают, если внесу поздно вечером в дату оплаты').subject]).toEqual(['time']);
    // a day said to be off, a day named by what happens on it, or "день" asked which: no hour
    expect(details('празник в день оплаты ред штраф будет').subject.size).toBe(0);
    expect(details('в последний день выпал выходной, штраф будет').subject.size).toBe(0);
    expect(details('в день выставления счета пришло сообщение').subject.size).toBe(0);
    expect(details('в какой день платить ред').subject.size).toBe(0);
    expect(details('назовите дату оплаты ред').subject.has('time')).toBe(false);
    expect(details('в дату оплаты выпал праздник').subject.has('time')).toBe(false);
  });

  it('should read finding out the ways ("где посмотреть варианты оплаты", "узнать способы") as asking how to do it', () => {
    expect([...details('где все варианты оплаты реда посмотреть').aim]).toEqual(['do']);
    expect([...details('как узнать способы оплаты ред').aim]).toEqual(['do']);
    expect([...details('где посмотреть сумму счета').aim]).toEqual(['find-out']);
  });

  it('should read asking to put a trouble right ("исправить можно", "как исправить") as what to do, not whether one may', () => {
    expect([...details('деньги ушли в счет, исправить можно').question]).toEqual(['what-to-do']);
    expect(details('деньги легли на текущий счет, как исправить').question.has('what-to-do')).toBe(true);
    expect(sharedDetails(details('деньги ушли в счет, исправить можно'), details('Я по ошибке закинул деньги. Что делать?'))).toBe(1);
  });

  it('should read asking where to turn ("куда обращаться", "к кому обратиться") as what to do', () => {
    expect([...details('деньги не пришли на ред, куда обратиться').question]).toEqual(['what-to-do']);
    expect([...details('ред закрыт, но остаток на нём мой, куда обращаться').question]).toEqual(['what-to-do']);
    expect([...details('акцияның бонусы толық берілмеді, қайда хабарласамын').question]).toContain('what-to-do');
    expect(sharedDetails(details('терминал не зачислил, к кому обратиться'), details('Сумма не поступила. Что делать?'))).toBe(1);
  });

  it('should read a sum said right after the most ("ең үлкен бонус сомасы", "максималды сомасы") as the amount asked', () => {
    const sum = (text: string) => [...sumOfTheMost(tokenizeWords(text).map((t) => t.word))];
    expect(sum('ең үлкен бонус сомасы қандай')).toEqual(['сомасы']);
    expect(sum('бонустың максималды сомасы қандай')).toEqual(['сомасы']);
    expect(sum('бонустың жиналатын шекті сомасы')).toEqual(['сомасы']);
    expect(sum('максимальная сумма бонусов')).toEqual(['сумма']);
    // a sum with no "most" before it is the topic
    expect(sum('бонус сомасы қанша')).toEqual([]);
    expect(sum('сумма счёта ред больше максимальной')).toEqual([]);
  });

  it('should read the time in a question on when ("қанша уақытта", "қай күні") as part of the question', () => {
    const time = (text: string) => [...timeAskedWhen(tokenizeWords(text).map((t) => t.word))];
    expect(time('пікірге бонус қанша уақытта келеді')).toEqual(['уакытта']);
    expect(time('бонусы қай күні келеді')).toEqual(['куни']);
    // a time with no question word before it is the topic
    expect(time('төлем күні қашан')).toEqual([]);
    // nor are the days of a length asked ("қанша күн": how many days)
    expect(time('жеткізу қанша күн')).toEqual([]);
  });

  it('should read nothing from words that only begin like one ("этап", "следы") or from none', () => {
    for (const text of ['этап оплаты', 'следы', 'Как оплатить счёт?']) {
      expect(details(text).period.size, text).toBe(0);
      expect(details(text).channel.size, text).toBe(0);
    }
  });
});

describe('contrastingDetails', () => {
  it('should count a detail only when both name it and share no value', () => {
    expect(contrastingDetails(details('в этом месяце'), details('в прошлом месяце'))).toBe(1);
    expect(contrastingDetails(details('в этом месяце через приложение'), details('в прошлом месяце через банкомат'))).toBe(2);
    expect(contrastingDetails(details('в этом месяце'), details('сумма счёта'))).toBe(0);
    expect(contrastingDetails(details('сумма счёта'), details('в прошлом месяце'))).toBe(0);
    expect(contrastingDetails(details('осы айда және келесі айда'), details('келесі айда'))).toBe(0);
    expect(contrastingDetails(details('через банкомат или терминал'), details('через терминал'))).toBe(0);
    // what the bill is paid with: cash is no bonuses, bonuses or cash asked shares one
    expect(contrastingDetails(details('ред можно гасить в банкомате наличными'), details('Можно оплатить счёт Kaspi Red Kaspi Бонусами?'))).toBe(1);
    expect(contrastingDetails(details('оплатить ред бонусами или наличкой'), details('Можно оплатить счёт Kaspi Red Kaspi Бонусами?'))).toBe(0);
    expect(contrastingDetails(details('ред можно гасить в банкомате наличными'), details('Я могу оплатить счёт Kaspi Red через Kaspi Банкомат?'))).toBe(0);
    // Another question word contradicts nothing: "когда платить" is answered by "Какая будет дата оплаты?" too.
    expect(contrastingDetails(details('когда платить'), details('Какая будет дата оплаты?'))).toBe(0);
    expect(contrastingDetails(details('где оплатить'), details('Как оплатить счёт?'))).toBe(0);
    // but "where" is never "when": "где оплатить" is no "Когда мне нужно оплатить?", unless both are asked
    expect(contrastingDetails(details('где оплатить'), details('Когда мне нужно оплатить счёт?'))).toBe(1);
    expect(contrastingDetails(details('когда платить'), details('Где посмотреть счёт?'))).toBe(1);
    expect(contrastingDetails(details('когда и где оплатить'), details('Когда мне нужно оплатить счёт?'))).toBe(0);
  });

  it('should count a title that asks how to find out for a question on how to do something, and the other way round', () => {
    expect(details('как узнать сумму').aim).toEqual(new Set(['find-out']));
    expect(details('қалай аламын').aim).toEqual(new Set(['do']));
    expect(details('сумма счёта').aim).toEqual(new Set());
    // "көре аламын ба" (can I see it), "қайдан қараймын" (where do I look) find something out
    expect(details('бонусын көре аламын ба').aim).toEqual(new Set(['find-out']));
    expect(details('қайдан қараймын').aim).toEqual(new Set(['find-out']));
    // "әрі қарай" (further on) looks at nothing
    expect(details('шегіне жетсем әрі қарай жиналмай ма').aim).toEqual(new Set());
    expect(contrastingDetails(details('пікір үшін бонусты қалай аламын'), details('Қандай тауарға пікір жазғаным үшін бонус алатынымды қалай білемін?'))).toBe(1);
    expect(contrastingDetails(details('как узнать сумму'), details('Как оплатить?'))).toBe(1);
    expect(contrastingDetails(details('как узнать сумму'), details('Как узнать сумму счёта?'))).toBe(0);
    expect(contrastingDetails(details('бонус берілетін тауарды қалай табамын'), details('Бонус алатынымды қалай білемін?'))).toBe(0);
    // a question that asks no "how" is after neither
    expect(contrastingDetails(details('бонус за отзыв'), details('Как узнать, за какой отзыв дадут бонус?'))).toBe(0);
  });

  it('should count a title that names another part of the bill (the sum, the date) than the question', () => {
    expect(contrastingDetails(details('как узнать дату оплаты'), details('Как узнать сумму счёта?'))).toBe(1);
    expect(contrastingDetails(details('какого числа платить'), details('Какой размер штрафа?'))).toBe(1);
    expect(contrastingDetails(details('сумма и дата оплаты'), details('Как узнать сумму счёта?'))).toBe(0);
    // a question word names no part of the bill: "когда платить" is also answered by a title with a sum in it
    expect(contrastingDetails(details('когда платить'), details('Как узнать сумму счёта?'))).toBe(0);
  });
});

describe('sharedDetails', () => {
  it('should count a detail only when both name it and share a value', () => {
    expect(sharedDetails(details('оплата в терминале'), details('оплатить через Kaspi Терминал'))).toBe(1);
    expect(sharedDetails(details('в следующем месяце через приложение'), details('следующего счёта в приложении'))).toBe(2);
    expect(sharedDetails(details('через банкомат или терминал'), details('через терминал'))).toBe(1);
    expect(sharedDetails(details('оплата в терминале'), details('оплатить через банкомат'))).toBe(0);
    expect(sharedDetails(details('оплата в терминале'), details('Как оплатить счёт?'))).toBe(0);
    expect(sharedDetails(details('Как оплатить счёт?'), details('через терминал'))).toBe(0);
    expect(sharedDetails(details('можно ли платить в терминале'), details('Я могу оплатить через терминал?'))).toBe(2);
    // The part of the bill only contradicts: "до даты платежа" (ahead of the date) is not asking for the date.
    expect(sharedDetails(details('внести до даты платежа'), details('Какая будет дата оплаты?'))).toBe(0);
    // the ways or steps of doing something ask how
    expect(sharedDetails(details('какими способами оплатить'), details('Как оплатить счёт?'))).toBe(1);
    expect(sharedDetails(details('пошаговая оплата'), details('Как оплатить счёт?'))).toBe(1);
    expect(sharedDetails(details('способ оплаты'), details('Когда оплатить счёт?'))).toBe(0);
    // a yes-or-no question is answered by a yes-or-no title
    expect(sharedDetails(details('тапсырыс берсем бонус жазыла ма'), details('Маған Kaspi Бонус есептеле ме?'))).toBe(1);
    expect(sharedDetails(details('тапсырыс берсем бонус жазыла ма'), details('Бонусты қалай алады?'))).toBe(0);
  });

  it('should read how to find something out as where to find it, and not the other way round', () => {
    // the question word read as "where", and the aim of finding something out
    expect(sharedDetails(details('как посмотреть покупки'), details('Где посмотреть счёт за покупки?'))).toBe(2);
    expect(sharedDetails(details('бонус туралы хабарлама қайда'), details('Маған қанша бонус берілгенін қалай білемін?'))).toBe(1);
    // To do something, "how" is not "where": "где оплатить" asks for a place, "Как оплатить" gives the steps.
    expect(sharedDetails(details('где оплатить счёт'), details('Как оплатить счёт?'))).toBe(0);
    // Where to find something is not how to do something else: "где найти счёт" is no "Как оплатить счёт".
    expect(sharedDetails(details('где найти счёт'), details('Как оплатить счёт?'))).toBe(0);
    expect(sharedDetails(details('где найти счёт'), details('Как узнать сумму счёта?'))).toBe(2);
    // finding out, shared, is told apart from a title that asks whether ("… есептеле ме?") by more than the particle
    expect(sharedDetails(details('сатып алудан қанша бонус келгенін көру'), details('Маған қанша бонус берілгенін қалай білемін?'))).toBe(2);
    expect(sharedDetails(details('сатып алудан қанша бонус келгенін көру'), details('Маған Kaspi Бонус есептеле ме?'))).toBe(0);
    // not finding it is a trouble told ("көре алмаймын": I cannot see it, "не могу найти"), which a title on how to find out does not answer
    expect(sharedDetails(details('бонустарымды көре алмаймын'), details('Маған қанша бонус берілгенін қалай білемін?'))).toBe(0);
    expect(sharedDetails(details('не могу найти покупки'), details('Как узнать сумму счёта?'))).toBe(0);
    expect(contrastingDetails(details('не могу найти покупки'), details('Как узнать сумму счёта?'))).toBe(0);
  });
});

describe('detailsOfTypedQuestion', () => {
  const typed = (text: string) => detailsOfTypedQuestion(tokenizeWords(text).map((t) => t.word));

  it('should read a typed question with no question word that says something is done or there as asking whether', () => {
    expect([...typed('ред через банкомат оплачивается').question]).toEqual(['may']);
    expect([...typed('в меню банкомата есть оплата ред').question]).toEqual(['may']);
    expect([...typed('банкомат каспи принимает оплату за ред?').question]).toEqual(['may']);
    expect([...typed('ред через банкоматы каспи гасится?').question]).toEqual(['may']);
    // "у вас … есть" asks the one addressed whether there is ("do you have"), not what the asker has
    expect([...typed('у вас в банкоматах есть оплата реда?').question]).toEqual(['may']);
  });

  it('should read asking what to do as asking to do it, not to find something out; a title ending "Что делать?" keeps no aim', () => {
    expect([...typed('бонусты алу үшін не істеу керек').aim]).toEqual(['do']);
    expect([...typed('как узнать бонус, что делать').aim]).toEqual(['find-out']);
    expect(details('Бонусым көрінбей тұр. Не істеу керек?').aim.size).toBe(0);
  });

  it('should read asking where to get something from ("қайдан аламын") as asking how to get it; where to see it stays finding out', () => {
    const getsFrom = typed('пікір қалдырдым бонусты қайдан аламын');
    expect([...getsFrom.aim]).toEqual(['do']);
    expect(getsFrom.question.has('how')).toBe(true);
    expect([...typed('бонусты алуға қайдан болады').aim]).toEqual(['do']);
    expect([...typed('бонусымды қайдан көремін').aim]).toEqual(['find-out']);
    expect(typed('бонусымды қайдан көремін').question.has('how')).toBe(false);
    // "қайдан" (where from) with no getting said near it, and getting with no "қайдан"
    expect(typed('бонус қайдан келді, тауар алдым').aim.size).toBe(0);
    expect(typed('бонус аламын ба').aim.size).toBe(0);
  });

  it('should not when a question word asks something else, nor of a trouble, a future, a noun or what the asker has', () => {
    expect([...typed('когда оплачивается ред').question]).toEqual(['when']);
    expect(typed('бонус не начисляется').question.size).toBe(0);
    expect(typed('лимит увеличится после оплаты').question.size).toBe(0);
    expect(typed('ред погасится после оплаты').question.size).toBe(0);
    // nor when it asks which ("через какой пункт меню": which menu item)
    expect(typed('в банкомате каспи через какой пункт меню платится ред').question.has('may')).toBe(false);
    expect(typed('кредит банкомат ред').question.size).toBe(0);
    expect(typed('у меня есть кредит, дата оплаты ред').question.size).toBe(0);
    expect(typed('у вас спрашиваю: у меня есть кредит, дата оплаты ред').question.size).toBe(0);
    // a trouble told with "нет", a clause about someone else
    expect(typed('в банкомате внес за ред, чек есть а оплаты нет').question.size).toBe(0);
    expect(typed('оплата ред для тех, кто проживает за рубежом').question.size).toBe(0);
  });

  it('should leave a title as it says itself: the guide asks in words', () => {
    expect(details('ред через банкомат оплачивается').question.size).toBe(0);
  });
});

describe('howForWhether', () => {
  it('should hold for a title that asks how when the question asks only whether one can', () => {
    expect(howForWhether(details('можно ли оплатить в банкомате'), details('Как оплатить через банкомат?'))).toBe(true);
    expect(howForWhether(details('оплата в банкомате возможна'), details('Как оплатить через банкомат?'))).toBe(true);
    expect(howForWhether(details('ред через банкомат оплачивается или нет'), details('Как оплатить через банкомат?'))).toBe(true);
    // "бола ма" asks whether one may, with its particle
    expect(howForWhether(details('пікір жазуға бола ма'), details('Бонусты қалай алады?'))).toBe(true);
    // a particle alone asks yes or no, not whether one may: "бонус түсе ме" after a review is answered by how to get it
    expect(howForWhether(details('пікір жазсам бонус түсе ме'), details('Бонусты қалай алады?'))).toBe(false);
    // the title asks whether too, or not how; the question asks something else as well, or nothing
    expect(howForWhether(details('можно ли оплатить в банкомате'), details('Я могу оплатить через банкомат?'))).toBe(false);
    expect(howForWhether(details('можно ли оплатить в банкомате'), details('Можно ли и как оплатить через банкомат?'))).toBe(false);
    expect(howForWhether(details('можно ли оплатить в банкомате'), details('Когда оплатить счёт?'))).toBe(false);
    expect(howForWhether(details('когда можно оплатить'), details('Как оплатить через банкомат?'))).toBe(false);
    expect(howForWhether(details('чем можно оплатить'), details('Как оплатить?'))).toBe(false);
    expect(howForWhether(details('оплата в банкомате'), details('Как оплатить через банкомат?'))).toBe(false);
  });
});

describe('unaskedDetails', () => {
  it('should count a place to pay the title names when the question names no channel', () => {
    expect(unaskedDetails(details('как оплатить счёт'), details('Как оплатить счёт через Kaspi Банкомат?'))).toBe(1);
    expect(unaskedDetails(details('как оплатить счёт'), details('Можно оплатить счёт через кассу отделения?'))).toBe(1);
    // the question names a channel: shared or contrasting, never unasked
    expect(unaskedDetails(details('оплата через терминал'), details('Как оплатить счёт через Kaspi Банкомат?'))).toBe(0);
    expect(unaskedDetails(details('оплата в приложении'), details('Как оплатить счёт через Kaspi Банкомат?'))).toBe(0);
    // the app, where nearly everything is done, narrows nothing; nor does a title that names no channel
    expect(unaskedDetails(details('сколько бонусов можно накопить'), details('Сколько бонусов можно накопить в приложении?'))).toBe(0);
    expect(unaskedDetails(details('как оплатить счёт'), details('Как оплатить счёт?'))).toBe(0);
  });

  it('should count the part of the bill a title asks about when the question asks how to do something and names none', () => {
    expect(unaskedDetails(details('какие есть способы внести платёж'), details('Какая будет дата оплаты счёта?'))).toBe(1);
    expect(unaskedDetails(details('как оплатить счёт'), details('До какого времени надо оплатить счёт?'))).toBe(1);
    // not when the question names a part itself, nor when it asks to find something out
    expect(unaskedDetails(details('как оплатить до какой даты'), details('Какая будет дата оплаты счёта?'))).toBe(0);
    expect(unaskedDetails(details('как узнать, когда платить'), details('Какая будет дата оплаты счёта?'))).toBe(0);
    // nor a title that names the part with a question word of its own, or in a trouble it tells ("сумма не поступила. Что делать?")
    expect(unaskedDetails(details('как вернуть'), details('Я оплатил, но сумма не поступила. Что делать?'))).toBe(0);
    expect(unaskedDetails(details('как оплатить'), details('Как узнать сумму счёта?'))).toBe(0);
  });
});

describe('findingOutTheWays', () => {
  const found = (text: string) => [...findingOutTheWays(tokenizeWords(text).map((t) => t.word))];

  it('should give the verbs of finding out when the ways are what is found out', () => {
    expect(found('где все варианты оплаты реда посмотреть')).toEqual(['посмотреть']);
    expect(found('как узнать способы оплаты ред')).toEqual(['узнать']);
  });

  it('should give nothing when something else is found out', () => {
    expect(found('где посмотреть сумму счета')).toEqual([]);
    expect(found('способы оплаты ред')).toEqual([]);
  });
});
