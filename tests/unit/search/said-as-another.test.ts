import { describe, expect, it } from 'vitest';
import { saidAsAnother } from '../../../lib/search/said-as-another';
import { tokenizeWords } from '../../../lib/search/normalize-text';

/** What the word at `at` is said as, null for a word said as itself. */
const said = (text: string, at: number) => saidAsAnother(tokenizeWords(text).map((t) => t.word), at);

describe('saidAsAnother', () => {
  it('should read a fine\'s percent ("штраф сколько процентов", "айыппұл неше пайыз") as its size, and percent alone as itself', () => {
    expect(said('неустойка по реду сколько процентов', 4)).toBe('размер');
    expect(said('айыппұл неше пайыз', 2)).toBe('размер');
    expect(said('депозит сколько процентов', 2)).toBeNull();
  });

  it('should read the deadline said to be today ("крайний срок сегодня") as the hour of it, not when paying later is said', () => {
    expect(said('крайний срок по реду сегодня, примут ли оплату ночью', 1)).toBe('время');
    expect(said('сегодня последний день по реду', 2)).toBe('время');
    expect(said('последний день оплаты сегодня, что если завтра заплачу', 1)).toBeNull();
    expect(said('крайний срок по реду какой', 1)).toBeNull();
  });

  it('should read a time of day said of paying on the due day ("поздно вечером в день платежа") as the hour of it, not said on any day', () => {
    expect(said('если оплатить ред поздно вечером в день платежа, засчитают', 3)).toBe('время');
    expect(said('если оплатить ред поздно вечером в день платежа, засчитают', 4)).toBe('время');
    expect(said('вечером оплатил ред, а платёж не пришёл', 0)).toBeNull();
  });

  it('should read the payment day itself ("в сам день платежа") as the hour of it, and the day said otherwise as itself', () => {
    expect(said('если оплачу ред в сам день платежа, это не поздно', 5)).toBe('время');
    expect(said('оплата в самый день оплаты проходит', 3)).toBe('время');
    expect(said('сам день платежа какой', 1)).toBeNull();
  });

  it('should read a shop ordered from through Kaspi ("дүкенге kaspi арқылы тапсырыс") as its "магазин", not a shop outside it', () => {
    expect(said('дүкенге kaspi арқылы тапсырыс жасасам бонус аламын ба', 0)).toBe('магазин');
    expect(said('каспи арқылы дүкенге тапсырыс берсем бонус келе ме', 2)).toBe('магазин');
    expect(said('онлайн дүкенге kaspi арқылы тапсырыс берсем бонус бар ма', 1)).toBeNull();
    expect(said('басқа дүкеннен каспи арқылы тапсырыс бердім', 1)).toBeNull();
    // no order: a shop paid at
    expect(said('дүкенде kaspi qr арқылы төлесем бонус бар ма', 0)).toBeNull();
  });

  it('should read a debt said with the purchases it is for ("по каким покупкам долг") as the bill, not one "в долг" or said alone', () => {
    expect(said('по каким покупкам долг', 3)).toBe('счет');
    expect(said('из каких покупок сложилась задолженность', 4)).toBe('счет');
    expect(said('купил в долг телефон', 2)).toBeNull();
    expect(said('оплатил ред, а долг остался', 4)).toBeNull();
  });

  it('should read a list said with purchases ("список того, что я купил") as the bill for them, and a list alone as itself', () => {
    expect(said('где список того, что я купил в ред', 1)).toBe('счет');
    expect(said('перечень всего, что покупала в реде', 0)).toBe('счет');
    expect(said('список магазинов, где принимают ред', 0)).toBeNull();
    // a statement too ("выписка покупок")
    expect(said('где выписка покупок по реду', 1)).toBe('счет');
    expect(said('где взять выписку по реду', 2)).toBeNull();
  });

  it('should read the bonus account ("бонус шотыма", "на бонусном счету") as the bonus, and a bill paid with bonuses as itself', () => {
    expect(said('бонус шотыма қанша келгенін тексеру', 1)).toBe('бонус');
    expect(said('у меня на бонусном счету тысяч пять', 4)).toBe('бонус');
    expect(said('бонусами счёт реда оплатить можно', 1)).toBeNull();
    expect(said('шотыма бонус келмеді', 0)).toBeNull();
  });

  it('should read "без переплаты", "без процентов" (interest-free) as a term the guide data lacks, and overpaying said alone as itself', () => {
    expect(said('ред сколько месяцев без переплаты', 4)).toBe('беспроцентный');
    expect(said('рассрочка без процентов', 2)).toBe('беспроцентный');
    expect(said('переплаты по реду куда уходят', 0)).toBeNull();
  });

  it('should read "на какой срок" (for how long) as a length the guide data lacks, not the due date', () => {
    expect(said('на какой срок дается ред', 2)).toBe('длительность');
    expect(said('какой срок оплаты ред', 1)).toBeNull();
    expect(said('на какой срок оплаты надо успеть', 2)).toBeNull();
  });

  it('should read lengthening the term ("увеличить срок") as extending it, a change the guide data lacks, and a sum growing as itself', () => {
    expect(said('можно ли увеличить срок оплаты ред', 2)).toBe('продлить');
    expect(said('удлинить срок по реду', 0)).toBe('продлить');
    expect(said('увеличится ли сумма после оплаты', 0)).toBeNull();
    expect(said('как увеличить лимит ред', 1)).toBeNull();
  });

  it('should read more the asker wants ("хочу больший лимит") as raising it, and more paid, or more with no wish, as itself', () => {
    expect(said('хочу больший лимит на ред', 1)).toBe('повысить');
    expect(said('хочу чтобы на ред было больше денег', 5)).toBe('повысить');
    expect(said('хочу заплатить больше чем в счете', 2)).toBeNull();
    expect(said('лимит станет больше после оплаты', 2)).toBeNull();
    // "больше не" (no longer): less wanted, not more
    expect(said('хочу больше не пользоваться редом', 1)).toBeNull();
  });

  it('should read how many bonuses were collected ("қанша … жиналғанын") as given, and collecting said otherwise as itself', () => {
    expect(said('бонусым канша жиналганын тексеру жолы', 2)).toBe('есептелу');
    expect(said('неше бонус жинаганымды коремин', 2)).toBe('есептелу');
    expect(said('жиналганын коргим келеди', 0)).toBeNull();
    expect(said('канша бонус жинай аламын', 2)).toBeNull();
  });

  it('should read a credit limit ("кредитный лимит") as the limit, and "кредитный" said of anything else as itself', () => {
    expect(said('кредитный лимит ред', 0)).toBe('лимит');
    expect(said('кредитный договор ред', 0)).toBeNull();
  });

  it('should read one\'s sum "меньше, чем в счёте" (less than in the bill) as the bill larger, and "меньше" alone as itself', () => {
    expect(said('у меня вышло меньше, чем в выставленном счете', 3)).toBe('больше');
    expect(said('вышло меньше чем насчитали по реду', 1)).toBe('больше');
    expect(said('пришло меньше, чем положил', 1)).toBeNull();
    expect(said('зачислили меньше', 1)).toBeNull();
  });

  it('should read a deadline asked by the hour ("срок … во сколько", "до скольки") as that hour, and asked by the date as itself', () => {
    expect(said('последний срок оплаты ред во сколько', 1)).toBe('время');
    expect(said('срок оплаты ред до скольки', 0)).toBe('время');
    expect(said('срок оплаты ред какого числа', 0)).toBeNull();
    expect(said('сколько дней срок', 3)).toBeNull();
    // "во сколько обойдётся" (what will it cost) asks a sum, not the hour
    expect(said('не успею заплатить к сроку, во сколько мне это обойдётся', 4)).toBeNull();
    expect(said('не успею заплатить к сроку, во сколько встанет', 4)).toBeNull();
  });
});
