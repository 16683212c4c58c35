import { describe, expect, it } from 'vitest';
import { asksLeaveNotToPay, closingWithMeans, goodsBehindPromotionBonus, goodsBoughtAtAShop, mistakeSaidWithOverpaying, moneyBackAfterOverpaying, moneyReplaced, paidOtherwiseThanMeant, payingForWhich, payingAtAShop, placeANameWasSeen, purchaseBeforePaying, purchaseBehindBonus, purchaseBehindReview, storyBeforeTrouble, storyReadings, whatALoanIsFor } from '../../../lib/search/story-clause';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const story = (...words: string[]) => [...storyBeforeTrouble(words)];

describe('storyBeforeTrouble', () => {
  it('should give the words told before "but" when what follows says something did not happen', () => {
    expect(story('кеше', 'тауар', 'алдым', 'бирак', 'бонус', 'тускен', 'жок')).toEqual(['кеше', 'тауар', 'алдым']);
    expect(story('внес', 'в', 'терминал', 'но', 'деньги', 'не', 'пришли')).toEqual(['внес', 'в', 'терминал']);
    expect(story('сатып', 'алганнан', 'кейин', 'бонус', 'коринбейди')).toEqual(['сатып', 'алганнан']);
    expect(story('толегеннен', 'кейин', 'лимит', 'калпына', 'келе', 'ме')).toEqual([]);
  });

  it('should keep a word said after "but" too: it is not the story\'s alone', () => {
    expect(story('бонус', 'жинадым', 'бирак', 'бонус', 'коринбейди')).toEqual(['жинадым']);
  });

  it('should give nothing with no "but", before a "but" that opens the question, or when the trouble is told first', () => {
    expect(story('деньги', 'не', 'пришли')).toEqual([]);
    expect(story('но', 'деньги', 'не', 'пришли')).toEqual([]);
    expect(story('внес', 'в', 'терминал', 'а', 'деньги', 'не', 'пришли')).toEqual([]);
    expect(story('бонус', 'шотым', 'бос', 'бирак', 'сатып', 'алу', 'жасаганмын')).toEqual([]);
  });
});

describe('paidOtherwiseThanMeant', () => {
  const paidOtherwise = (text: string) => paidOtherwiseThanMeant(tokenizeWords(text).map((t) => t.word));

  it('should read a payment meant one way whose money went another as a mistake', () => {
    expect(paidOtherwise('хотела погасить всё раньше срока, а деньги легли в обычный платёж')).toBe(true);
    expect(paidOtherwise('собирался закрыть долг целиком, но оплатил только счёт')).toBe(true);
  });

  it('should read a whole or early repayment told, of which only a part was taken, as meant otherwise', () => {
    expect(paidOtherwise('погасила ред целиком досрочно, а закрылся только платёж за месяц')).toBe(true);
    expect(paidOtherwise('оплатила всю сумму, но списали только счет')).toBe(true);
    // not without "only", nor a part taken of a payment with no whole said
    expect(paidOtherwise('погасила весь ред, а деньги остались')).toBe(false);
    expect(paidOtherwise('оплатила ред, а списали только часть')).toBe(false);
  });

  it('should read what the money was put in for ("чтобы закрыть раньше") as what was meant', () => {
    expect(paidOtherwise('внес больше, чтобы закрыть ред раньше, но это засчиталось как платёж месяца')).toBe(true);
    expect(paidOtherwise('положил деньги, чтобы оплатить ред, но они не пришли')).toBe(false);
    expect(paidOtherwise('сколько заплатить за ред до конца, чтобы всё закрыть')).toBe(false);
    // so is what it was put in "для" (for)
    expect(paidOtherwise('внес на ред для досрочного погашения, а ушло в счет месяца, верните')).toBe(true);
    expect(paidOtherwise('деньги для оплаты ред внес, а они не пришли')).toBe(false);
  });

  it('should not read what did not happen, or a wish with no payment, or no "but", as one', () => {
    expect(paidOtherwise('хотел оплатить в терминале, а деньги не пришли')).toBe(false);
    expect(paidOtherwise('хотел узнать сумму, а приложение висит')).toBe(false);
    expect(paidOtherwise('хотел погасить всё досрочно')).toBe(false);
    expect(paidOtherwise('')).toBe(false);
  });
});

