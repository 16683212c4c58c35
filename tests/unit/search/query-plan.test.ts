import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildGuideIndex } from '../../../lib/search/build-index';
import { planQuery, typoReadings, type TermLookup } from '../../../lib/search/query-plan';
import { isKnownWord } from '../../../lib/search/judge-confidence';
import { createTermLookup } from '../../../lib/search/term-lookup';
import { ingestBundled } from '../guide-fixtures';

const lookup = createTermLookup(lunr.Index.load(buildGuideIndex(ingestBundled().questions).index.lunr));
const kinds = (query: string) => planQuery(query, lookup).words.flatMap((w) => w.terms.map((t) => t.kind));

describe('planQuery', () => {
  it('should expand the last word as a prefix only while it is being typed', () => {
    const terms = (query: string) => planQuery(query, lookup).words.flatMap((w) => w.terms.map((t) => t.term));
    expect(kinds('банк')).toContain('prefix');
    expect(terms('банк')).toContain('банкомат');
    expect(terms('банк ')).not.toContain('банкомат');
  });

  it('should complete a word being typed on the other layout as it reads there', () => {
    // "nthvb" is "терми" typed on the Latin layout: a word being typed, not a stem guessed at.
    expect(planQuery('nthvb', lookup).words[0]!.terms).toContainEqual(expect.objectContaining({ term: 'терминал', kind: 'completion' }));
    expect(planQuery('nthvb ', lookup).words[0]!.terms).not.toContainEqual(expect.objectContaining({ kind: 'completion' }));
  });

  it('should complete a word being typed in Latin letters as its Cyrillic reading', () => {
    const last = (query: string) => planQuery(query, lookup).words.at(-1)!.terms;
    expect(last('oplatit cherez bankom')).toContainEqual(expect.objectContaining({ term: 'банкомат', kind: 'completion' }));
    expect(last('oplatit cherez bankom ').map((t) => t.term)).not.toContain('банкомат');
  });

  it('should let a verb stem find the noun of the same root', () => {
    // "открыл" → откр, the answers' "открытия" → открыт.
    const plan = planQuery('открыл ', lookup).words[0]!;
    expect(plan.terms).toContainEqual(expect.objectContaining({ term: 'открыт', kind: 'stemPrefix' }));
  });

  it('should drop stop words but keep a query made only of them', () => {
    expect(planQuery('как и за штраф', lookup).words.map((w) => w.word)).toEqual(['штраф']);
    expect(planQuery('как', lookup).words.map((w) => w.word)).toEqual(['как']);
  });

  it('should read "щ" written for "сч" as the word it spells, however short ("щет": счёт)', () => {
    const [word] = planQuery('щет ред', lookup).words;
    expect(word!.terms).toContainEqual(expect.objectContaining({ term: 'счет', kind: 'script' }));
    expect(isKnownWord(word!)).toBe(true);
  });

  it('should read a word no form of which is known, a vowel written as heard ("аплачивать"), as the word the vocabulary spells out', () => {
    const [word] = planQuery('аплачивать ред', lookup).words;
    expect(word!.terms.map((t) => t.term)).toContain('оплат');
    expect(isKnownWord(word!)).toBe(true);
    // one vowel changed, "вернется" stems as "вернуть" does; it is no entry of the vocabulary, so it stays unknown
    const [returned] = planQuery('вернется ', lookup).words;
    expect(returned!.terms.map((t) => t.term)).not.toContain('возврат');
    expect(returned!.listed).toBe(false);
  });

  it('should read a vocabulary phrase typed word by word on the other layout as the phrase ("crjkmrj yflj gkfnbnm": сколько надо платить)', () => {
    const termsOf = (query: string) => planQuery(query, lookup).words.find((w) => w.word === 'платить')!.terms.map((t) => t.term);
    expect(termsOf('ult edbltnm crjkmrj yflj gkfnbnm pf htl')).toContain('сумм');
    expect(termsOf('где увидеть сколько надо платить за ред')).toContain('сумм');
  });

  it('should read a vocabulary phrase typed in Latin letters as the phrase ("skolko nado platit": сколько надо платить)', () => {
    const termsOf = (query: string) => planQuery(query, lookup).words.find((w) => w.word === 'platit')!.terms.map((t) => t.term);
    expect(termsOf('skolko mne nado platit po red')).toContain('сумм');
    expect(termsOf('kak platit po red')).not.toContain('сумм');
  });

  it('should drop days counted by a number ("на пару дней"), and keep a day named alone ("в какой день")', () => {
    const words = (query: string) => planQuery(query, lookup).words.map((w) => w.word);
    expect(words('штраф если оплачу на пару дней позже ')).not.toContain('дней');
    expect(words('штраф через 3 дня ')).not.toContain('дня');
    expect(words('в какой день оплачивать ред ')).toContain('день');
  });

  it('should drop a late payment the asker means to avoid ("чтобы не забыть"), and keep one told ("забыл", "не успел")', () => {
    const words = (query: string) => planQuery(query, lookup).words.map((w) => w.word);
    expect(words('оплачу ред заранее чтобы не забыть ')).not.toContain('забыть');
    expect(words('как не пропустить оплату ред ')).not.toContain('пропустить');
    expect(words('до какого числа гасить ред чтобы не было просрочки ')).not.toContain('просрочки');
    expect(words('забыл оплатить ред ')).toContain('забыл');
    expect(words('не успел оплатить ред ')).toContain('успел');
    // another verb after "не" stays
    expect(words('бонус не начислить ')).toContain('начислить');
  });

  it('should drop an ordinal that counts times ("первый раз"), and keep one that names a thing ("первый платёж")', () => {
    const words = (query: string) => planQuery(query, lookup).words.map((w) => w.word);
    expect(words('первый раз оплачиваю штраф ')).not.toContain('первый');
    expect(words('бірінші рет бонус ')).not.toContain('биринши');
    expect(words('первый платеж штраф ')).toContain('первый');
  });

  it('should read a case ending typed apart from a name in Latin letters as part of the name', () => {
    expect(planQuery('wildberries тен алсам ', lookup).words.map((w) => w.word)).toEqual(['wildberries', 'алсам']);
  });

  it('should read an ending typed after a hyphen as part of the word before it, and keep a word after a hyphen', () => {
    expect(planQuery('фдо-ның бонус ', lookup).words.map((w) => w.word)).toEqual(['фдо', 'бонус']);
    expect(planQuery('kaspi-мен бонус ', lookup).words.map((w) => w.word)).toEqual(['kaspi', 'бонус']);
    expect(planQuery('интернет-дүкен бонус ', lookup).words.map((w) => w.word)).toEqual(['интернет', 'дукен', 'бонус', 'интернетдукен']);
  });

  it('should read a question particle typed onto a word as apart from it ("келеме": келе ме)', () => {
    expect(planQuery('бонус келеме ', lookup).words.map((w) => w.word)).toEqual(['бонус', 'келе']);
    expect(planQuery('төлемесем болама ', lookup).words.map((w) => w.word)).toEqual(['толемесем']);
  });

  it('should drop a function word with a vowel written as heard ("кагда", "можна") as the stop word it is', () => {
    expect(planQuery('кагда оплачивать ', lookup).words.map((w) => w.word)).toEqual(['оплачивать']);
    expect(planQuery('можна оплатить заранее ', lookup).words.map((w) => w.word)).toEqual(['оплатить', 'заранее']);
  });

  it('should read a verb done short of the whole ("недозачислил") as that verb and "частично"', () => {
    const plan = planQuery('банкомат недозачислил ', lookupOver(['банкомат', 'зачисл', 'поступ', 'част']));
    expect(plan.words.map((w) => w.word)).toEqual(['банкомат', 'недозачислил', 'частично']);
    expect(plan.words[1]!.terms.map((t) => `${t.term}:${t.kind}`).sort()).toEqual(['зачисл:prefixedForm', 'поступ:vocabulary']);
    expect(planQuery('банкомат недоступен ', lookupOver(['банкомат', 'ступ'])).words.map((w) => w.word)).toEqual(['банкомат', 'недоступен']);
  });

  it('should read a product named in a case form ("по реду") as surely as the name alone, with no other words its letters begin', () => {
    const planned = planQuery('платеж по реду ', lookup).words.find((w) => w.word === 'реду')!;
    expect(planned.terms).toContainEqual(expect.objectContaining({ term: 'red', kind: 'caseForm' }));
    expect(planned.terms.map((t) => t.kind)).not.toContain('stemPrefix');
  });

  it('should plan a word said twice, in any of its forms, once', () => {
    const words = (query: string) => planQuery(query, lookup).words.map((w) => w.word);
    expect(words('счет за покупки счета ')).toEqual(['счет', 'покупки']);
    // "төлемді … төлемесем": the same word in two forms, the first kept
    expect(words('төлемді салдым, төлемесем бола ма')).toEqual(['толемди', 'салдым']);
    // "алдын ала" (in advance) is said of paying ahead, neither word searched (adverbs-written-apart.ts)
    expect(words('төлемді алдын ала салдым ')).toEqual(['толемди', 'салдым']);
    // Synonyms are not the same word: "досрочно" and "погашение" share a vocabulary group, not a stem.
    expect(words('досрочного погашения ')).toEqual(['досрочного', 'погашения']);
  });

  it('should read "не ту", "не туда" (the wrong one, the wrong way) as "ошибка", and "не то", "ту" alone as nothing', () => {
    const words = (query: string) => planQuery(query, lookup).words.map((w) => w.word);
    expect(words('нажал не ту кнопку и деньги ушли в счет')).toContain('ошибка');
    expect(words('перевел деньги не туда')).toContain('ошибка');
    expect(words('не то чтобы штраф большой')).not.toContain('ошибка');
    expect(words('оплатил ту сумму в счет')).not.toContain('ошибка');
  });

  it('should read "сколько … должен" (how much do I owe) as "сумма", and "должен" alone as nothing', () => {
    const words = (query: string) => planQuery(query, lookup).words.map((w) => w.word);
    expect(words('сколько я должен по ред')).toContain('сумма');
    expect(words('скока с меня причитается за ред')).toContain('сумма');
    // "сколько там набежало" (how much has it come to)
    expect(words('хочу погасить ред, а сколько там набежало не вижу')).toContain('сумма');
    expect(words('счет больше чем должен быть')).not.toContain('сумма');
    expect(words('набежало много покупок по реду')).not.toContain('сумма');
  });

  it('should read "за что" (what for) asked of a charge as the purchases it is for, and of anything else as nothing', () => {
    const words = (query: string) => planQuery(query, lookup).words.map((w) => w.word);
    expect(words('за что мне выставили счет ред')).toContain('покупка');
    expect(words('хочу посмотреть, за что именно я должна по реду')).toContain('покупка');
    expect(words('2000 тенге штраф за что')).not.toContain('покупка');
    expect(words('что за счет пришел')).not.toContain('покупка');
  });

  it('should read a sum compared with what the asker expected ("больше, чем я считал") as "расчет", and the thinking alone as nothing', () => {
    const words = (query: string) => planQuery(query, lookup).words.map((w) => w.word);
    expect(words('счет по ред больше чем я считал')).toContain('расчет');
    expect(words('ред требует больше денег чем стоили мои покупки')).toContain('расчет');
    expect(words('сумма меньше чем думала')).toContain('расчет');
    expect(words('я считал что ред можно оплатить бонусами')).not.toContain('расчет');
    expect(words('больше чем нужно заплатил')).not.toContain('расчет');
    // a comparative beside the verb of expecting says the same ("я считала меньше"); so does spending less than the bill
    expect(words('почему сумма за ред выросла, я считала меньше')).toContain('расчет');
    expect(words('откуда такая сумма в счете ред, я тратил меньше')).toContain('расчет');
    expect(words('почему по ред насчитали столько, я столько не тратил')).toContain('расчет');
    expect(words('потратила больше чем могла')).not.toContain('расчет');
    expect(words('я не тратил бонусы')).not.toContain('расчет');
    expect(words('считала покупки, меньше не стало')).not.toContain('расчет');
  });

  it('should read "не всё" and its forms as "частично" (only part of it), and "всё" alone as nothing', () => {
    expect(planQuery('терминал зачислил не всю сумму', lookup).words.map((w) => w.word)).toContain('частично');
    expect(planQuery('терминал зачислил всю сумму', lookup).words.map((w) => w.word)).not.toContain('частично');
  });

  it('should read a vocabulary phrase said in full, in any order, as the word its group names it by', () => {
    const termsOf = (query: string) => planQuery(query, lookup).words.map((w) => w.terms.map((t) => t.term));
    // The bundled Kazakh answer names the fiscal data operator "ФДО" only.
    for (const query of ['оператор фискальных данных', 'фискальные данные оператор', 'фискалдық деректер операторы']) {
      expect(termsOf(query).every((terms) => terms.includes('фдо')), query).toBe(true);
    }
    expect(termsOf('оператор данных').flat()).not.toContain('фдо');
    expect(termsOf('оператор каспи и фискальные данные').flat()).not.toContain('фдо');
  });

  it('should read a payment\'s figure ("цифра платежа") as its sum, and a code\'s digits ("четыре цифры") as nothing of it', () => {
    const termsOf = (query: string) => planQuery(query, lookup).words.flatMap((w) => w.terms.map((t) => t.term));
    expect(termsOf('цифра платежа')).toContain('сумм');
    expect(termsOf('какую цифру платить')).toContain('сумм');
    expect(termsOf('забыл четыре цифры пин кода')).not.toContain('сумм');
    // "обязательный платёж" (the payment due) is the monthly bill: its adjective too
    const due = planQuery('обязательного платежа', lookup).words.find((w) => w.word === 'обязательного');
    expect(due?.terms.map((t) => t.term)).toContain('счет');
  });

  it('should let a Kazakh verbal noun find the present of the same verb ("жинауға" → "жинай аламын")', () => {
    const plan = planQuery('бонус жинауға ', lookup).words[1]!;
    expect(plan.terms).toContainEqual(expect.objectContaining({ term: 'жинай', kind: 'verbForm' }));
  });

  it('should give a Kazakh verb in the present the synonyms of its verbal noun ("төлеймін" pays, as "төлеу" does)', () => {
    const plan = planQuery('төлеймін ', lookup).words[0]!;
    expect(plan.terms).toContainEqual(expect.objectContaining({ term: 'оплат', kind: 'vocabulary' }));
  });

  it('should let a noun find its "-чн-" adjective ("праздник" → "праздничный"), as a guess, not as the word itself', () => {
    const plan = planQuery('оплата в праздник ', lookup).words.find((w) => w.word === 'праздник')!;
    expect(plan.terms).toContainEqual(expect.objectContaining({ term: 'праздничн', kind: 'derived' }));
    expect(isKnownWord(plan)).toBe(false);
  });

  it('should read a number said in words as the digits the answers write ("екі айлық төлем": 2)', () => {
    const plan = planQuery('екі айлық төлем', lookup).words[0]!;
    expect(plan.terms).toContainEqual(expect.objectContaining({ term: '2', kind: 'script' }));
  });

  it('should list a topic word of the domain the shipped answers lack ("отменить": cancelling), so that an answer without it is not the answer', () => {
    const cancel = planQuery('отменить покупку', lookup).words[0]!;
    expect(cancel.listed).toBe(true);
    expect(isKnownWord(cancel)).toBe(true);
  });

  it('should drop a Kazakh aspect auxiliary after a converb, and keep the same verb elsewhere', () => {
    expect(planQuery('бонусым жоғалып қалды', lookup).words.map((w) => w.word)).toEqual(['бонусым', 'жогалып']);
    expect(planQuery('бонус қалды', lookup).words.map((w) => w.word)).toEqual(['бонус', 'калды']);
  });

  it('should add typo matches only when the word itself is unknown, and weigh them lowest', () => {
    expect(kinds('штраф')).not.toContain('typo');
    const plan = planQuery('штарф ', lookup).words[0]!;
    expect(plan.terms.map((t) => t.term)).toContain('штраф');
    expect(Math.max(...plan.terms.map((t) => t.weight))).toBeLessThan(0.5);
  });

  it('should read a typo that reaches a vocabulary word as that word, not as other words of the index as near', () => {
    // Among many answers, "штарф" is as near "шарф" (a scarf) as "штраф" (a fine), which the vocabulary holds.
    const base = ingestBundled().questions;
    const scarf = { ...base[0]!, id: 999001, ids: [999001], title: 'Шарф и штат', text: 'Шарф и штат' };
    const wider = createTermLookup(lunr.Index.load(buildGuideIndex([...base, scarf]).index.lunr));
    expect(wider.has('шарф')).toBe(true);
    const typed = planQuery('штарф ', wider).words[0]!.terms.map((t) => t.term);
    expect(typed).toContain('штраф');
    expect(typed).not.toContain('шарф');
    // a typo that reaches no vocabulary word keeps every near word ("шарфф")
    expect(planQuery('шарфф ', wider).words[0]!.terms.map((t) => t.term)).toContain('шарф');
  });

  it('should give a typo of a vocabulary word what the word says, at typo weight, and not a typo of a short stem', () => {
    // "прошрочка" is one letter from "просрочка", whose vocabulary says "вовремя" (the guide's title word).
    const late = planQuery('прошрочка ', lookup).words[0]!;
    expect(late.terms).toContainEqual(expect.objectContaining({ term: 'просрочк', kind: 'typo' }));
    expect(late.terms).toContainEqual(expect.objectContaining({ term: 'воврем', kind: 'typo' }));
    // "опазданые" is a typo of "опоздание": its six-letter stem is long enough to bring the penalty's vocabulary.
    expect(planQuery('опазданые ', lookup).words[0]!.terms).toContainEqual(expect.objectContaining({ term: 'воврем', kind: 'typo' }));
    // "стать" (become) is one letter from "сат" (sell), a short stem many words are a typo of: no synonyms of selling.
    expect(planQuery('стать ', lookup).words[0]!.terms.map((t) => t.term)).not.toContain('покупк');
  });

  it('should read a stop word typed on the other layout as the stop word it is', () => {
    // "ghjcnj jgkfnbnm" is "просто оплатить" typed on the Latin layout.
    const plan = planQuery('ghjcnj jgkfnbnm ', lookup);
    expect(plan.words.map((w) => w.word)).toEqual(['оплатить']);
    expect(plan.correctedQuery).toBe('просто оплатить');
  });

  it('should read a whole query typed on the English layout with keys that are Cyrillic letters', () => {
    // "cx`n" is "счёт": word by word, the ` would be dropped as punctuation.
    const plan = planQuery('rfr jgkfnbnm cx`n ', lookup);
    expect(plan.correctedQuery).toBe('как оплатить счет');
    expect(plan.words.map((w) => w.word)).toEqual(['оплатить', 'счет']);
  });

  it('should read a word whose letter keys were taken for punctuation whole, though its pieces are words of a big guide', () => {
    // "vj;yj" is "можно", ",jyecjd" "бонусов": as typed, ";" and "," split and cut them into "vj" (мо) and "jyecjd" (онусов).
    // In a guide of thousands, such pieces are some answer's words; they must not outvote the words read whole.
    const [template] = ingestBundled().questions;
    const bigGuide = [...ingestBundled().questions, { ...template!, id: 1, ids: [1], title: 'Мо', text: 'Мо онустел онустелмет.' }];
    const bigLookup = createTermLookup(lunr.Index.load(buildGuideIndex(bigGuide).index.lunr));
    const plan = planQuery('crjkmrj ,jyecjd vj;yj yfrjgbnm', bigLookup);
    expect(plan.correctedQuery).toBe('сколько бонусов можно накопить');
    expect(plan.words.map((w) => w.word)).toEqual(['бонусов', 'накопить']);
  });

  it('should read only the word typed on the other layout in a Latin query, and correct only that word', () => {
    // Read whole on the Cyrillic layout (the comma is б there), "kaspi red," is gibberish: word by word, more words make sense.
    const plan = planQuery('kaspi red, jgkfnf ', lookup);
    expect(plan.words.map((w) => w.word)).toEqual(['kaspi', 'red', 'оплата']);
    expect(plan.correctedQuery).toBe('kaspi red оплата');
  });

  it('should read a whole text typed on the other layout when its words as typed are only the reading\'s own, read one by one', () => {
    // word by word, "наличными" and "терминал" make sense apart; read whole, cash said at a machine is no topic
    expect(planQuery('vj;yj kb gjufcbnm htl yfkbxysvb xthtp nthvbyfk', lookup).correctedQuery).toBe('можно ли погасить ред наличными через терминал');
    expect(planQuery('crjkmrj gkfnbnm pf htl d ltrf,ht', lookup).correctedQuery).toBe('сколько платить за ред в декабре');
  });

  it('should plan again the text a query read word by word on the other layout reads, so that its words are read with their neighbours', () => {
    // no key stands for a letter, so the text is read word by word; planned again, cash said at a machine is no topic
    const plan = planQuery('dyjie yfkbxyst xthtp nthvbyfk rfcgb pf htl', lookup);
    expect(plan.correctedQuery).toBe('вношу наличные через терминал каспи за ред');
    expect(plan.words.map((w) => w.word)).toEqual(planQuery('вношу наличные через терминал каспи за ред', lookup).words.map((w) => w.word));
    expect(plan.words.map((w) => w.word)).not.toContain('наличные');
  });

  it('should keep a word the vocabulary knows that is one vowel from a function word ("долга", heard as "долго"), and read a function word heard so', () => {
    expect(planQuery('положила на ред всю сумму долга', lookup).words.map((w) => w.word)).toContain('долга');
    expect(planQuery('кагда платить ред', lookup).words.map((w) => w.word)).not.toContain('кагда');
    expect(planQuery('сколька пеня за прасрочку реда', lookup).words.map((w) => w.word)).not.toContain('сколька');
  });

  it('should keep Latin text with a dot as typed when reading it on the other layout finds nothing', () => {
    expect(planQuery('kaspi.kz', lookup).correctedQuery).toBeNull();
  });

  it('should not read two function words joined by a hyphen ("кто-нибудь", "что-то") as a word, and keep other joined words', () => {
    const words = (query: string) => planQuery(query, lookup).words.map((w) => w.word);
    expect(words('кто-нибудь платил за ред в терминале')).not.toContain('ктонибудь');
    expect(words('что-то не так со счетом ред')).not.toContain('чтото');
    expect(words('интернет-дүкен бонус')).toContain('интернетдукен');
  });

  it('should split a brand name typed joined to another word, and no other unknown word', () => {
    expect(planQuery('kaspired оплата ', lookup).words.map((w) => w.word)).toEqual(['kaspi', 'red', 'оплата']);
    expect(planQuery('каспиголд ', lookup).words.map((w) => w.word)).toEqual(['каспи', 'голд']);
    // Both halves are words the index knows, but neither is a brand: kept whole.
    expect(planQuery('штрафсчет ', lookup).words.map((w) => w.word)).toEqual(['штрафсчет']);
  });

  it('should find brand names written in the other script', () => {
    expect(planQuery('голд ', lookup).words[0]!.terms.map((t) => t.term)).toContain('gold');
  });

  it('should cut very long words so a pasted text stays cheap', () => {
    const plan = planQuery('щ'.repeat(5000), lookup);
    expect(plan.words[0]!.word.length).toBeLessThanOrEqual(32);
  });

  it('should read what askers say of a bill, a payment and a limit as the guide\'s words for it', () => {
    const termsOf = (query: string, word: string) => planQuery(query, lookup).words.find((w) => w.word === word)?.terms.map((t) => t.term) ?? [];
    // the payment due is the bill's sum
    expect(termsOf('где посмотреть минимальный платеж по реду', 'минимальный')).toContain('сумм');
    // a month "закрыт" is paid; money "перевела на досрочное погашение" is put in
    expect(termsOf('ред погашен, а закрыт только месяц', 'закрыт')).toContain('погас');
    expect(termsOf('перевела деньги на досрочное погашение', 'перевела')).toContain('внес');
    // a debt that still hangs did not arrive; bonuses "применить к оплате" pay; a "взнос" is the monthly bill
    expect(planQuery('оплатил ред, а задолженность так и висит', lookup).words.flatMap((w) => w.terms.map((t) => t.term))).toContain('поступ');
    expect(termsOf('применить бонусы к оплате', 'применить')).toContain('оплат');
    expect(termsOf('какой взнос будет', 'взнос')).toContain('счет');
    // what Kaspi's site ("каспи сайтынан") shows is on Kaspi.kz; "көрінетін жер" (the place it shows) is where to look
    expect(termsOf('бонусты каспи сайтынан неге көре алмаймын', 'сайтынан')).toContain('приложен');
    expect(termsOf('бонустарым көрінетін жер қайда', 'коринетин')).toContain('узна');
    // payments left are the bills to come; a sum that "не сходится" differs from the asker's reckoning; the whole debt paid is the early repayment
    expect(termsOf('сколько платежей по реду осталось ', 'платежей')).toContain('след');
    expect(termsOf('в счете сумма не сходится с ценой', 'сходится')).toContain('расчет');
    expect(termsOf('положила на ред всю сумму долга', 'долга')).toContain('досрочн');
    // none of them alone
    expect(termsOf('закрыт ли ред', 'закрыт')).not.toContain('погас');
    expect(termsOf('перевела деньги с реда на карту', 'перевела')).not.toContain('внес');
    expect(termsOf('бонус көрінбей тұр', 'коринбей')).not.toContain('узна');
    expect(termsOf('сколько осталось денег на реде', 'осталось')).not.toContain('след');
    expect(termsOf('какой долг по реду', 'долг')).not.toContain('досрочн');
  });

  it('should read Kazakh "кез келген" (any) as no topic word', () => {
    expect(planQuery('кез келген тауарға пікір жазуға бола ма', lookup).words.map((w) => w.word)).toEqual(['тауарга', 'пикир', 'жазуга']);
  });
});

