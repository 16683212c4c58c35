import { describe, expect, it } from 'vitest';
import { DOMAIN_VOCABULARY } from '../../../lib/search/domain-vocabulary';
import { expandWithVocabulary, phraseSynonyms, stemsOf, turnedWords, vocabularyOfStem, vocabularyPhrases, vocabularySynonyms } from '../../../lib/search/vocabulary-expansion';

describe('stemsOf', () => {
  it('should give a Latin word or a number as it is', () => {
    expect(stemsOf('kaspi')).toEqual(['kaspi']);
    expect(stemsOf('2000')).toEqual(['2000']);
  });

  it('should give the Russian stem, the Kazakh stem and the word itself, once each', () => {
    const stems = stemsOf('бонустар');
    expect(stems).toContain('бонустар');
    expect(stems).toContain('бонус');
    expect(new Set(stems).size).toBe(stems.length);
  });

  it('should not cut a Russian word by Kazakh endings into another word ("деньги" is not "день")', () => {
    expect(stemsOf('деньги')).toEqual(['деньг', 'деньги']);
    expect(stemsOf('день')).toContain('день');
  });
});

describe('vocabularySynonyms and vocabularyPhrases', () => {
  it('should give a word\'s one-word synonyms apart from the phrases that say it, each phrase as its words', () => {
    expect(vocabularySynonyms('переплатил')).toEqual(expect.arrayContaining(['переплата', 'лишнее']));
    expect(vocabularySynonyms('переплатил')).not.toContain('больше');
    // "не в Казахстане" (not in Kazakhstan), said in full, is abroad; "в Казахстане" is not
    expect(phraseSynonyms(['живу', 'не', 'в', 'казахстане']).get('казахстане')).toContain('страна');
    expect(phraseSynonyms(['в', 'казахстане']).size).toBe(0);
    // "сколько придёт" (how much will come) asks for the bill's sum, said in full; "складывала покупки" (was adding them up) works it out
    expect(phraseSynonyms(['сколько', 'придет', 'по', 'ред']).get('придет')).toContain('сумма');
    expect(phraseSynonyms(['придет', 'бонус']).get('придет') ?? []).not.toContain('сумма');
    expect(vocabularySynonyms('складывала')).toContain('посчитать');
    // an office is the guide's branch; mixing things up is a mistake; "жинақталу" (being accumulated) is collecting
    expect(vocabularySynonyms('офисе')).toContain('отделение');
    expect(vocabularySynonyms('перепутала')).toContain('ошибка');
    expect(vocabularySynonyms('жинакталу')).toContain('жинай');
    // a machine that went off or restarted is one that ate the money (not arrived); "вытащили" (someone pulled it out) is no taking one's money out
    expect(vocabularySynonyms('выключился')).toContain('съел');
    expect(vocabularySynonyms('перезагрузился')).toContain('съел');
    expect(vocabularySynonyms('вытащить')).toContain('забрать');
    expect(vocabularySynonyms('вытащили')).not.toContain('забрать');
    // a debt returned ("қарызымды қайтарып") is paid, as said
    expect(phraseSynonyms(['карызымды', 'кайтарып', 'жатырмын']).get('кайтарып')).toContain('оплатить');
    // bonuses spent on the payment, said with them between, pay it
    expect(phraseSynonyms(['потратить', 'бонусы', 'на', 'погашение']).get('потратить')).toContain('оплатить');
    // spending on the payment is paying, said in full; spending alone is buying
    expect(phraseSynonyms(['потратить', 'на', 'оплату']).get('потратить')).toContain('оплатить');
    expect(phraseSynonyms(['потратить', 'деньги']).get('потратить') ?? []).not.toContain('оплатить');
    // "оформить чек" (make out a receipt) is issuing it, with the receipt said; "оформить" alone is getting a product
    expect(phraseSynonyms(['как', 'оформить', 'чек']).get('оформить')).toContain('сформировать');
    expect(phraseSynonyms(['как', 'оформить', 'ред']).get('оформить') ?? []).not.toContain('сформировать');
    // a reflexive verb typed with "-тся" for "-ться" ("снова пользоватся") says the phrase spelled right says
    expect(phraseSynonyms(['снова', 'пользоватся', 'редом']).get('пользоватся')).toContain('увеличиться');
    // "тапсырыс берсем" (if I place an order) is buying; "откуда разница" (where is the difference from) works a sum out
    expect(phraseSynonyms(['тапсырыс', 'берсем']).get('тапсырыс')).toContain('покупка');
    expect(phraseSynonyms(['откуда', 'разница']).get('разница')).toContain('расчет');
    expect(phraseSynonyms(['досрочного', 'закрытия', 'реда']).get('закрытия')).toContain('погасить');
    // a Kazakh noun in a case says the phrase: "онлайн дүкенде" (in an online shop) is an online shop, which the stemmer
    // would cut into the word itself ("дүкенде": ду)
    expect(phraseSynonyms(['онлайн', 'дукенде']).get('онлайн')).toContain('интернетдукен');
    // "где увидеть", "где показывают" (where is it shown), "не нахожу" (I can't find it) ask where to look
    expect(vocabularySynonyms('увидеть')).toContain('посмотреть');
    expect(vocabularySynonyms('показывают')).toContain('посмотреть');
    expect(vocabularySynonyms('нахожу')).toContain('посмотреть');
    // whose it is does not break a phrase: "перечень моих покупок" says "перечень покупок"
    expect(phraseSynonyms(['перечень', 'моих', 'покупок']).get('перечень')).toContain('выписка');
    // money that "упало" (fell onto the account) came, said in its exact forms ("упал" is also a limit that fell)
    expect(vocabularySynonyms('упало')).toContain('прийти');
    expect(vocabularySynonyms('упал')).not.toContain('прийти');
    // "ең үлкен" (the biggest) is the most one can collect; "просрочка" (being overdue) also asks about the fine, "просрочить"
    // (to be late) does not
    expect(vocabularySynonyms('улкен')).toContain('максимум');
    expect(vocabularySynonyms('просрочка')).toContain('штраф');
    expect(vocabularySynonyms('просрочить')).not.toContain('штраф');
    // "санкции" (sanctions) for being late are the fine
    expect(vocabularySynonyms('санкции')).toContain('штраф');
    // a "разбивка" (breakdown) of the bill is its statement; a "прогноз" (forecast) of a payment the one to come; "каспи маркет" the shop
    expect(vocabularySynonyms('разбивка')).toContain('детализация');
    expect(vocabularySynonyms('прогноз')).toContain('следующий');
    expect(vocabularySynonyms('маркеттен')).toContain('магазин');
    // what is "к погашению" (due for paying off) is the bill's sum, said in full; "закрывать счёт" (Snowball stems it apart from
    // "закрыть") is paying it, as "закрыть счёт" is
    expect(phraseSynonyms(['сумма', 'к', 'погашению']).get('погашению')).toContain('сумма');
    expect(phraseSynonyms(['досрочное', 'погашение']).get('погашение') ?? []).not.toContain('сумма');
    expect(phraseSynonyms(['когда', 'закрывать', 'счет']).get('закрывать')).toContain('оплатить');
    expect(phraseSynonyms(['закрывать', 'ред']).get('закрывать') ?? []).not.toContain('оплатить');
    // what is "выставлено" (issued: Snowball stems the participle apart from "выставить") is the bill
    expect(vocabularySynonyms('выставлено')).toContain('счет');
    // closing with cash ("наличными закрыть") is paying, as said; "фискальник" is the fiscal receipt
    expect(phraseSynonyms(['ред', 'наличными', 'закрыть']).get('закрыть')).toContain('оплатить');
    expect(phraseSynonyms(['закрыть', 'ред']).get('закрыть') ?? []).not.toContain('оплатить');
    expect(vocabularySynonyms('фискальник')).toContain('фискальный');
    // "қайдан табамын" (where do I find it) is looking, in the exact forms of "табу"; "опоздание" (being late: Snowball stems
    // the noun apart from "опоздать") is being overdue; using the product "снова" (again) is the sum available growing, as said
    expect(vocabularySynonyms('табамын')).toContain('посмотреть');
    // "қай жерден іздеймін" (where do I look for it): looking, in the exact forms of "іздеу"
    expect(vocabularySynonyms('издеймин')).toContain('посмотреть');
    // "забыл оплатить", "забыла про счёт" (forgot to pay) is a missed payment; "забыл" alone (the date, a password) is not
    expect(phraseSynonyms(['забыл', 'оплатить']).get('забыл')).toContain('просрочка');
    expect(phraseSynonyms(['забыла', 'про', 'счет']).get('забыла')).toContain('просрочка');
    expect(vocabularySynonyms('забыл')).not.toContain('просрочка');
    // "не успею" (if I do not make it in time) is being late; "успею" alone asks until when one may pay
    expect(phraseSynonyms(['не', 'успею', 'заплатить']).get('успею')).toContain('просрочка');
    expect(phraseSynonyms(['успею', 'заплатить']).get('успею') ?? []).not.toContain('просрочка');
    // "есептелмей тұр" (is not being credited) is a bonus not there, as "көрінбей тұр" is; "есептелмеді" (was not) is a wrong count
    expect(phraseSynonyms(['бонус', 'есептелмей', 'тур']).get('есептелмей')).toContain('коринбей');
    expect(phraseSynonyms(['бонус', 'есептелмеди']).get('есептелмеди') ?? []).not.toContain('коринбей');
    // a sum that "обратно появится" (will be there again) is the sum available growing back
    expect(phraseSynonyms(['сумма', 'обратно', 'появится']).get('появится')).toContain('увеличиться');
    expect(vocabularySynonyms('появится')).not.toContain('увеличиться');
    // "крайнее число", "крайний срок" (the utmost day) is the due date, as said: "крайний" alone is no date
    expect(phraseSynonyms(['крайнее', 'число', 'оплаты']).get('крайнее')).toContain('дата');
    expect(phraseSynonyms(['крайний', 'срок']).get('крайний')).toContain('дата');
    expect(phraseSynonyms(['крайний', 'час']).get('крайний') ?? []).not.toContain('дата');
    expect(vocabularySynonyms('опоздании')).toContain('просрочка');
    expect(phraseSynonyms(['снова', 'смогу', 'пользоваться']).get('пользоваться')).toContain('увеличиться');
    expect(phraseSynonyms(['пользоваться', 'ред']).get('пользоваться') ?? []).not.toContain('увеличиться');
    // "оплата прошла" (went through) arrived, but is never searched: Snowball stems "прошла" as "прошлый" (last month's)
    expect(vocabularySynonyms('прошла')).toContain('поступить');
    expect(vocabularySynonyms('отображаются')).not.toContain('прошла');
    // "где отображается" (where is it shown), said in full, asks where to look; "не отображается" is something missing
    expect(phraseSynonyms(['где', 'отображается', 'сумма']).get('отображается')).toContain('посмотреть');
    expect(phraseSynonyms(['оплата', 'не', 'отображается']).get('отображается') ?? []).not.toContain('посмотреть');
    // "где смотрят" (where does one look) finds out, in that form; "акциялық" (promotional) and an advert ("жарнамада") are
    // the promotion's; the app on the phone ("телефондағы") is the app; "вайлдберрис", as said, an internet shop;
    // "расчитывал" (spelled with one "с") works a sum out
    expect(vocabularySynonyms('смотрят')).toContain('посмотреть');
    expect(vocabularySynonyms('смотрю')).not.toContain('посмотреть');
    expect(vocabularySynonyms('акциялык')).toContain('акция');
    expect(vocabularySynonyms('жарнамада')).toContain('акция');
    expect(vocabularySynonyms('телефондагы')).toContain('приложение');
    expect(vocabularySynonyms('телефон')).not.toContain('приложение');
    expect(vocabularySynonyms('вайлдберрис')).toContain('интернетдукен');
    expect(vocabularySynonyms('расчитывал')).toContain('рассчитать');
    // "взнос" (a payment in) is putting money in
    expect(vocabularySynonyms('взнос')).toContain('внести');
    // "перевела на ред" (transferred onto Red), said in full and in that order, is putting money in; "перевести деньги с ред
    // на карту" (from Red onto a card) holds the same words and is a transfer out
    expect(phraseSynonyms(['перевела', 'на', 'ред', 'больше']).get('перевела')).toContain('внести');
    expect(phraseSynonyms(['перевести', 'деньги', 'с', 'ред', 'на', 'карту']).get('перевести')).toBeUndefined();
    // "бонус тарихы қайда" (where is the bonus history) asks where to look
    expect(vocabularySynonyms('тарихы')).toContain('посмотреть');
    // "хочу видеть каждую покупку" (I want to see every purchase) asks where to look; "к какому дню" (by which day) asks the date;
    // "тоқтаусыз" (without stopping) asks the most one can collect
    expect(vocabularySynonyms('видеть')).toContain('посмотреть');
    expect(vocabularySynonyms('дню')).toContain('дата');
    expect(vocabularySynonyms('токтаусыз')).toContain('максимум');
    expect(vocabularySynonyms('токтайтын')).toContain('максимум');
    // "бонус қосылмай ма" (is no bonus added): the short negative before "ма" is a bonus given, as "қосылмайды" is
    expect(vocabularySynonyms('косылмай')).toContain('начислить');
    // what the asker has collected so far ("жинаған бонусым", "жинадым") is what was given; collecting ("жинау") is not
    expect(vocabularySynonyms('жинаганымды')).toContain('начислить');
    expect(vocabularySynonyms('жинадым')).toContain('начислить');
    expect(vocabularySynonyms('жинау')).not.toContain('начислить');
    expect(vocabularySynonyms('токтатамын')).not.toContain('максимум');
    // "қарыз" (a debt, a loan) is a loan
    expect(vocabularySynonyms('карыз')).toContain('кредит');
    // so is "займ" in its forms; "зайти" (to go in), which shares its stem, is not
    expect(vocabularySynonyms('займ')).toContain('кредит');
    expect(vocabularySynonyms('займа')).toContain('кредит');
    expect(vocabularySynonyms('зайти')).not.toContain('кредит');
    // a deadline missed ("сорвала срок") is being late; "срок" alone is the date
    expect(phraseSynonyms(['сорвала', 'срок', 'по', 'ред']).get('сорвала')).toContain('просрочка');
    expect(phraseSynonyms(['срок', 'оплаты', 'ред']).get('срок') ?? []).not.toContain('просрочка');
    // "каспийский банкомат": the brand said as an adjective, in any case
    expect(vocabularySynonyms('каспийском')).toContain('kaspi');
    // what the bank "сдерёт" (will rip off) for being late is the fine; "көрсететін жер" (the place that shows it) is what is seen
    expect(vocabularySynonyms('сдерет')).toContain('штраф');
    expect(vocabularySynonyms('корсететин')).toContain('видно');
    // a charge "за каждый день" (for each day) is a penalty's; "день" alone is no fine
    expect(phraseSynonyms(['пеня', 'за', 'каждый', 'день']).get('день')).toContain('штраф');
    expect(phraseSynonyms(['день', 'оплаты']).get('день') ?? []).not.toContain('штраф');
    // an account empty after paying ("на ред пусто", "на счету ноль") is money that did not arrive
    expect(vocabularySynonyms('пусто')).toContain('поступить');
    // a payment that "did not show up" ("не отразился") did not arrive; the future "отразится" (will be recorded) is not it
    expect(vocabularySynonyms('отразился')).toContain('поступить');
    expect(vocabularySynonyms('отразится')).not.toContain('поступить');
    expect(phraseSynonyms(['а', 'на', 'счету', 'ноль']).get('ноль')).toContain('поступить');
    expect(phraseSynonyms(['ноль', 'процентов']).get('ноль')).toBeUndefined();
    // a bonus "дают" (given, as said) is one counted; a question on counting is not one on giving
    expect(vocabularySynonyms('дают')).toContain('начислить');
    expect(vocabularySynonyms('начислить')).not.toContain('дают');
    // "сегодня вечером" (this evening) asks for a time; "заказал" (ordered) is buying; a payment "списывают" (debited) is paid
    expect(vocabularySynonyms('вечером')).toContain('время');
    // "где найти" (where to find) is where to look
    expect(vocabularySynonyms('найти')).toContain('посмотреть');
    expect(vocabularySynonyms('заказал')).toContain('купить');
    expect(vocabularySynonyms('списывают')).toContain('оплатить');
    expect(vocabularySynonyms('списали')).not.toContain('оплатить');
    // "Новый год", said in full, is a holiday; a new card is not
    expect(phraseSynonyms(['оплата', 'на', 'новый', 'год']).get('год')).toContain('праздничный');
    expect(phraseSynonyms(['новый', 'карта']).size).toBe(0);
    // leaving it ("уехал из Казахстана") is being abroad too
    expect(phraseSynonyms(['уехал', 'из', 'казахстана']).get('казахстана')).toContain('страна');
    // getting one's money back is taking it; getting a product is applying for it
    expect(phraseSynonyms(['как', 'получить', 'свои', 'деньги']).get('получить')).toContain('забрать');
    expect(phraseSynonyms(['как', 'получить', 'kaspi', 'red']).get('получить')).toBeUndefined();
    // "возврат денег" (money back) is taking it, a possessive between; "возврат товара" (returning goods) is not
    expect(phraseSynonyms(['возврат', 'своих', 'денег']).get('возврат')).toContain('забрать');
    expect(phraseSynonyms(['возврат', 'товара']).get('возврат')).toBeUndefined();
    // "вносить деньги" is paying: the money is what is put in ("когда вносить деньги": when to pay); "деньги" alone is money
    expect(phraseSynonyms(['когда', 'вносить', 'деньги']).get('деньги')).toContain('оплатить');
    expect(phraseSynonyms(['где', 'мои', 'деньги']).get('деньги')).toBeUndefined();
    // "this month" is the monthly bill's month
    expect(phraseSynonyms(['когда', 'платить', 'в', 'этом', 'месяце']).get('месяце')).toContain('ежемесячный');
    // how much to put in asks for the sum, as how much to pay does; putting money in alone asks for no sum
    expect(phraseSynonyms(['сколько', 'мне', 'надо', 'внести']).get('внести')).toContain('сумма');
    expect(phraseSynonyms(['как', 'внести', 'деньги']).get('внести') ?? []).not.toContain('сумма');
    // getting a bonus ("бонус аламын": I get a bonus) is its being given; getting alone may be buying
    expect(phraseSynonyms(['кредит', 'толесем', 'бонус', 'аламын', 'ба']).get('аламын')).toContain('беру');
    expect(phraseSynonyms(['тауар', 'сатып', 'аламын']).get('аламын')).toBeUndefined();
    // "бонус алғанымды" (that I got the bonus): the bonus given; "сатып алған тауар" (the goods bought) is no bonus
    expect(phraseSynonyms(['канша', 'бонус', 'алганымды', 'кайдан', 'коремин']).get('алганымды')).toContain('беру');
    expect(phraseSynonyms(['сатып', 'алган', 'тауар']).get('алган')).toBeUndefined();
    // a payment's size is its sum
    expect(vocabularySynonyms('размер')).toContain('сумма');
    // "максимал" is the Kazakh spelling of "максимальный"
    expect(vocabularySynonyms('максимал')).toEqual(expect.arrayContaining(['максимум', 'шек']));
    // a machine that "принимает" (takes) payment is one to pay at; only as said, never searched for
    expect(vocabularySynonyms('принимают')).toContain('оплатить');
    expect(expandWithVocabulary('оплатить').some((word) => word.startsWith('приним'))).toBe(false);
    // one that "принял" (took) the money was paid at ("банкомат принял деньги, а ред не погашен")
    expect(vocabularySynonyms('принял')).toContain('оплатить');
    expect(vocabularySynonyms('приняла')).toContain('оплатить');
    expect(expandWithVocabulary('оплатить').some((word) => word.startsWith('приня'))).toBe(false);
    // "выше" (higher) grows as "больше" does; only as itself: "вышел" (came out) is another word
    expect(vocabularySynonyms('выше')).toContain('больше');
    expect(vocabularySynonyms('вышел')).not.toContain('больше');
    // "принять деньги" (take the money), as said, is paying at the desk that takes it
    expect(vocabularySynonyms('принять')).toContain('оплатить');
    // "месячный счёт" is the bill, as "ежемесячный счёт" is; "живые деньги" (live money) is cash; a loan "closed" is paid
    expect(phraseSynonyms(['варианты', 'оплаты', 'месячного', 'счета']).get('месячного')).toContain('счет');
    expect(phraseSynonyms(['отдать', 'живые', 'деньги']).get('живые')).toContain('наличные');
    expect(phraseSynonyms(['живые', 'люди']).size).toBe(0);
    expect(phraseSynonyms(['несие', 'жабу', 'кезинде']).get('жабу')).toContain('толеу');
    expect(phraseSynonyms(['карта', 'жабу']).size).toBe(0);
    // a due date that "came" is one to pay on; asked of ("когда наступает срок") it is the date
    expect(phraseSynonyms(['подошел', 'срок', 'ред']).get('срок')).toContain('оплатить');
    expect(phraseSynonyms(['когда', 'наступает', 'срок']).get('срок') ?? []).not.toContain('оплатить');
    // a phrase that opens with a preposition is said in its order: "срок, до которого" is the date, "до срока" before it
    expect(phraseSynonyms(['оплатить', 'до', 'срока']).get('срока')).toContain('заранее');
    expect(phraseSynonyms(['срок', 'до', 'которого', 'погасить']).get('срок') ?? []).not.toContain('заранее');
    // a city abroad people go to is another country, in any form
    expect(vocabularySynonyms('анталии')).toContain('страна');
    expect(vocabularySynonyms('казани')).toContain('страна');
    expect(vocabularyPhrases('переплатил')).toEqual([['внес', 'больше']]);
    expect(vocabularyPhrases('штраф')).toEqual([]);
    expect(vocabularyPhrases('максимум')).toEqual([['ен', 'коп'], ['ен', 'коби']]);
  });

  it('should give the vocabulary of a word\'s stem, as typo search finds it, and nothing for a stem no entry has', () => {
    expect(vocabularyOfStem(stemsOf('просрочка')[0]!)).toEqual(expect.arrayContaining(['просрочка', 'вовремя']));
    // banknotes are money ("вставил купюры": put the banknotes in)
    expect(vocabularyOfStem('купюр')).toEqual(expect.arrayContaining(['деньги', 'сумма']));
    expect(vocabularyOfStem('жираф')).toEqual([]);
    expect(vocabularyOfStem('')).toEqual([]);
  });

  it('should read "is not shown" as missing, and "show" alone as itself', () => {
    expect(vocabularySynonyms('корсетилмей')).toContain('коринбей');
    expect(vocabularySynonyms('корсетилмейди')).toContain('жок');
    expect(vocabularySynonyms('корсетпейди')).toContain('коринбей');
    // "не отображаются" (are not shown) says missing when said; "отображаются" alone is money showing up on the account
    expect(phraseSynonyms(['бонусы', 'не', 'отображаются']).get('отображаются')).toContain('коринбей');
    expect(phraseSynonyms(['приложение', 'не', 'показывает', 'бонусы']).get('показывает')).toContain('коринбей');
    expect(vocabularySynonyms('отображаются')).not.toContain('коринбей');
    expect(vocabularySynonyms('корсету')).not.toContain('коринбей');
    expect(expandWithVocabulary('коринбей').some((word) => word.startsWith('корсет'))).toBe(false);
  });

  it('should read giving a product up ("отказываюсь") as closing it, and not a refusal ("отказали")', () => {
    expect(vocabularySynonyms('отказываюсь')).toContain('закрыть');
    expect(vocabularySynonyms('откажусь')).toContain('закрыть');
    expect(vocabularySynonyms('отказали')).not.toContain('закрыть');
    expect(expandWithVocabulary('закрыть').some((word) => word.startsWith('отказ'))).toBe(false);
  });

  it('should read "пробить" a receipt as issuing it, and not the words that share its stem', () => {
    expect(vocabularySynonyms('пробить')).toContain('сформировать');
    expect(vocabularySynonyms('выбила')).toContain('сформировать');
    expect(vocabularySynonyms('пробовать')).not.toContain('сформировать');
    expect(expandWithVocabulary('сформировать')).not.toContain('пробить');
  });

  it('should read a "wrong" sum as one that differs from the asker\'s own working out', () => {
    expect(vocabularySynonyms('неправильная')).toContain('расчет');
    expect(vocabularySynonyms('неверную')).toContain('расчет');
    expect(expandWithVocabulary('посчитал')).not.toContain('неправильный');
    // "рассчитывал" (Snowball: рассчитыва) is working a sum out, as "рассчитать" (рассчита) is.
    expect(vocabularySynonyms('рассчитывала')).toContain('расчет');
    // "больше ожидаемого" (more than expected): more than the asker worked out; only as said
    expect(vocabularySynonyms('ожидаемого')).toContain('расчет');
    expect(vocabularySynonyms('ожидаемой')).toContain('расчет');
    expect(expandWithVocabulary('расчет')).not.toContain('ожидаемого');
  });
});

