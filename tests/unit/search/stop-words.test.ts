import { describe, expect, it } from 'vitest';
import { isStopWord } from '../../../lib/search/stop-words';

describe('isStopWord', () => {
  it('should drop Russian function words', () => {
    for (const word of ['как', 'в', 'и', 'а', 'что', 'по', 'мне', 'если']) expect(isStopWord(word), word).toBe(true);
  });

  it('should drop Kazakh function words in folded spelling', () => {
    for (const word of ['жане', 'ушин', 'туралы', 'калай', 'кайда', 'кайдан', 'неликтен', 'аркылы', 'немесе', 'дейин', 'кезинде', 'кетти']) expect(isStopWord(word), word).toBe(true);
    // "бар ма" asks "is there", as Russian "есть" (on the Russian list) does.
    expect(isStopWord('бар')).toBe(isStopWord('есть'));
    // "ішінде" (within: "каспи ішінде") is a postposition, as "арқылы" is
    for (const word of ['ишинде', 'ишинен']) expect(isStopWord(word), word).toBe(true);
    // "қайда хабарласамын" (where do I turn), as "куда обращаться"
    expect(isStopWord('хабарласамын')).toBe(true);
    // "қанша" asks "how many", as Russian "сколько" does; "керек" says "needed", as "нужно" does.
    expect(isStopWord('канша')).toBe(isStopWord('сколько'));
    expect(isStopWord('керек')).toBe(isStopWord('нужно'));
    // "емес" says "not", as "не" does (negation.ts hears it).
    expect(isStopWord('емес')).toBe(isStopWord('не'));
    // "барлығы" (in all) says what "всего" says
    expect(isStopWord('барлыгы')).toBe(isStopWord('всего'));
    expect(isStopWord('барлык')).toBe(isStopWord('все'));
    // "нәрсе" (thing) in "не нәрсе" (what) asks what "не" asks
    expect(isStopWord('нарсе')).toBe(isStopWord('не'));
    // "болатын" (that can be: "жазуға болатын тауар") says what "можно" says
    expect(isStopWord('болатын')).toBe(isStopWord('можно'));
    // "бонус санын" (the number of bonuses) asks what "қанша бонус" asks
    for (const word of ['саны', 'санын']) expect(isStopWord(word), word).toBe(isStopWord('канша'));
    // "қаншаға дейін" (up to how much), "қаншадан" (from how much) ask what "қанша" asks
    for (const word of ['каншага', 'каншадан']) expect(isStopWord(word), word).toBe(isStopWord('канша'));
    // "алу жолы" (the way to get), "тәсілі" (the method) ask what "қалай" asks, as "способ" does
    for (const word of ['жолы', 'жолдары', 'тасили', 'тартиби']) expect(isStopWord(word), word).toBe(isStopWord('калай'));
    // "нені білдіреді" (what does it mean), "не қатысы бар" (what has it to do with) ask what "не" asks
    for (const word of ['нени', 'билдиреди', 'катысы']) expect(isStopWord(word), word).toBe(isStopWord('не'));
    // "сөзінің мағынасы" (the meaning of the word) asks what "не" asks
    for (const word of ['магынасы', 'созинин', 'соз']) expect(isStopWord(word), word).toBe(isStopWord('не'));
    // "өзі" (itself: "дегеніміз не өзі", what is it, then) is emphasis
    expect(isStopWord('ози')).toBe(true);
    // "тізімі" (the list of) asks what "қандай" asks
    expect(isStopWord('тизими')).toBe(isStopWord('кандай'));
    expect(isStopWord('жол')).toBe(false);
    // "жасау" (to make) is a light verb, as "делать" is
    for (const word of ['жасау', 'жасадым', 'жасасам', 'жасалады']) expect(isStopWord(word), word).toBe(isStopWord('делать'));
    // "не істеу керек", "не істеймін" (what to do) ask what "что делать" asks
    for (const word of ['истеу', 'истеймин', 'истесем']) expect(isStopWord(word), word).toBe(isStopWord('делать'));
  });

  it('should drop what people say about themselves or to be polite, in either language', () => {
    for (const word of ['думал', 'ожидал', 'хочу', 'могу', 'понять', 'покажи', 'наступает', 'делась', 'делись', 'уходит', 'ушли', 'станет', 'выпадает', 'скока', 'скок', 'оказался', 'стоит', 'берут', 'должен', 'делать', 'инструкция', 'реально', 'возможно', 'возможна', 'возможен', 'получится', 'означает', 'значит', 'способы', 'способом', 'образом', 'каким', 'какого', 'какую', 'живу', 'нахожусь', 'стою', 'умеет', 'пойду', 'одновременно', 'перечислите', 'напомните', 'напомни', 'места', 'ар', 'параллельно', 'жер', 'подскажите', 'здравствуйте', 'вроде', 'щас', 'пж', 'ойладым', 'тусиндиринизши', 'комектесинизши', 'рахмет', 'екен', 'гой', 'пошагово', 'пошаговая', 'набежало', 'вышел', 'разрешено', 'разрешается', 'имею', 'право', 'путями', 'варианты', 'возможность', 'функция', 'опция', 'билгим', 'болатынын', 'пришелся', 'попала', 'шаги', 'откуда', 'отчего', 'тусиндирип', 'айтып', 'кыскаша', 'алло', 'девушка', 'вопрос', 'кратко', 'допускается', 'истекает', 'легла', 'бойы', 'совершенных', 'совершил', 'отпуске', 'командировке', 'доступна', 'доступно', 'снимут', 'отдать', 'последний', 'последнее', 'нажать', 'расшифровка', 'аббревиатурасы', 'атауы', 'истейди', 'кнопку', 'вчера', 'оте', 'алде', 'болса', 'болуы', 'ондай', 'мундай', 'колыма', 'сверху', 'собираюсь', 'планирую', 'спланировать', 'бюджет', 'хочет', 'хотят', 'вахте', 'вахтой', 'екенин', 'накопились', 'накопленными', 'скопилось', 'жинаган', 'жиналган', 'жинаганым', 'катыстым', 'участвовал', 'разобраться', 'взял', 'взяла', 'оформил', 'оформила', 'новичок', 'стоить', 'обойдется', 'работе', 'возвращаясь', 'пользуюсь', 'катар', 'кордим', 'видел', 'увидела', 'вчерашнюю', 'например', 'мысалы', 'помню', 'знаю', 'дать']) expect(isStopWord(word), word).toBe(true);
    // collecting itself is what the most one may collect is about; getting a product ("как оформить") is what is asked
    for (const word of ['накопить', 'накопление', 'оформить', 'дата', 'дали']) expect(isStopWord(word), word).toBe(false);
  });

  it('should drop a Kazakh "than shown", "past", "is called", "filling up", and pressing or not getting it', () => {
    for (const word of ['толып', 'корсетилгеннен', 'жазылгандай', 'откен', 'аталады', 'понимает', 'жать']) {
      expect(isStopWord(word), word).toBe(true);
    }
    // not being shown is a trouble (a bonus not seen), and the month itself a topic
    // a current account ("текущий счёт") is one
    for (const word of ['корсетилмейди', 'месяц', 'ай', 'толеп', 'текущий']) expect(isStopWord(word), word).toBe(false);
  });

  it('should drop a month named, in either language and any case, which says when the asker did something', () => {
    for (const word of ['мае', 'мая', 'марта', 'декабре', 'январь', 'желтоксанда', 'кантардын', 'сауирде', 'мамырда']) expect(isStopWord(word), word).toBe(true);
    // "наурыз" is also the spring holiday; a word that only begins like a month is another word
    for (const word of ['наурыз', 'маша', 'мартышка', 'август2']) expect(isStopWord(word), word).toBe(false);
  });

  it('should drop "который" (which) in the forms lunr\'s list lacks, as in those it holds', () => {
    for (const word of ['которую', 'которое', 'котором', 'которому', 'которым', 'которыми']) expect(isStopWord(word), word).toBe(isStopWord('который'));
  });

  it('should drop "каждый" (each) in the forms lunr\'s list lacks, as in those it holds', () => {
    for (const word of ['каждой', 'каждого', 'каждую', 'каждому', 'каждым', 'каждом']) expect(isStopWord(word), word).toBe(isStopWord('каждый'));
  });

  it('should drop "по-прежнему" (still), as typed apart or joined, which tells how long', () => {
    expect(isStopWord('прежнему')).toBe(true);
    expect(isStopWord('попрежнему')).toBe(true);
  });

  it('should drop a name\'s spelling in full ("толық жазылуы"), asked as "деген" is', () => {
    expect(isStopWord('жазылуы')).toBe(true);
    expect(isStopWord('жазу')).toBe(false);
  });

  it('should drop "нету" (there is none), as "нет" is dropped', () => {
    expect(isStopWord('нету')).toBe(isStopWord('нет'));
    expect(isStopWord('нету')).toBe(true);
  });

  it('should drop a machine going dark ("погас"), and keep paying off', () => {
    for (const word of ['погас', 'погасла', 'погасло', 'погасли']) expect(isStopWord(word), word).toBe(true);
    for (const word of ['погасил', 'погасить']) expect(isStopWord(word), word).toBe(false);
  });

  it('should drop Kazakh "nothing" and Russian "from there", which the verb and the place named say', () => {
    for (const word of ['ештене', 'оттуда', 'отсюда']) expect(isStopWord(word), word).toBe(true);
  });

  it('should drop "временно" (for a while), and keep the time ("время") whose stem it shares', () => {
    expect(isStopWord('временно')).toBe(true);
    expect(isStopWord('времени')).toBe(false);
  });

  it('should drop "насчитают" (will charge), asked as "сколько" is', () => {
    for (const word of ['насчитают', 'насчитает']) expect(isStopWord(word), word).toBe(true);
    // a bill that came out higher ("насчитали больше") is a topic
    expect(isStopWord('насчитали')).toBe(false);
  });

  it('should drop "выйдет" (will come out), a verb of happening', () => {
    for (const word of ['выйдет', 'выйдут', 'выходит']) expect(isStopWord(word), word).toBe(true);
  });

  it('should drop how much more and than what ("вдвое больше обычного"), which tell the comparison, not its topic', () => {
    for (const word of ['намного', 'гораздо', 'значительно', 'вдвое', 'втрое', 'обычного', 'обычно']) expect(isStopWord(word), word).toBe(true);
    expect(isStopWord('больше')).toBe(false);
  });

  it('should drop the words of being near a place and "впервые", which tell the story', () => {
    for (const word of ['возле', 'напротив', 'жанында', 'касында', 'впервые']) expect(isStopWord(word), word).toBe(true);
  });

  it('should drop Kazakh "қайтіп" (how, as said), not "қайтып" (having come back)', () => {
    expect(isStopWord('кайтип')).toBe(true);
    expect(isStopWord('кайтып')).toBe(false);
  });

  it('should drop a week, in either language, which tells how long or how long ago', () => {
    for (const word of ['неделю', 'недели', 'аптадан']) expect(isStopWord(word), word).toBe(true);
  });

  it('should drop Kazakh "ұйым", "мекеме" (an organisation, an institution), which ask what a name stands for', () => {
    for (const word of ['уйым', 'уйымы', 'мекеме']) expect(isStopWord(word), word).toBe(true);
  });

  it('should drop a name\'s abbreviation and letters ("қысқартуының", "үш әрпі"), which ask what it stands for, and "напишите" (write me)', () => {
    for (const word of ['кыскарту', 'кыскартуынын', 'арпи', 'ариптери', 'напишите', 'распишите']) expect(isStopWord(word), word).toBe(true);
  });

  it('should drop Kazakh "енді" (now) and the particle "-ақ" (just), which tell a story\'s order and tone', () => {
    for (const word of ['енди', 'ак']) expect(isStopWord(word), word).toBe(true);
  });

  it('should drop Kazakh "бірден" (at once), how the asker did it, and "арналған" (meant for), a postposition as "үшін" is', () => {
    for (const word of ['бирден', 'арналган']) expect(isStopWord(word), word).toBe(true);
  });

  it('should drop "по-разному", "по-всякому" (differently), which ask how by the words around them', () => {
    for (const word of ['разному', 'поразному', 'всякому']) expect(isStopWord(word), word).toBe(true);
  });

  it('should drop "больше нужного" (than needed), who asks ("муж спрашивает"), and Kazakh "мүмкін" (possible) and "неде" (in what)', () => {
    for (const word of ['нужного', 'положенного', 'спрашивает', 'интересуется', 'мумкин', 'неде', 'неден']) expect(isStopWord(word), word).toBe(true);
  });

  it('should drop "как правильно" (how rightly), asked as "как" is; not "неправильно" (wrongly), a trouble', () => {
    expect(isStopWord('правильно')).toBe(true);
    expect(isStopWord('неправильно')).toBe(false);
  });

  it('should drop a machine that "берёт", "возьмёт" (takes) the money, which asks whether one may pay there', () => {
    for (const word of ['берет', 'возьмет']) expect(isStopWord(word), word).toBe(true);
  });

  it('should drop understanding asked as "we" or in general ("дегенді қалай түсінеміз"), and keep "түсінемін" (how do I tell), a finding out', () => {
    for (const word of ['тусинемиз', 'тусинуге']) expect(isStopWord(word), word).toBe(true);
    expect(isStopWord('тусинемин')).toBe(false);
  });

  it('should drop "покажите" (show me), and keep Kazakh "көрсетіңізші" (finding out, as the vocabulary reads it) and "көрсетілмейді" (not shown, a trouble)', () => {
    expect(isStopWord('покажите')).toBe(true);
    for (const word of ['корсетиниз', 'корсетинизши', 'корсетилмейди']) expect(isStopWord(word), word).toBe(false);
  });

  it('should drop how soon a Kazakh asker repays ("ерте", "мерзімінен бұрын", "уақытында"), and keep Russian "вовремя"', () => {
    for (const word of ['ерте', 'мерзиминен', 'бурын', 'уакытынан', 'уакытында']) expect(isStopWord(word), word).toBe(true);
    expect(isStopWord('вовремя')).toBe(false);
  });

  it('should drop "разные" (different) in its forms, asking the tool to name ("назовите"), and an abbreviation or word asked in any case', () => {
    for (const word of ['разные', 'разных', 'разными', 'разная', 'назовите', 'назови', 'аббревиатурасын', 'аббревиатура', 'создин']) expect(isStopWord(word), word).toBe(true);
    // a section of the app, which the stemmer cuts to "бол" (to be)
    for (const word of ['болиминен', 'болимде', 'болимнен']) expect(isStopWord(word), word).toBe(true);
  });

  it('should keep the Russian list\'s words that carry a bank question\'s topic', () => {
    for (const word of ['больше', 'меньше', 'раньше', 'рано', 'время', 'день', 'другой', 'нельзя', 'два', 'процентов']) expect(isStopWord(word), word).toBe(false);
    // "лимит доступен", "доступная сумма": the limit the guide names, not whether one can
    for (const word of ['доступен', 'доступная']) expect(isStopWord(word), word).toBe(false);
  });

  it('should keep content words of either language', () => {
    for (const word of ['штраф', 'оплатить', 'бонус', 'пикир', 'kaspi', 'red', '2000']) expect(isStopWord(word), word).toBe(false);
  });
});