describe('mistakeSaidWithOverpaying', () => {
  const aside = (text: string) => [...mistakeSaidWithOverpaying(tokenizeWords(text).map((t) => t.word))];

  it('should give the words of a mistake when the asker says they paid too much', () => {
    expect(aside('нечаянно заплатил в два раза больше')).toEqual(['нечаянно']);
    expect(aside('ошибся и перевел больше чем было в счете')).toEqual(['ошибся']);
  });

  it('should give nothing for a mistake with no sum paid over, or a sum paid over with no mistake', () => {
    expect(aside('случайно внес деньги на счет а не на погашение')).toEqual([]);
    expect(aside('переплатил по ред куда делись деньги')).toEqual([]);
    expect(aside('')).toEqual([]);
  });
});

describe('moneyBackAfterOverpaying', () => {
  const aside = (text: string) => [...moneyBackAfterOverpaying(tokenizeWords(text).map((t) => t.word))];

  it('should set aside asking for money back when the asker paid too much', () => {
    expect(aside('переплатил по ред, вернут ли мне излишек')).toEqual(['вернут']);
    expect(aside('внесла больше чем надо, деньги вернутся?')).toEqual(['вернутся']);
  });

  it('should not when closing is said (the money on a closed Red), nor without paying too much', () => {
    expect(aside('закрываю ред, переплату вернут?')).toEqual([]);
    expect(aside('как вернуть деньги с ред')).toEqual([]);
  });
});

describe('payingAtAShop', () => {
  const paying = (text: string) => [...payingAtAShop(tokenizeWords(text).map((t) => t.word))];

  it('should read paying at a shop named as buying there, in either language', () => {
    expect(paying('вайлдберриске голдпен төлегенімде бонус жазылады ма')).toEqual(['толегенимде']);
    expect(paying('онлайн магазинде голдпен төлесем бонус бар ма')).toEqual(['толесем']);
    expect(paying('оплатил на озоне голдом, бонус будет?')).toEqual(['оплатил']);
  });

  it('should not when no shop is named (paying a loan or a bill is paying), nor when no bonus is asked about', () => {
    expect(paying('кредит төлегенде бонус беріле ме')).toEqual([]);
    expect(paying('оплатил ред бонусами')).toEqual([]);
    expect(paying('оплатить интернет')).toEqual([]);
    expect(paying('почему не проходит оплата картой в магазине')).toEqual([]);
  });
});

describe('closingWithMeans', () => {
  const closing = (text: string) => [...closingWithMeans(tokenizeWords(text).map((t) => t.word))];

  it('should read closing with bonuses, a card or cash as paying with them', () => {
    expect(closing('ред бонусами закрыть можно?')).toEqual(['закрыть']);
    expect(closing('закрою ред картой другого банка')).toEqual(['закрою']);
  });

  it('should not when no means is said, nor of the money the asker asks about ("с моими деньгами")', () => {
    expect(closing('как закрыть ред')).toEqual([]);
    expect(closing('хочу закрыть ред что будет с моими деньгами на нем')).toEqual([]);
  });
});

describe('purchaseBehindReview', () => {
  const aside = (text: string) => [...purchaseBehindReview(tokenizeWords(text).map((t) => t.word))];

  it('should give the buying of the goods a review or a rating is written of', () => {
    expect(aside('сатып алған тауарыма пікір жазу үшін не істеу керек')).toEqual(['сатып', 'алган']);
    expect(aside('кез келген сатып алынған тауарға пікір жазуға бола ма')).toEqual(['сатып', 'алынган']);
    expect(aside('купила телефон, как оставить отзыв')).toEqual(['купила']);
    expect(aside('сатып алған тауарыма баға беріп бонус алғым келеді')).toEqual(['сатып', 'алган']);
  });

  it('should give nothing with no review said, or a price ("бағасы") said', () => {
    expect(aside('магазиннен тауар сатып алдым бонус бар ма')).toEqual([]);
    expect(aside('сатып алған тауардың бағасы қанша')).toEqual([]);
  });
});