describe('a phrase read only when said in full', () => {
  it('should read paying later, a charge "накинут", the bill "через месяц", when said so, and not the words alone', () => {
    expect(phraseSynonyms(['оплачу', 'ред', 'позже']).get('позже')).toContain('просрочка');
    expect(vocabularySynonyms('позже')).not.toContain('просрочка');
    expect(vocabularySynonyms('накинут')).toContain('штраф');
    expect(phraseSynonyms(['счет', 'через', 'месяц']).get('месяц')).toContain('следующий');
    expect(phraseSynonyms(['оплатить', 'через', 'банкомат']).get('банкомат')).toBeUndefined();
  });

  it('should read giving a product up ("отказ от") as closing it, and a refusal ("пришел отказ") as nothing of it', () => {
    expect(turnedWords(['после', 'отказа', 'от', 'ред']).get('отказа')).toContain('закрыть');
    expect(turnedWords(['пришел', 'отказ', 'по', 'ред']).get('отказ')).toBeUndefined();
    // a limit "вернётся" (comes back) too: not money given back
    expect(vocabularySynonyms('вернется')).not.toContain('забрать');
  });

  it('should read what being late threatens one with ("грозит"), and its consequences, as the fine', () => {
    for (const word of ['грозит', 'последствия']) expect(vocabularySynonyms(word), word).toContain('штраф');
  });

  it('should read another sum than the one put in as not the whole of it, and "столько" alone as nothing of it', () => {
    expect(phraseSynonyms(['засчитал', 'не', 'столько']).get('столько')).toContain('полностью');
    expect(phraseSynonyms(['зачислил', 'не', 'ту', 'сумму']).get('сумму')).toContain('полностью');
    expect(vocabularySynonyms('столько')).not.toContain('полностью');
  });

  it('should read a bill "не оплачен" (not paid) as a payment that did not arrive, and "оплачен" alone as nothing of it', () => {
    expect(phraseSynonyms(['ред', 'не', 'оплачен']).get('оплачен')).toContain('прийти');
    expect(phraseSynonyms(['ред', 'оплачен']).get('оплачен')).toBeUndefined();
  });

  it('should read a machine that "завис" (froze) as money that did not arrive, and "зависит" (depends) as nothing of it', () => {
    for (const word of ['завис', 'зависла']) expect(vocabularySynonyms(word), word).toContain('проглотить');
    expect(vocabularySynonyms('зависит')).not.toContain('проглотить');
  });

  it('should read money "сунул" (stuck in) as put in, and a "дедлайн" as the due date, when said, never searched', () => {
    for (const word of ['сунул', 'засунула']) expect(vocabularySynonyms(word), word).toContain('внести');
    expect(vocabularySynonyms('дедлайн')).toContain('срок');
    expect(expandWithVocabulary('внести')).not.toContain('сунул');
    expect(expandWithVocabulary('срок')).not.toContain('дедлайн');
  });

  it('should read settling up in its reflexive forms ("рассчитаюсь", "рассчитался") as paying; "рассчитал" (worked out) is no payment', () => {
    for (const word of ['рассчитаюсь', 'рассчитался', 'рассчитаемся']) expect(vocabularySynonyms(word), word).toContain('оплатить');
    expect(vocabularySynonyms('рассчитал')).not.toContain('оплатить');
  });

  it('should read counting again ("пересчитала") as working the sum out, not a bill "пересчитают" (done again after a return)', () => {
    for (const word of ['пересчитала', 'пересчитать']) expect(vocabularySynonyms(word), word).toContain('посчитать');
    expect(vocabularySynonyms('пересчитают')).not.toContain('посчитать');
  });

  it('should read "ежемесячка" (the monthly one) and paying "ежемесячный" ("внести ежемесячный") as the bill', () => {
    for (const word of ['ежемесячку', 'ежемесячка']) expect(vocabularySynonyms(word), word).toContain('счет');
    expect(phraseSynonyms(['внести', 'ежемесячный', 'по', 'реду']).get('ежемесячный')).toContain('счет');
  });

  it('should read a bill that "закроется" (will close) as paid, when said with the bill', () => {
    expect(phraseSynonyms(['когда', 'закроется', 'счет', 'ред']).get('закроется')).toContain('оплатить');
    expect(phraseSynonyms(['ред', 'закроется']).get('закроется')).toBeUndefined();
  });

  it('should read taking something "в ред" ("брал в ред") as buying with it, and "взял" alone as nothing of it', () => {
    expect(phraseSynonyms(['что', 'я', 'брал', 'в', 'ред']).get('брал')).toContain('покупка');
    expect(phraseSynonyms(['взяла', 'в', 'ред', 'телефон']).get('взяла')).toContain('покупка');
    expect(vocabularySynonyms('взял')).not.toContain('покупка');
  });

  it('should read a promotion bonus of "басқа сома" (another sum) as counted wrong, and "басқа" alone as nothing of it', () => {
    expect(phraseSynonyms(['бонус', 'баска', 'сомамен', 'келди']).get('сомамен')).toContain('кате');
    expect(vocabularySynonyms('баска')).not.toContain('кате');
  });

  it('should read a sum "заранее видно" (seen in advance) as the bill to come, and "видно" alone as finding out', () => {
    expect(phraseSynonyms(['сумма', 'заранее', 'видно']).get('видно')).toContain('следующий');
    expect(vocabularySynonyms('видно')).not.toContain('следующий');
  });

  it('should read a payment that "спишется" (will be debited) as paid', () => {
    for (const word of ['спишется', 'спишет']) expect(vocabularySynonyms(word), word).toContain('оплатить');
  });

  it('should read bonuses that "тоқтап қалмай ма" (do not come to a stop) or "өспей" (stop growing) as the most one may collect', () => {
    for (const word of ['токтап', 'оспей']) expect(vocabularySynonyms(word), word).toContain('максимум');
  });

  it('should read "көру" (to see) as finding out, in that form only', () => {
    expect(vocabularySynonyms('кору')).toContain('узнать');
    expect(vocabularySynonyms('коринбей')).not.toContain('узнать');
  });

  it('should read closing Red early or all of it as the early repayment, and closing it alone as nothing of it', () => {
    expect(phraseSynonyms(['досрочно', 'закрыть', 'ред']).get('закрыть')).toContain('погашение');
    expect(phraseSynonyms(['закрыть', 'весь', 'ред']).get('закрыть')).toContain('погашение');
    expect(phraseSynonyms(['закрыть', 'ред']).get('закрыть')).toBeUndefined();
  });

  it('should read a phrase that opens with "не" only in its order: "не столько" (not as much) is another sum, "столько не" is not', () => {
    expect(phraseSynonyms(['засчитал', 'не', 'столько']).get('столько')).toContain('полностью');
    expect(phraseSynonyms(['я', 'столько', 'не', 'покупала']).get('столько')).toBeUndefined();
    // a phrase that opens with another word is read in either order
    expect(phraseSynonyms(['ред', 'закрыть', 'досрочно']).get('закрыть')).toContain('погашение');
  });

  it('should read a limit that "восстанавливается" (is being restored) as one that grows, as "восстановится" is', () => {
    for (const word of ['восстанавливается', 'восстановилась', 'восстановлен']) expect(vocabularySynonyms(word), word).toContain('увеличится');
  });

  it('should read a smaller sum ("сумму поменьше") as part of it, and Red shown empty ("на реде ноль") as money that did not arrive', () => {
    expect(vocabularySynonyms('поменьше')).toContain('частично');
    expect(phraseSynonyms(['на', 'реде', 'ноль']).get('ноль')).toContain('прийти');
  });

  it('should read bonuses "шектелмей ме", "шектелген бе" (not limited, limited) as asking the most one may collect, in those forms', () => {
    for (const word of ['шектелмей', 'шектелген', 'шектеули']) expect(vocabularySynonyms(word), word).toContain('максимум');
  });

  it('should read bonuses that stop being collected ("жиналуын қоя ма") or go over a sum ("асқанда") as asking the most, in those forms', () => {
    for (const word of ['коя', 'кояды', 'асканда', 'асып', 'аспайды']) expect(vocabularySynonyms(word), word).toContain('максимум');
    // other forms of "қой-" (put) are no stopping
    expect(vocabularySynonyms('койдым')).not.toContain('максимум');
  });

  it('should read bonuses that "азайып кетті" (grew fewer) as bonuses not there, in those forms', () => {
    for (const word of ['азайып', 'азайды', 'азайган']) expect(vocabularySynonyms(word), word).toContain('жок');
  });

  it('should read "отовариваться" (doing one\'s shopping) as buying', () => {
    for (const word of ['отовариваться', 'отовариться', 'отоварилась']) expect(vocabularySynonyms(word), word).toContain('покупка');
    // shopping again is what a paid bill gives back, said in full
    expect(phraseSynonyms(['опять', 'отовариваться']).get('отовариваться')).toContain('увеличиться');
  });

  it('should read bonuses "қайда кетті" (where did they go) as not there, said in full, and "кабинет" (the account) as the app', () => {
    expect(phraseSynonyms(['бонус', 'кайда', 'кетти']).get('кетти')).toContain('жок');
    expect(phraseSynonyms(['кайда', 'кеткен']).get('кеткен')).toContain('жок');
    expect(phraseSynonyms(['жоғалып', 'кетти']).get('кетти') ?? []).not.toContain('жок');
    expect(vocabularySynonyms('кабинетте')).toContain('приложение');
  });

  it('should read paying online, said in full in Kazakh ("онлайн төлесем"), and "алиэкспресте" as the internet shops', () => {
    expect(phraseSynonyms(['онлайн', 'толесем', 'бонус']).get('онлайн')).toContain('интернетдукен');
    expect(phraseSynonyms(['онлайн', 'бонус']).get('онлайн') ?? []).not.toContain('интернетдукен');
    expect(vocabularySynonyms('алиэкспресте')).toContain('интернетдукен');
  });

  it('should read "маркет", "маркетплейс" as Kaspi\'s own shop, not any shop ("дүкен")', () => {
    for (const word of ['маркет', 'маркетплейс']) {
      expect(vocabularySynonyms(word), word).toContain('магазин');
      expect(vocabularySynonyms(word), word).not.toContain('дукен');
    }
    expect(vocabularySynonyms('магазин')).toContain('дукен');
  });

  it('should read "закрыть счёт" as paying, and never search a question about paying for "закрыть"', () => {
    expect(phraseSynonyms(['бонусами', 'закрыть', 'счет']).get('закрыть')).toContain('оплатить');
    expect(expandWithVocabulary('оплатить')).not.toContain('закрыть');
    expect(vocabularyPhrases('оплатить').flat()).not.toContain('закрыть');
    expect(phraseSynonyms(['перевела', 'на', 'счет']).get('перевела')).toContain('внести');
    expect(phraseSynonyms(['перевести', 'деньги', 'за', 'границу']).size).toBe(0);
    // paying everything off is the early repayment; a product name between the phrase's words does not break it, a topic word does
    expect(phraseSynonyms(['погасить', 'полностью']).get('полностью')).toContain('досрочно');
    expect(phraseSynonyms(['погасить', 'ред', 'полностью']).get('полностью')).toContain('досрочно');
    expect(phraseSynonyms(['погасить', 'red', 'полностью']).get('полностью')).toContain('досрочно');
    expect(phraseSynonyms(['погасить', 'кредит', 'полностью']).get('полностью')).toBeUndefined();
    // "каждый месяц" (every month) is monthly; "день месяца" (day of the month) is a date
    expect(phraseSynonyms(['когда', 'платить', 'каждый', 'месяц']).get('месяц')).toContain('ежемесячный');
    expect(phraseSynonyms(['в', 'какой', 'день', 'месяца', 'платить']).get('месяца')).toContain('дата');
    expect(phraseSynonyms(['в', 'прошлом', 'месяце']).size).toBe(0);
    // a question word typed as said says the phrases its written form says: "скок мне платить" is "сколько мне платить"
    expect(phraseSynonyms(['скок', 'мне', 'платить']).get('платить')).toContain('сумма');
    expect(phraseSynonyms(['счет', 'красной', 'карты']).get('карты')).toContain('red');
    expect(phraseSynonyms(['оплатить', 'до', 'выставления', 'счета']).get('выставления')).toContain('заранее');
    expect(phraseSynonyms(['оплатить', 'до', 'даты', 'платежа']).get('даты')).toContain('заранее');
    expect(phraseSynonyms(['оплатить', 'до', 'наступления', 'даты']).get('наступления')).toContain('заранее');
    expect([...(phraseSynonyms(['где', 'список', 'покупок']).get('список') ?? [])]).toContain('выписка');
    expect(phraseSynonyms(['дата', 'платежа']).size).toBe(0);
    expect(phraseSynonyms(['история', 'покупок']).get('история')).toContain('выписка');
    expect(phraseSynonyms(['деньги', 'пропали']).get('пропали')).toContain('поступить');
    // "последний" (the last) is a stop word: "последний час" asks what "час" asks (until what time), "последний срок" what "срок" asks (the date)
    expect(expandWithVocabulary('час')).toContain('время');
    expect(expandWithVocabulary('срок')).toContain('дата');
  });

  it('should not read a noun in the instrumental case as naming what the phrase names ("ред картой": paying with the card)', () => {
    expect(phraseSynonyms(['закрыла', 'карту', 'ред']).get('карту')).toContain('red');
    expect(phraseSynonyms(['ред', 'картой', 'платить']).get('картой')).toBeUndefined();
    expect(phraseSynonyms(['красной', 'картою']).size).toBe(0);
    expect(phraseSynonyms(['красной', 'карты']).get('карты')).toContain('red');
  });
});