/** A lookup over a few Latin terms (no stemming, no other readings), to see each rule of planWord alone. */
function lookupOver(terms: string[]): TermLookup {
  const sorted = [...terms].sort();
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length]!;
  };
  return {
    has: (term) => sorted.includes(term),
    withPrefix: (prefix, limit) => sorted.filter((t) => t.startsWith(prefix)).slice(0, limit),
    withinEdits: (term, edits, limit) => sorted.filter((t) => distance(term, t) <= edits).slice(0, limit),
  };
}

describe('planQuery, rule by rule', () => {
  const lookup = lookupOver(['payment', 'payments', 'paypal', 'palm', 'transfer', 'transfers', 'abcd', 'abcdefghijklmnop']);
  const planned = (query: string) => planQuery(query, lookup).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());

  it('should complete the word being typed from its second letter on', () => {
    expect(planned('pa')).toEqual([['palm:completion', 'payment:completion', 'payments:completion', 'paypal:completion']]);
    expect(planned('p')).toEqual([[]]);
  });

  it('should count completions nearly as the word, unless the letters typed are a term themselves', () => {
    // "payment" may be the whole word; "paym" is a longer word being typed.
    const weights = (query: string) => planQuery(query, lookup).words[0]!.terms.map((t) => `${t.term}:${t.kind}:${t.weight}`).sort();
    expect(weights('paym')).toEqual(['payment:completion:0.8', 'payments:completion:0.8']);
    expect(weights('payment')).toEqual(['payment:stem:1', 'payments:prefix:0.45']);
  });

  it('should let a finished stem of four letters or more stand for the terms it begins, unless the word itself is known', () => {
    expect(planned('paym ')).toEqual([['palm:typo', 'payment:stemPrefix', 'payments:stemPrefix']]);
    expect(planned('pay ')).toEqual([[]]);
    expect(planned('payment ')).toEqual([['payment:stem']]);
  });

  it('should look for typos only in finished words of 4 to 16 letters, two edits from 9 letters on', () => {
    expect(planned('abce ')).toEqual([['abcd:typo']]);
    expect(planned('abd ')).toEqual([[]]);
    expect(planned('trqnsfez ')).toEqual([[]]);
    expect(planned('trqnsferz ')).toEqual([['transfer:typo', 'transfers:typo']]);
    expect(planned('abcdefghijklmnoq ')).toEqual([['abcdefghijklmnop:truncated']]);
    expect(planned('abcdefghijklmnoqr ')).toEqual([[]]);
  });

  it('should not look for typos of a short stem of a long word ("кайтарылган": кай)', () => {
    const kazakh = lookupOver(['шар', 'чат', 'кар', 'кайтаруга']);
    expect(planQuery('кайтарылган ', kazakh).words[0]!.terms.map((t) => `${t.term}:${t.kind}`)).toEqual(['кайтаруга:typo']);
  });

  it('should look for two wrong letters in a long word only by a stem of six letters or more', () => {
    // "кредиттерим" → кредит (6): "кредо" is two edits away; "бонустарымыз" → бонус (5): "манус" is too.
    const kazakh = lookupOver(['кредо', 'манус']);
    const typos = (query: string) => planQuery(query, kazakh).words[0]!.terms.map((t) => `${t.term}:${t.kind}`);
    expect(typos('кредиттерим ')).toEqual(['кредо:typo']);
    expect(typos('бонустарымыз ')).toEqual([]);
  });

  it('should search a vocabulary phrase\'s words as one phrase, its stop words left out, and one-word synonyms alone', () => {
    // "переплатил": "внёс … больше" (a phrase) and "лишнее" (a word); "не поступила" is "поступила" alone.
    const words = lookupOver(['внес', 'больш', 'лишн', 'поступ']);
    const parts = (query: string) =>
      planQuery(query, words).words[0]!.terms.map((t) => `${t.term}:${t.phrase ? `${t.phrase.part}/${t.phrase.parts}` : 'alone'}`).sort();
    expect(parts('переплатил ')).toEqual(['больш:1/2', 'внес:0/2', 'лишн:alone']);
    expect(parts('съел ')).toEqual(['поступ:alone']);
  });

  it('should count a word whose group names it only by a phrase as a word of the vocabulary', () => {
    // "ежемесячный" has no one-word synonym, only "ай сайынғы".
    expect(planQuery('ежемесячный ', lookupOver(['ежемесячн'])).words[0]!.listed).toBe(true);
  });

  it('should find the participle of a "-ять" verb, whose stem drops the theme vowel, also when the verb\'s own stem is a term', () => {
    // "выставляется" → выставля; "выставлен" → выставл.
    const verbs = lookupOver(['выставл', 'выставля', 'гул']);
    const typed = (query: string) => planQuery(query, verbs).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());
    expect(typed('выставляется ')).toEqual([['выставл:verbForm', 'выставля:stem']]);
    // A stem shorter than six letters is not cut ("гуляет" → гуля): too many words end that way.
    expect(typed('гуляет ')[0]).not.toContain('гул:verbForm');
  });

  it('should find a Russian verb in "-ул"/"-ел" in its other tense, which Snowball stems apart, and that tense\'s synonyms', () => {
    // "вернул" stems to "вернул", "вернуть" to "вернут"; "вернуть" is in the group of "забрать".
    const verbs = lookupOver(['вернут', 'вернул', 'забра']);
    const typed = (query: string) => planQuery(query, verbs).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());
    expect(typed('вернула ')).toEqual([['вернул:stem', 'вернут:verbForm', 'забра:vocabulary']]);
    expect(typed('вернуть ')).toEqual([['вернул:verbForm', 'вернут:stem', 'забра:vocabulary']]);
  });

  it('should find a Kazakh negative past verb by its root, and the root\'s synonyms', () => {
    // "түспеді" stems to "түсп"; its root "түс" is in the vocabulary group of "есептелу" (a bonus is counted).
    const kazakh = lookupOver(['тус', 'есептел']);
    const typed = (query: string) => planQuery(query, kazakh).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());
    expect(typed('түспеді ')).toEqual([['есептел:vocabulary', 'тус:verbForm']]);
  });

  it('should find a Kazakh noun without its case ending, as a sure match', () => {
    // "магазинде" stems to "магаз" (-нде, then -и); "магазиннен" to "магазин".
    const kazakh = lookupOver(['магаз', 'магазин', 'магазинд']);
    const typed = (query: string) => planQuery(query, kazakh).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());
    expect(typed('магазинде ')[0]).toEqual(expect.arrayContaining(['магаз:stem', 'магазин:caseForm']));
    expect(typed('магазинде ')[0]!.every((t) => !t.endsWith(':typo') && !t.endsWith(':stemPrefix'))).toBe(true);
    // with "its" before the case ending ("магазинінде": in its shop), which the stemmer also cuts to "магаз"
    expect(typed('магазинінде ')[0]).toEqual(expect.arrayContaining(['магаз:stem', 'магазин:caseForm']));
  });

  it('should search paying at a shop named ("вайлдберриске голдпен төлесем бонус бар ма") as buying too, and paying alone as paying', () => {
    const kazakh = lookupOver(['тол', 'сат', 'онлайн']);
    const termsOf = (query: string, word: string) => planQuery(query, kazakh).words.find((w) => w.word === word)!.terms.map((t) => t.term);
    expect(termsOf('вайлдберриске голдпен төлесем бонус бар ма ', 'толесем')).toContain('сат');
    expect(termsOf('кредит төлесем бонус бар ма ', 'толесем')).not.toContain('сат');
  });

  it('should find a Russian noun as its nominative stems, which Snowball may stem apart', () => {
    // "терминале" stems to "терминал", "Терминал" in a title to "термина".
    const russian = lookupOver(['термина', 'терминал']);
    const typed = (query: string) => planQuery(query, russian).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());
    expect(typed('терминале ')).toEqual([['термина:caseForm', 'терминал:stem']]);
    // Also typed in Latin letters.
    expect(typed('terminale ')).toEqual([['термина:caseForm', 'терминал:script']]);
  });

  it('should find a Russian noun whose vowel comes and goes before "-к" in both of its stems', () => {
    // Snowball: "покупок" → покупок, "покупки" → покупк; "остаток" → остаток, "остатка" → остатк.
    const russian = lookupOver(['покупк', 'покупок', 'остаток']);
    const typed = (query: string) => planQuery(query, russian).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());
    expect(typed('покупок ')).toEqual([['покупк:caseForm', 'покупок:stem']]);
    expect(typed('остатка ')).toEqual([['остаток:caseForm']]);
  });

  it('should take a verb form or an aspect pair as a sure match: no guesses are added beside it', () => {
    // "выставли" is one edit from "выставля", "плато" begins with "плат": guesses only for a word nothing sure matched.
    const terms = lookupOver(['выставл', 'выставли', 'оплат', 'плато']);
    const typed = (query: string) => planQuery(query, terms).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());
    expect(typed('выставляется ')).toEqual([['выставл:verbForm']]);
    expect(typed('платить ')).toEqual([['оплат:prefixedForm']]);
  });

  it('should read a word with a key pressed twice or one too many as the word without it', () => {
    // "оплатитть" stems to "оплатитт", three edits from "оплатить"'s stem "оплат"; without one "т" it stems right.
    const russian = lookupOver(['оплат']);
    const typed = (query: string) => planQuery(query, russian).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());
    expect(typed('оплатитть ')).toEqual([['оплат:typo']]);
    expect(typed('оплатитьь ')).toEqual([['оплат:typo']]);
  });

  it('should give the terms typo search read misspelled words as, and no others', () => {
    const plan = planQuery('термнал оплата ', lookupOver(['терминал', 'оплат']));
    expect(typoReadings(plan)).toEqual(['терминал']);
    expect(typoReadings(planQuery('терминал оплата ', lookupOver(['терминал', 'оплат'])))).toEqual([]);
  });

  it('should read a word with a key beside the one meant as the word that key makes', () => {
    // "следуюший" (ш beside щ) stems to "следуюш", three edits from "следующий"'s stem "след"; a key two apart does not count.
    const russian = lookupOver(['след']);
    const typed = (query: string) => planQuery(query, russian).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());
    expect(typed('следуюший ')).toEqual([['след:typo']]);
    expect(typed('следуюгий ')).toEqual([[]]);
  });

  it('should read a word with a vowel left out as the word with it, when the stem changes with the vowel', () => {
    // "следущий" stems to "следущ", which no typo of the stem turns into "следующий"'s stem "след"
    const russian = lookupOver(['след']);
    const typed = (query: string) => planQuery(query, russian).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());
    expect(typed('следущий ')).toEqual([['след:typo']]);
    expect(typed('следующй ')).toEqual([['след:typo']]);
  });

  it('should read a word with one vowel typed for another as the word put right, when the stem changes with it', () => {
    // "следуйщего" stems to "следуйщ", which no typo of the stem turns into "следующего"'s stem "след"
    const russian = lookupOver(['след']);
    const typed = (query: string) => planQuery(query, russian).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());
    expect(typed('следуйщего ')).toEqual([['след:typo']]);
    // one vowel only: two wrong ones are another word
    expect(typed('сладуйщего ')).toEqual([[]]);
  });

  it('should not let a synonym stand for every word its two-letter stem begins', () => {
    // "получить" has the Kazakh synonym "алу", which Snowball stems to "ал" (take, buy, get); "ай" (month) is whole.
    const kazakh = lookupOver(['ал', 'алу', 'ай', 'месяц']);
    const typed = (query: string) => planQuery(query, kazakh).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());
    expect(typed('получить ')).toEqual([['алу:vocabulary']]);
    expect(typed('месяц ')).toEqual([['ай:vocabulary', 'месяц:stem']]);
  });

  it('should mark a word the domain vocabulary lists, also when the data holds none of its group', () => {
    const none = lookupOver(['товар']);
    const listed = (query: string) => planQuery(query, none).words.map((w) => [w.word, w.listed]);
    expect(listed('вернуть товар ')).toEqual([['вернуть', true], ['товар', true]]);
    expect(listed('телевизор ')).toEqual([['телевизор', false]]);
    // Typed in Latin letters: its Cyrillic reading is listed.
    expect(listed('vernut ')).toEqual([['vernut', true]]);
  });

  it('should read a brand misspelled in Cyrillic as the brand the guide writes in Latin, and no other word so', () => {
    // "кспи" is one edit from "каспи" (kaspi); "пришел" is one edit from the vocabulary's "прошел", not a brand.
    const brands = lookupOver(['kaspi', 'gold', 'поступ']);
    const typed = (query: string) => planQuery(query, brands).words.map((w) => w.terms.map((t) => `${t.term}:${t.kind}`).sort());
    expect(typed('кспи ')).toEqual([['kaspi:typo']]);
    expect(typed('голт ')).toEqual([['gold:typo']]);
    expect(typed('пришел ')).toEqual([[]]);
  });

  it('should try the word without its last one or two letters when at least five are left', () => {
    expect(planned('transfez ')).toEqual([['transfer:truncated', 'transfers:truncated']]);
    expect(planned('transfxy ')).toEqual([['transfer:truncated', 'transfers:truncated']]);
    expect(planned('transz ')).toEqual([['transfer:truncated', 'transfers:truncated']]);
    expect(planned('tranz ')).toEqual([[]]);
  });

  it('should not look for typos of a word that is being completed', () => {
    // Its completions are also what its stem begins: they count as completions, and still no typo ("palm") is added.
    expect(planned('paym')).toEqual([['payment:completion', 'payments:completion']]);
  });

  it('should count a synonym that is the word with a short prefix (an aspect pair) nearly as the word, not the other way round', () => {
    // The domain vocabulary groups платить with оплатить, заплатить and платеж.
    const verbs = lookupOver(['плат', 'оплат', 'заплат', 'платеж', 'переоплат']);
    const plan = (query: string) => planQuery(query, verbs).words[0]!.terms.map((t) => `${t.term}:${t.kind}:${t.weight}`).sort();
    expect(plan('платить ')).toEqual(['заплат:prefixedForm:0.8', 'оплат:prefixedForm:0.8', 'плат:stem:1', 'платеж:vocabulary:0.65']);
    expect(plan('оплатить ')).toEqual(['заплат:vocabulary:0.65', 'оплат:stem:1', 'плат:vocabulary:0.65', 'платеж:vocabulary:0.65']);
  });

  it('should give a word typed in Latin letters the synonyms of its Cyrillic reading', () => {
    // "=скольки" ("until what hour") is grouped with время; "платеж" with оплатить.
    const guide = lookupOver(['скольк', 'времен', 'плат', 'оплат', 'платеж']);
    const plan = (query: string) => planQuery(query, guide).words[0]!.terms.map((t) => `${t.term}:${t.kind}`).sort();
    expect(plan('skolki ')).toContain('времен:vocabulary');
    expect(plan('platezh ')).toEqual(expect.arrayContaining(['платеж:script', 'оплат:vocabulary']));
  });

  it('should read no more than the first 200 characters, and no more than 12 words', () => {
    expect(planQuery(`payment ${'y'.repeat(195)} transfer`, lookup).words.map((w) => w.word)).not.toContain('transfer');
    const many = Array.from({ length: 13 }, (_, i) => `w${String.fromCharCode(97 + i)}x`).join(' ');
    expect(planQuery(many, lookup).words).toHaveLength(12);
  });

  it('should read a place\'s name ("в Корее", "в Катаре") as that place alone, not by its stems as other words', () => {
    const near = lookupOver(['стран', 'кор', 'корин', 'ка', 'катар', 'дурыс', 'корзин']);
    const termsOf = (query: string) => planQuery(query, near).words[0]!.terms.map((t) => t.term);
    for (const place of ['корее', 'катаре']) {
      expect(termsOf(place), place).toContain('стран');
      // "кор" is also Kazakh "көр" (to see), and its group ("көрінбей")
      expect(termsOf(place).filter((term) => term !== 'стран'), place).toEqual([]);
    }
    // a word that is no name keeps its own stems
    expect(termsOf('корзина').length).toBeGreaterThan(0);
  });
});