describe('purchaseBehindBonus', () => {
  const aside = (text: string) => [...purchaseBehindBonus(tokenizeWords(text).map((t) => t.word))];

  it('should give the purchase a bonus came from when the asker wants to find out the bonus', () => {
    expect(aside('әр сатып алудан қанша бонус келгенін тексерудің жолы')).toEqual(['сатып', 'алудан']);
    expect(aside('сатып алғанда қанша бонус түскенін көру')).toEqual(['сатып', 'алганда']);
    expect(aside('как узнать сколько бонусов пришло за покупку')).toEqual(['покупку']);
    // finding out said by a word of the vocabulary ("бонус тарихы": the bonus history, where one looks)
    expect(aside('бонус тарихы қай бөлімде, әр сатып алудан келгені')).toEqual(['сатып', 'алудан']);
    // a wish to find out ("көргім келеді": I want to see)
    expect(aside('әр сатып алуға қанша бонус түскенін көргім келеді')).toEqual(['сатып', 'алуга']);
  });

  it('should give nothing when the shop is named, nothing is found out, or no bonus is asked about', () => {
    expect(aside('kaspi магазиннен алған тауарыма қанша бонус түскенін қалай білемін')).toEqual([]);
    expect(aside('интернет дүкенде сатып алсам бонус бере ме, қалай білемін')).toEqual([]);
    expect(aside('сатып алсам бонус бере ме')).toEqual([]);
    expect(aside('как узнать сумму покупок по ред')).toEqual([]);
  });
});

describe('placeANameWasSeen', () => {
  const aside = (text: string) => [...placeANameWasSeen(tokenizeWords(text).map((t) => t.word))];

  it('should give where a name asked about was seen: the place, the verb of being shown, the kind of body asked', () => {
    expect(aside('чекте фдо тұр, бұл қандай компания')).toEqual(['чекте', 'тур', 'компания']);
    expect(aside('қосымшада фдо деген сөз шықты, бұл қандай ұйым')).toEqual(['косымшада', 'шыкты', 'уйым']);
    expect(aside('в чеке написано фдо что это')).toEqual(['чеке', 'написано']);
    // or asking what it does ("немен айналысады")
    expect(aside('чекте фдо тұр, ол немен айналысады')).toEqual(['чекте', 'тур']);
    expect(aside('чекте фдо тұр, ол немен')).toEqual([]);
  });

  it('should give whose place it was with the place ("аударма тарихында": in the transfers\' history)', () => {
    expect(aside('аударма тарихында фдо сөзі тұр, мағынасы қандай')).toEqual(['аударма', 'тарихында', 'тур', 'магынасы']);
    // not the word before a place said without the possessive ("фдо чекте": the name itself)
    expect(aside('фдо чекте тұр, бұл не')).toEqual(['чекте', 'тур']);
  });

  it('should read asking who a name is ("деген ұйым кім", "кто такие") as asking what it is', () => {
    expect(aside('чекте жазылған фдо деген ұйым кім')).toEqual(['чекте', 'жазылган', 'уйым']);
    expect(aside('чекте фдо деген кім жазылып тұр')).toEqual(['чекте', 'жазылып', 'тур']);
    expect(aside('в чеке написано фдо, кто такие')).toEqual(['чеке', 'написано']);
    // "кім" alone, not said of the name asked about, asks nothing of it
    expect(aside('чекте фдо жазылған, кім төлейді')).toEqual([]);
  });

  it('should read asking to have it explained ("түсіндіріңізші", "объясните") as asking what the name is', () => {
    expect(aside('төлем чегінде фдо деп көрсетілген, түсіндіріңізші')).toEqual(['толем', 'чегинде', 'корсетилген', 'тусиндиринизши']);
    expect(aside('в чеке написано фдо, объясните')).toEqual(['чеке', 'написано', 'объясните']);
    expect(aside('в чеке написано фдо, поясните')).toEqual(['чеке', 'написано', 'поясните']);
    // asking to have something else explained, with no name seen, is no such question
    expect(aside('объясните, как оплатить ред')).toEqual([]);
  });

  it('should read asking what a name means ("не білдіреді", "мағынасы") or how it is read out ("расшифровывается") as asking what it is', () => {
    expect(aside('чектегі фдо не білдіреді')).toEqual(['чектеги']);
    expect(aside('чекте фдо деп тұр, мағынасы қандай')).toEqual(['чекте', 'тур', 'магынасы']);
    expect(aside('в чеке написано фдо, как расшифровывается')).toEqual(['чеке', 'написано', 'расшифровывается']);
    // what a thing means, with no name seen, is no such question
    expect(aside('штраф не білдіреді ме')).toEqual([]);
    // what a name is called or means at a place named: the place
    expect(aside('каспи банкте фдо деп не аталады')).toEqual(['банкте']);
    expect(aside('фдо kaspi гидте нені білдіреді')).toEqual(['гидте']);
  });

  it('should read "кім" ending a question of its own ("ФДО кім, неге чегімде тұр") as asking who the name is, and its name there ("оның аты") as shown', () => {
    expect(aside('фдо кім, неге чегімде тұр')).toEqual(['чегимде', 'тур']);
    expect(aside('фдо кім, неге чекте оның аты')).toEqual(['чекте', 'аты']);
    expect(aside('чекте фдо тұр, ол кім')).toEqual(['чекте', 'тур']);
    // "кім" before a verb asks who does it
    expect(aside('чекте фдо жазылған, кім төлейді')).toEqual([]);
  });

  it('should read asking what "it" is ("ол не", "ол кім"), and an inscription ("деген жазу"), as asking what the name is and where it was shown', () => {
    expect(aside('чекте фдо деп тұр, ол не')).toEqual(['чекте', 'тур']);
    expect(aside('фдо деген жазу чекте, бұл кім')).toEqual(['жазу', 'чекте']);
    expect(aside('на чеке надпись фдо, что это')).toEqual(['чеке', 'надпись']);
  });

  it('should read a place made an adjective ("чектегі": the one on the receipt) as where it was shown, and the purchase the receipt was for', () => {
    expect(aside('чектегі фдо қандай мекеме')).toEqual(['чектеги', 'мекеме']);
    expect(aside('қосымшадағы фдо деген не')).toEqual(['косымшадагы']);
    expect(aside('сатып алу чегінде көрсетілген фдо қандай ұйым')).toEqual(['сатып', 'алу', 'чегинде', 'корсетилген', 'уйым']);
    // a purchase said where no name is asked about is the question's own
    expect(aside('сатып алу чегінде бонус жоқ')).toEqual([]);
  });

  it('should give nothing when no name is asked about, or nothing says where it was seen', () => {
    expect(aside('в чеке написано фдо, как его получить')).toEqual([]);
    expect(aside('фдо что это')).toEqual([]);
    expect(aside('қосымшада бонус көрінбей тұр')).toEqual([]);
  });
});