describe('expandWithVocabulary', () => {
  it('should find the other words of a group, by any form of a member', () => {
    expect(expandWithVocabulary('ред')).toContain('red');
    expect(expandWithVocabulary('штрафы')).toContain('айыппул');
    expect(expandWithVocabulary('айыппул')).toContain('штраф');
  });

  it('should find a group by a verb form of a member (folded: a bonus "is given" or "is counted")', () => {
    expect(expandWithVocabulary('береди')).toEqual(expect.arrayContaining(['есептелу', 'начислить']));
    expect(expandWithVocabulary('есептеледи')).toContain('беру');
  });

  it('should search a phrase entry\'s words for a word of its group ("переплатил": "внёс … больше")', () => {
    expect(expandWithVocabulary('переплатил')).toEqual(expect.arrayContaining(['внес', 'больше']));
  });

  it('should join verb forms whose stem an alternation or an aspect changes (оплачу / оплатить, закрываю / закрыть)', () => {
    expect(expandWithVocabulary('оплачу')).toContain('оплатить');
    expect(expandWithVocabulary('оплачиваю')).toContain('оплатить');
    expect(expandWithVocabulary('оплаченные')).toContain('оплатить');
    expect(expandWithVocabulary('закрываю')).toContain('закрыть');
    expect(expandWithVocabulary('вношу')).toContain('внести');
    expect(expandWithVocabulary('сниму')).toContain('снять');
    expect(expandWithVocabulary('погашу')).toContain('оплатить');
    // a bill "просроченный" (overdue), which Snowball stems apart from "просрочка"
    expect(expandWithVocabulary('просроченный')).toContain('просрочка');
    expect(expandWithVocabulary('просроченная')).toContain('просрочка');
  });

  it('should read "қолданба" (the app) in its forms as the app, and not "қол" (hand), whose stem it shares', () => {
    expect(expandWithVocabulary('колданбасында')).toContain('косымша');
    expect(expandWithVocabulary('колданбадан')).toContain('косымша');
    expect(expandWithVocabulary('колга')).not.toContain('косымша');
    // never searched: its stem is "қол"'s
    expect(expandWithVocabulary('приложение').filter((word) => word.startsWith('колданба'))).toEqual([]);
  });

  it('should know how people say what the guide says otherwise', () => {
    expect(expandWithVocabulary('раньше')).toContain('заранее');
    expect(expandWithVocabulary('наперед')).toContain('заранее');
    expect(expandWithVocabulary('пораньше')).toContain('заранее');
    expect(expandWithVocabulary('будущего')).toContain('следующий');
    expect(expandWithVocabulary('платежи')).toContain('счет');
    expect(expandWithVocabulary('оплатить')).not.toContain('счет');
    expect(expandWithVocabulary('тратить')).toContain('покупка');
    // т/ч alternation: "потрачены" does not share the stem of "потратить"
    expect(expandWithVocabulary('потрачено')).toContain('покупка');
    expect(expandWithVocabulary('рассчитаться')).toContain('оплатить');
    // a payment missed ("пропустил оплату") is one made late
    expect(expandWithVocabulary('пропустил')).toContain('просрочка');
    // cash taken out: "обналичить", Kazakh "шешіп" (taking out), not "шешу" alone (also solving)
    expect(expandWithVocabulary('обналичить')).toContain('снять');
    expect(expandWithVocabulary('шешип')).toContain('снять');
    expect(expandWithVocabulary('шешу')).not.toContain('снять');
    // the guide's shop is the marketplace people name it
    expect(expandWithVocabulary('маркетплейсе')).toContain('магазин');
    // the cashier is the cash desk; savings are money
    expect(expandWithVocabulary('кассиру')).toContain('касса');
    expect(expandWithVocabulary('сбережения')).toContain('деньги');
    // "түсінемін" (I understand) as itself is knowing; "түсіндіру" (to explain) is not
    expect(expandWithVocabulary('тусинемин')).toContain('узнать');
    expect(expandWithVocabulary('тусиндиру')).not.toContain('узнать');
    // "ажыратамын" (I tell apart) is knowing; "знать", "прикинуть" (to know, to reckon) finding out
    expect(expandWithVocabulary('ажыратамын')).toContain('узнать');
    expect(expandWithVocabulary('знать')).toContain('узнать');
    expect(expandWithVocabulary('прикинуть')).toContain('узнать');
    // a payment "несвоевременный" (untimely) is a late one; moving abroad is going there
    expect(expandWithVocabulary('несвоевременный')).toContain('просрочка');
    // a bonus not as "уәде" (promised) is one counted wrong, as said
    expect(expandWithVocabulary('уаде')).toContain('дурыс');
    expect(vocabularySynonyms('дурыс')).not.toContain('уаде');
    expect(expandWithVocabulary('переехали')).toContain('уехать');
    // the app that "shows" ("көрсетіп тұр") is where it is seen, as said
    expect(vocabularySynonyms('корсетип')).toContain('видно');
    expect(expandWithVocabulary('корсетип')).toContain('видно');
    // a bonus "жазылды" (written to the asker) is one counted, as said; "жазу" (writing a review) is not
    expect(expandWithVocabulary('жазылды')).toContain('есептеу');
    expect(expandWithVocabulary('жазу')).not.toContain('есептеу');
    // being fined is the fine, as said
    expect(expandWithVocabulary('оштрафуют')).toContain('штраф');
    expect(expandWithVocabulary('штраф')).not.toContain('оштрафуют');
    // a branch is the guide's office
    expect(expandWithVocabulary('филиале')).toContain('отделение');
    expect(expandWithVocabulary('рассчитать')).not.toContain('оплатить');
    expect(expandWithVocabulary('кате')).toContain('дурыс');
    expect(expandWithVocabulary('съел')).toEqual(expect.arrayContaining(['не', 'поступила']));
    expect(expandWithVocabulary('кэшбэк')).toContain('бонус');
    expect(expandWithVocabulary('задержал')).toContain('просрочка');
    expect(expandWithVocabulary('пеня')).toContain('штраф');
    expect(expandWithVocabulary('неустойку')).toContain('штраф');
    // a bill is "issued"; its list of purchases is its statement (said in full)
    expect(expandWithVocabulary('выставили')).toContain('счет');
    expect(expandWithVocabulary('выставления')).not.toContain('счет');
    expect(expandWithVocabulary('список')).not.toContain('выписка');
    // changing a product is a topic of its own, said in several words
    expect(expandWithVocabulary('поменять')).toContain('изменить');
    expect(expandWithVocabulary('продлить')).toContain('отсрочка');
    // the guide's "доступный для покупок лимит" is its "доступная для покупок сумма"
    expect(expandWithVocabulary('лимит')).toContain('доступный');
    expect(expandWithVocabulary('частично')).toContain('полностью');
    expect(expandWithVocabulary('меньше')).toContain('частично');
    expect(expandWithVocabulary('половину')).toContain('частично');
    expect(expandWithVocabulary('полную')).toContain('полностью');
    expect(expandWithVocabulary('неполная')).toContain('частично');
    expect(expandWithVocabulary('шеги')).toContain('максимум');
    expect(expandWithVocabulary('остались')).toContain('остаток');
    expect(expandWithVocabulary('жогалып')).toContain('коринбей');
    expect(expandWithVocabulary('тексеремин')).toContain('проверить');
    // "где видно" (where is it shown) asks where to look; only as itself: "видеть", "вижу" say what the asker sees
    expect(expandWithVocabulary('видно')).toContain('посмотреть');
    // "глянуть" (to glance) is looking, said in a hurry: "где глянуть сумму" is "где посмотреть"
    expect(expandWithVocabulary('глянуть')).toContain('посмотреть');
    // "қайдан көремін" (where do I see it) asks how to find out; "көрінбейді" (is not shown) does not
    expect(expandWithVocabulary('коремин')).toContain('билу');
    expect(expandWithVocabulary('коринбейди')).not.toContain('билу');
    // "бонус келе ме" (will the bonus come) asks whether it is counted; "келесі" (next) shares the stem, not the group
    expect(expandWithVocabulary('келе')).toContain('есептелу');
    expect(expandWithVocabulary('келеси')).not.toContain('есептелу');
    // "бонусым шықпай тұр" (my bonus does not come up) is missing; "шықты" (went out) is not
    expect(expandWithVocabulary('шыкпай')).toContain('жок');
    expect(expandWithVocabulary('шыкты')).not.toContain('жок');
    expect(expandWithVocabulary('вижу')).not.toContain('посмотреть');
    // "қарау" (to look) in its exact forms: its stem "кар" is also the Kazakh stem of "карта"
    expect(expandWithVocabulary('карауга')).toContain('посмотреть');
    expect(expandWithVocabulary('картаны')).not.toContain('посмотреть');
    expect(expandWithVocabulary('туседи')).toContain('есептелу');
    expect(expandWithVocabulary('накопить')).toContain('жинай');
    expect(expandWithVocabulary('жумсаймын')).toContain('жумсау');
    expect(expandWithVocabulary('коре')).toContain('коринбей');
    expect(expandWithVocabulary('дошли')).toContain('поступить');
    expect(expandWithVocabulary('числа')).toContain('дата');
    expect(expandWithVocabulary('срок')).toContain('дата');
    expect(expandWithVocabulary('келмеди')).toContain('есептелу');
    // "келесі" (next) shares the stem of "келді" (came), not its meaning.
    expect(expandWithVocabulary('келеси')).not.toContain('есептелу');
    expect(expandWithVocabulary('офд')).toContain('фдо');
    expect(expandWithVocabulary('неуплату')).toContain('просрочка');
    expect(expandWithVocabulary('часть')).toContain('полностью');
    expect(expandWithVocabulary('прошел')).toContain('поступить');
    expect(expandWithVocabulary('прошла')).toContain('поступить');
    expect(expandWithVocabulary('отобразился')).toContain('поступить');
    expect(expandWithVocabulary('ошибся')).toContain('ошибка');
    expect(expandWithVocabulary('покупателю')).toContain('клиент');
    expect(expandWithVocabulary('вошли')).toContain('входить');
    expect(expandWithVocabulary('фискалды')).toContain('фискальный');
    expect(expandWithVocabulary('колемин')).toContain('сумма');
    expect(expandWithVocabulary('кол')).not.toContain('сумма');
    expect(expandWithVocabulary('прошлом')).not.toContain('поступить');
    expect(expandWithVocabulary('смотреть')).toContain('посмотреть');
    expect(expandWithVocabulary('фдо')).toEqual(expect.arrayContaining(['оператор', 'фискальных', 'данных']));
    expect(expandWithVocabulary('данные')).toContain('деректер');
    expect(expandWithVocabulary('внес')).toContain('оплатить');
    expect(expandWithVocabulary('уплатить')).toContain('оплатить');
    expect(expandWithVocabulary('турции')).toContain('страна');
    expect(expandWithVocabulary('выписка')).toContain('подробный');
    expect(expandWithVocabulary('воскресенье')).toContain('выходной');
    expect(expandWithVocabulary('состоит')).toContain('входят');
    expect(expandWithVocabulary('вырос')).toContain('увеличится');
    expect(expandWithVocabulary('завышена')).toContain('больше');
    expect(expandWithVocabulary('вырастет')).toContain('увеличится');
    expect(vocabularySynonyms('неправильно')).toContain('дурыс');
    expect(expandWithVocabulary('косымшада')).toContain('kz');
    expect(expandWithVocabulary('вернуть')).toContain('забрать');
    expect(expandWithVocabulary('неоплату')).toContain('просрочка');
  });

  it('should keep a form listed only as itself from the group of words that share its stem ("погашу" pays; "погашением" is early repayment\'s)', () => {
    expect(expandWithVocabulary('погашу')).toContain('оплатить');
    // "погашение счёта" (paying off the bill) pays, in the forms listed; the stem stays the early repayment's
    expect(expandWithVocabulary('погашения')).toContain('оплатить');
    expect(expandWithVocabulary('погашением')).not.toContain('оплатить');
    expect(expandWithVocabulary('погашена')).toContain('оплатить');
    expect(expandWithVocabulary('гасить')).toContain('оплатить');
  });

  it('should not read a day as money: "деньги" and "день" share no stem of either language', () => {
    expect(expandWithVocabulary('день')).not.toContain('сумма');
    expect(expandWithVocabulary('день')).toContain('дата');
    expect(expandWithVocabulary('денег')).toContain('сумма');
  });

  it('should not tie a group to a one-letter stem of one of its words ("ай" → а)', () => {
    expect(expandWithVocabulary('а')).toEqual([]);
    expect(expandWithVocabulary('ай')).toContain('месяц');
  });

  it('should never give the word itself', () => {
    expect(expandWithVocabulary('red')).not.toContain('red');
  });

  it('should match an "=" entry only in that exact form', () => {
    expect(expandWithVocabulary('скольки')).toContain('время');
    expect(expandWithVocabulary('сколько')).not.toContain('время');
    expect(expandWithVocabulary('сколько')).toContain('канша');
  });

  it('should search for a phrase entry\'s words without matching on them', () => {
    expect(expandWithVocabulary('ежемесячный')).toEqual(expect.arrayContaining(['ай', 'сайынгы']));
    expect(expandWithVocabulary('сайынгы')).toEqual([]);
  });

  it('should give nothing for a word in no group', () => {
    expect(expandWithVocabulary('квазар')).toEqual([]);
  });

  it('should have groups of at least two entries, each entry written once', () => {
    for (const group of DOMAIN_VOCABULARY) {
      expect(group.length, group.join(', ')).toBeGreaterThanOrEqual(2);
      expect(new Set(group).size, group.join(', ')).toBe(group.length);
    }
  });
});

describe('the countries in the vocabulary', () => {
  it('read a country as another country, and no other word that shares its stem', () => {
    expect(expandWithVocabulary('турции')).toContain('страна');
    expect(expandWithVocabulary('европе')).toContain('страна');
    // The currency, and the Kazakh "көре" (see), folded.
    for (const word of ['евро', 'коре']) expect(expandWithVocabulary(word), word).not.toContain('страна');
  });

  it('read a short city name, whose stem is too short to be its own, in its Russian cases', () => {
    for (const word of ['прагу', 'праге', 'риме', 'рима']) expect(expandWithVocabulary(word), word).toContain('страна');
    for (const word of ['праздник', 'римский']) expect(expandWithVocabulary(word), word).not.toContain('страна');
  });

  it('read every country the country list names, in Russian and Kazakh, in any case', () => {
    for (const word of ['польшу', 'польше', 'португалии', 'нидерландах', 'туркияда', 'ресейге', 'жапонияга']) {
      expect(expandWithVocabulary(word), word).toContain('страна');
    }
    expect(vocabularySynonyms('польшу'), 'a name is read, never searched for').not.toContain('польша');
  });

  it('do not read home, or words that share only a short stem with a name, as another country', () => {
    // Kazakhstan; "самому" (Samoa's short stem); the Kazakh sum, "соманы" (Somalia's); "дом" (Dominica's)
    for (const word of ['казахстане', 'казакстанда', 'самому', 'соманы', 'дома', 'мало', 'данных']) {
      expect(expandWithVocabulary(word), word).not.toContain('страна');
    }
  });
});