describe('whatALoanIsFor', () => {
  const bought = (text: string) => [...whatALoanIsFor(tokenizeWords(text).map((t) => t.word))];

  it('should give what a loan was taken for, after "кредит на" or before "в кредит"', () => {
    expect(bought('оформил ред, а у меня еще кредит на телефон, платить в один день')).toEqual(['телефон']);
    expect(bought('взяла телефон в кредит в каспи, число оплаты ред какое')).toEqual(['телефон']);
  });

  it('should give what an instalment plan the asker has beside a product was taken for, not one asked about', () => {
    expect(bought('у меня есть рассрочка на холодильник и ред, когда платить')).toEqual(['холодильник']);
    expect(bought('рассрочка на холодильник')).toEqual([]);
    expect(bought('есть ли рассрочка на холодильник по ред')).toEqual([]);
  });

  it('should give nothing for a loan named alone, or for one the question asks how to get', () => {
    expect(bought('у меня есть кредит, какая дата оплаты ред')).toEqual([]);
    expect(bought('как получить кредит на автомобиль в каспи')).toEqual([]);
    expect(bought('хочу машину в кредит через каспи, какие условия')).toEqual([]);
  });
});

describe('purchaseBeforePaying', () => {
  const bought = (text: string) => [...purchaseBeforePaying(tokenizeWords(text).map((t) => t.word))];

  it('should give a purchase told as done before paying is asked of, with what was bought', () => {
    expect(bought('первый раз купил в ред, как теперь его оплачивают')).toEqual(['купил']);
    expect(bought('взяла холодильник в ред, когда платить')).toEqual(['взяла', 'холодильник']);
  });

  it('should give nothing when no paying follows, or the purchases are what is asked', () => {
    expect(bought('купил в ред, товар не пришёл')).toEqual([]);
    expect(bought('после оплаты лимит на покупки вернется')).toEqual([]);
    expect(bought('как оплатить, если купил в ред')).toEqual([]);
    // paying named as a noun ("день оплаты") asks of the date, not how to pay
    expect(bought('взял ещё покупку в ред, поменяется ли день оплаты')).toEqual([]);
  });

  it('should not give the purchase itself as what was bought', () => {
    expect(bought('взял покупку в ред, как её оплатить')).toEqual(['взял']);
  });
});

describe('asksLeaveNotToPay', () => {
  const asks = (text: string) => asksLeaveNotToPay(tokenizeWords(text).map((t) => t.word));

  it('should hear leave asked not to pay', () => {
    expect(asks('можно ли не платить ред в этом месяце')).toBe(true);
    expect(asks('могу не вносить платёж')).toBe(true);
  });

  it('should not hear it in what happens when one does not pay, or in leave to pay', () => {
    expect(asks('что будет если не оплатить ред вовремя')).toBe(false);
    expect(asks('можно ли оплатить ред заранее')).toBe(false);
    expect(asks('можно не спешить, оплатить завтра')).toBe(false);
  });
});

describe('storyReadings', () => {
  const readings = (text: string) => Object.fromEntries(storyReadings(tokenizeWords(text).map((t) => t.word)));

  it('should read a loan of a kind beside a product as a loan, not one asked about alone', () => {
    expect(readings('уже плачу автокредит, когда платить ред')).toEqual({ автокредит: ['кредит'] });
    expect(readings('автокредит условия')).toEqual({});
  });

  it('should read a Kazakh loan closed anywhere in the question as paid, and closing with no loan as itself', () => {
    expect(readings('кредитті кешіктірмей жабамын')).toEqual({ жабамын: ['толеу', 'отеу'] });
    expect(readings('несиемді уақтылы жаптым')).toEqual({ жаптым: ['толеу', 'отеу'] });
    expect(readings('картамды жаптым')).toEqual({});
    expect(readings('несиені мерзімінен бұрын жабу')).toEqual({});
  });

  it('should read an instalment plan the asker has beside a product as a loan, not one asked about or asked whether there is', () => {
    expect(readings('у меня рассрочка и ред, дата оплаты одна?')).toEqual({ рассрочка: ['кредит'] });
    expect(readings('есть рассрочка в каспи и ред')).toEqual({ рассрочка: ['кредит'] });
    expect(readings('ред рассрочка на сколько месяцев')).toEqual({});
    expect(readings('есть ли рассрочка по ред')).toEqual({});
    expect(readings('у меня рассрочка, когда платить')).toEqual({});
  });

  it('should read a debt to pay or close as the bill, not a debt still there after paying', () => {
    expect(readings('хочу погасить долг по реду')).toEqual({ долг: ['счет'] });
    expect(readings('ред оплатил, а долг висит')).toEqual({});
  });

  it('should read closing by a date as paying, not when money left on the product is named', () => {
    expect(readings('к какому числу надо закрывать ред')).toEqual({ закрывать: ['оплатить'] });
    expect(readings('закрыть ред и забрать деньги, в какой день можно')).toEqual({});
  });

  it('should read money paid over on a product closed as what is left on it, and getting money then as taking it', () => {
    expect(readings('если закрою ред переплата вернется')).toEqual({ переплата: ['остаток'] });
    expect(readings('деньги с ред при закрытии как получить')).toEqual({ получить: ['забрать'] });
  });

  it('should not read them so when the bill is closed (paid) or the closing is early', () => {
    expect(readings('закрыла счет ред, переплата куда ушла')).toEqual({});
    expect(readings('досрочно закрыла ред, лишние деньги где')).toEqual({});
  });

  it('should read a product paid off with money left on it ("полностью погасила ред, но сумма сверху осталась") as closed', () => {
    expect(readings('полностью погасила ред, но сумма сверху осталась, как вернуть')).toEqual({ полностью: ['закрыть', 'закрытие'], погасила: ['закрыть', 'закрытие'] });
    expect(readings('ред погашен, а на счету реда остаток, как забрать')).toEqual({ погашен: ['закрыть', 'закрытие'] });
    // paid off as a phrase says it ("закрыла все покупки")
    expect(readings('закрыла все покупки в реде, а на нем осталась тысяча')).toMatchObject({ закрыла: ['закрыть', 'закрытие'] });
    // nothing left, the bill paid, or the repayment early: no closing
    expect(readings('погасила ред полностью, через сколько снова доступен весь лимит')).toEqual({});
    expect(readings('погасил счет по реду, остались лишние деньги')).toEqual({});
    expect(readings('досрочно погасила ред, остаток где')).toEqual({});
  });
});