describe('phraseSynonyms', () => {
  it('gives each word of a phrase said in full the one-word entries of its group', () => {
    const said = phraseSynonyms(['где', 'оператор', 'фискальных', 'данных']);
    // The group's one-word entries: the Kazakh initials and the Russian ones.
    for (const word of ['оператор', 'фискальных', 'данных']) expect(said.get(word)).toEqual(['фдо', 'офд']);
    expect(said.has('где')).toBe(false);
  });

  it('reads an online shop, said in full, as the internet shops of the guide', () => {
    expect(phraseSynonyms(['онлайн', 'дукеннен']).get('онлайн')).toContain('интернетдукен');
    expect(phraseSynonyms(['онлайн', 'оплата']).size).toBe(0);
    expect(phraseSynonyms(['кызыл', 'карта', 'толеу']).get('кызыл')).toContain('red');
    expect(phraseSynonyms(['закрыла', 'карту', 'ред']).get('карту')).toContain('red');
    expect(phraseSynonyms(['карту', 'другого', 'банка']).size).toBe(0);
    expect(phraseSynonyms(['ежемесячный', 'счет']).get('ежемесячный')).toContain('счет');
    // "How much to pay" is the sum, also typed in Latin letters.
    expect(phraseSynonyms(['сколько', 'платить']).get('платить')).toContain('сумма');
    expect(phraseSynonyms(['skolko', 'platit']).get('platit')).toContain('сумма');
    // "бонус балансым" (my bonus balance) is the bonuses
    expect(phraseSynonyms(['бонус', 'балансым']).get('балансым')).toContain('кэшбэк');
    expect(phraseSynonyms(['баланс', 'карты']).size).toBe(0);
    // "полное погашение" (paying off in full) is the early repayment
    expect(phraseSynonyms(['полное', 'погашение']).get('полное')).toContain('досрочно');
    // "закрыть месячный" (closing the month's bill) is paying it; closing alone is not
    expect(phraseSynonyms(['закрыть', 'месячный', 'ред']).get('закрыть')).toContain('оплатить');
    expect(phraseSynonyms(['ежемесячно', 'закрывать']).get('закрывать')).toContain('оплатить');
    // closing at a machine is paying: no product is closed at an ATM
    expect(phraseSynonyms(['закрыть', 'через', 'банкомат']).get('закрыть')).toContain('оплатить');
    expect(phraseSynonyms(['закрыть', 'в', 'приложении']).size).toBe(0);
    expect(phraseSynonyms(['закрыть', 'ред']).size).toBe(0);
    // "кем түсті" (came less) is counted wrong; "қол жеткізу" (to lay hands on) is getting it
    expect(phraseSynonyms(['бонус', 'кем', 'тусти']).get('тусти')).toContain('дурыс');
    expect(phraseSynonyms(['бонус', 'аз', 'келди']).get('келди')).toContain('дурыс');
    expect(phraseSynonyms(['бонуска', 'кол', 'жеткизу']).get('жеткизу')).toContain('алу');
  });

  it('gives nothing for part of a phrase, or its words far apart', () => {
    expect(phraseSynonyms(['оператор', 'данных']).size).toBe(0);
    expect(phraseSynonyms(['оператор', 'каспи', 'фискальных', 'данных']).size).toBe(0);
    expect(phraseSynonyms([]).size).toBe(0);
  });

  it('reads a phrase through the filler between its words, not through a topic word', () => {
    // "придется" (have to) only says something about the asker.
    expect(phraseSynonyms(['сколько', 'придется', 'платить']).get('платить')).toContain('сумма');
    // …and through stop words it does not hold itself ("надо будет").
    expect(phraseSynonyms(['сколько', 'надо', 'будет', 'заплатить']).get('заплатить')).toContain('сумма');
    // A stop word of a phrase only as itself: "до скольки можно оплатить" asks until what hour, not how much.
    expect(phraseSynonyms(['до', 'скольки', 'можно', 'оплатить']).size).toBe(0);
    expect(phraseSynonyms(['сколько', 'штраф', 'платить']).size).toBe(0);
    // The brand said as a machine's name ("банкомат каспи": Kaspi Банкомат) is passed over, as a product name is.
    expect(phraseSynonyms(['банкомат', 'каспи', 'ред', 'через', 'него', 'закрыть']).get('закрыть')).toContain('погасить');
    // …and the brand said as the place ("где в каспи написано": where in Kaspi is it written)
    expect(phraseSynonyms(['где', 'в', 'каспи', 'написано']).get('написано')).toContain('узнать');
    // …nor through a question word: "до какой даты" asks for a date, "до даты" (before the date) is paying ahead
    expect(phraseSynonyms(['до', 'даты', 'платежа']).get('даты')).toContain('заранее');
    expect(phraseSynonyms(['до', 'какой', 'даты']).size).toBe(0);
    // …nor through money, what a payment is made of: "сколько денег внести" says "сколько внести"
    expect(phraseSynonyms(['сколько', 'денег', 'внести']).get('внести')).toContain('сумма');
    expect(phraseSynonyms(['сколько', 'штраф', 'внести']).size).toBe(0);
  });

  it('turns only the one topic word of a said-only phrase into its group', () => {
    // "до даты" is paying ahead, said only: "даты" says "заранее" there, not a date
    expect(turnedWords(['оплатить', 'до', 'даты']).get('даты')).toContain('заранее');
    expect(turnedWords(['оплатить', 'до', 'даты']).get('до')).toBeUndefined();
    // a searched phrase ("не полностью") keeps its words; a said-only phrase of two topic words ("внести деньги") too
    expect(turnedWords(['сумма', 'не', 'полностью']).size).toBe(0);
    // two topic words beside a stop word ("на счету ноль") each keep their own meaning too
    expect(turnedWords(['на', 'счету', 'ноль']).size).toBe(0);
    expect(turnedWords(['как', 'внести', 'деньги']).size).toBe(0);
    expect(phraseSynonyms(['как', 'внести', 'деньги']).size).toBeGreaterThan(0);
    // finding out is what is done about the topic: "узнать заранее" (find out in advance) asks for the bill to come,
    // "оплатить заранее" (pay in advance) keeps its words
    expect(turnedWords(['хочу', 'заранее', 'знать', 'сумму']).get('заранее')).toContain('следующий');
    expect(turnedWords(['можно', 'узнать', 'заранее']).get('заранее')).toContain('следующий');
    expect(turnedWords(['можно', 'узнать', 'заранее']).get('узнать')).toBeUndefined();
    expect(turnedWords(['оплатить', 'заранее']).size).toBe(0);
  });

  it('should read a product that "снова заработает" (works again) as its sum growing, and working alone as nothing of it', () => {
    expect(turnedWords(['ред', 'снова', 'заработает']).get('заработает')).toContain('увеличиться');
    expect(turnedWords(['когда', 'снова', 'откроется', 'ред']).get('откроется')).toContain('увеличиться');
    expect(turnedWords(['ред', 'заработает']).size).toBe(0);
  });

  it('should read not paying "в срок" (on time) as being late, and "срок" alone as the date', () => {
    expect(turnedWords(['не', 'заплатить', 'ред', 'в', 'срок']).get('срок')).toContain('просрочить');
    expect(turnedWords(['срок', 'оплаты', 'реда']).size).toBe(0);
  });

  it('should read "дни" (days) and "дни месяца" as the date, "жарнамадағы" (in the advert) as the promotion, "приложуха" as the app', () => {
    expect(vocabularySynonyms('дни')).toContain('дата');
    expect(vocabularySynonyms('жарнамадагы')).toContain('акция');
    expect(vocabularySynonyms('приложухе')).toContain('приложение');
    expect(vocabularySynonyms('сайтта')).toContain('приложение');
    expect(vocabularySynonyms('сайттан')).not.toContain('приложение');
  });

  it('should read a bonus that "қайтады" (comes back) or "төленеді" (is paid) as given, and "қайда" (where) as nothing of it', () => {
    expect(phraseSynonyms(['бонус', 'кайтады', 'ма']).get('кайтады')).toContain('начислить');
    expect(phraseSynonyms(['кандай', 'пикирге', 'бонус', 'толенеди']).get('толенеди')).toContain('начислить');
    expect(phraseSynonyms(['бонусым', 'кайда', 'кетти']).get('кайда') ?? []).not.toContain('начислить');
  });

  it('should read paying all of Red ("оплатил ред весь целиком") as the early repayment, and paying the whole bill as nothing of it', () => {
    expect(turnedWords(['оплатил', 'ред', 'весь', 'целиком']).get('оплатил') ?? phraseSynonyms(['оплатил', 'ред', 'весь', 'целиком']).get('оплатил')).toContain('досрочно');
    expect(phraseSynonyms(['оплатил', 'весь', 'счет']).get('оплатил') ?? []).not.toContain('досрочно');
  });

  it('should read the goods a bill is asked for ("за какие товары") as its purchases, and goods alone as nothing of them', () => {
    expect(phraseSynonyms(['за', 'какие', 'товары', 'долг']).get('товары')).toContain('покупка');
    expect(phraseSynonyms(['товары', 'бонус']).get('товары') ?? []).not.toContain('покупка');
  });

  it('should read a merchant\'s "точка" (point of sale) as their shop', () => {
    expect(vocabularySynonyms('точка')).toContain('магазин');
    expect(vocabularySynonyms('точно')).not.toContain('магазин');
  });

  it('should read closing Red "заранее" (ahead of the bill) as paying, and closing it alone as nothing of it', () => {
    expect(phraseSynonyms(['закрыть', 'ред', 'заранее']).get('закрыть')).toContain('оплатить');
    expect(phraseSynonyms(['закрыть', 'ред']).get('закрыть') ?? []).not.toContain('оплатить');
  });

  it('should read paying off a debt as paying, and a payment schedule as the bill calendar, said with what they are of', () => {
    expect(phraseSynonyms(['после', 'погашения', 'задолженности', 'ред']).get('задолженности')).toContain('оплатить');
    expect(phraseSynonyms(['задолженность', 'по', 'реду']).get('задолженность') ?? []).not.toContain('оплатить');
    expect(phraseSynonyms(['график', 'платежей', 'по', 'реду']).get('график')).toContain('календарь');
    expect(phraseSynonyms(['ред', 'толем', 'кестеси']).get('кестеси')).toContain('календарь');
    expect(phraseSynonyms(['график', 'работы', 'отделений']).get('график') ?? []).not.toContain('календарь');
  });

  it('should read bonuses "пущу на ред" (put towards Red) and "сумма выплат" as paying', () => {
    expect(turnedWords(['бонусы', 'пущу', 'на', 'ред']).get('пущу')).toContain('оплатить');
    expect(vocabularySynonyms('выплат')).toContain('оплатить');
  });
});