describe('goodsBoughtAtAShop', () => {
  const aside = (text: string) => [...goodsBoughtAtAShop(tokenizeWords(text).map((t) => t.word))];

  it('should give the goods bought at a shop whose bonus is asked of, in Kazakh before the buying verb, in Russian after it', () => {
    expect(aside('магазиннен кроссовка алдым бонусы бола ма')).toEqual(['кроссовка']);
    expect(aside('каспи магазиннен балама кроссовка алып бердім, бонус келеді ме')).toEqual(['балама', 'кроссовка']);
    expect(aside('маркетплейстен каспи арқылы кітап алдым, бонусы бола ма')).toEqual(['китап']);
    expect(aside('купила утюг в магазине на каспи, бонусы будут?')).toEqual(['утюг']);
  });

  it('should give nothing without a shop or a bonus, nor the purchase itself ("сатып алдым")', () => {
    expect(aside('кроссовка алдым бонус бола ма')).toEqual([]);
    expect(aside('магазиннен кроссовка алдым, қайтаруға бола ма')).toEqual([]);
    expect(aside('магазиннен сатып алдым бонус бола ма')).toEqual([]);
  });
});

describe('goodsBehindPromotionBonus', () => {
  const aside = (text: string) => [...goodsBehindPromotionBonus(tokenizeWords(text).map((t) => t.word))];

  it('should give the goods and the buying a promotion\'s bonus came from', () => {
    expect(aside('акциядағы тауарға бонус түспей жатыр неге')).toEqual(['тауарга']);
    expect(aside('акциялық тауар алғанмын, бонус жоқ')).toEqual(['тауар', 'алганмын']);
    expect(aside('акциямен сатып алдым, бонус жоқ')).toEqual(['сатып', 'алдым']);
    expect(aside('купил товар по акции, бонусы не пришли')).toEqual(['купил', 'товар']);
  });

  it('should give nothing without a promotion, without a bonus, or when the shop is named', () => {
    expect(aside('тауар алдым, бонус түспеді')).toEqual([]);
    expect(aside('акциядағы тауарды қайтаруға бола ма')).toEqual([]);
    expect(aside('kaspi магазиннен акциямен тауар алдым, бонус бар ма')).toEqual([]);
  });
});

describe('payingForWhich', () => {
  const aside = (text: string) => [...payingForWhich(tokenizeWords(text).map((t) => t.word))];

  it('should give paying said of what was named before, in a clause "за которые …"', () => {
    expect(aside('где список покупок по ред, за которые я плачу')).toEqual(['плачу']);
    expect(aside('где список покупок по ред за которые надо платить')).toEqual(['платить']);
    expect(aside('покупки, за которые мне теперь надо оплатить')).toEqual(['оплатить']);
  });

  it('should give a paying participle said of purchases ("покупки, оплаченные через ред")', () => {
    expect(aside('покупки оплаченные через ред где отображаются')).toEqual(['оплаченные']);
    expect(aside('счет оплаченный через терминал не поступил')).toEqual([]);
  });

  it('should give nothing for paying said outside such a clause', () => {
    expect(aside('как платить за ред')).toEqual([]);
    expect(aside('деньги, которые я внес, не поступили')).toEqual([]);
    expect(aside('за которые покупки выставили счет')).toEqual([]);
  });
});

describe('moneyReplaced', () => {
  const aside = (text: string) => [...moneyReplaced(tokenizeWords(text).map((t) => t.word))];

  it('should give money said to be replaced, and the word that says so', () => {
    expect(aside('бонусы вместо денег при оплате ред')).toEqual(['вместо', 'денег']);
    expect(aside('хочу погасить ред бонусами вместо денег')).toEqual(['вместо', 'денег']);
  });

  it('should give nothing when something else is replaced, or nothing is', () => {
    expect(aside('вместо полного досрочного закрытия ред деньги легли на текущий счет')).toEqual([]);
    expect(aside('можно ли оплатить ред бонусами')).toEqual([]);
    expect(aside('вместо')).toEqual([]);
  });
});
