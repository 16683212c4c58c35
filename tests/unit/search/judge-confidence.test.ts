import { describe, expect, it } from 'vitest';
import { judgeConfidence as judgeEvidence, type FirstAnswerEvidence } from '../../../lib/search/judge-confidence';
import type { MatchKind, PlannedWord } from '../../../lib/search/query-plan';

/** A planned word whose terms are of the given kinds (none: a word the data does not know). */
const word = (text: string, ...kinds: MatchKind[]): PlannedWord => ({ word: text, terms: kinds.map((kind, i) => ({ term: `${text}${i}`, weight: 1, kind })) });

/** An answer whose title says the query's words, each of them telling (unless told otherwise): the checks before that one. */
const judgeConfidence = (
  evidence: Omit<FirstAnswerEvidence, 'titleShare' | 'phrase' | 'telling' | 'aside' | 'aboutOtherProduct' | 'situationUnasked' | 'sameTrouble'> & Partial<FirstAnswerEvidence>,
) => judgeEvidence({ titleShare: 1, phrase: 0, telling: evidence.words.map(() => true), aside: evidence.words.map(() => false), aboutOtherProduct: false, situationUnasked: false, sameTrouble: false, ...evidence });

describe('judgeConfidence', () => {
  it('should let an answer whose title tells the same trouble miss one word of the story around it', () => {
    // "сатып бонус жоқ көрінбейді": bought, no bonus, it does not show; the title says "бонусым көрінбей тұр"
    const words = [word('сатып', 'stem'), word('бонус', 'stem'), word('жок', 'stem'), word('коринбейди', 'stem')];
    const evidence = { words, matchShares: [0, 1, 1, 1], titleHasInformativeWord: true };
    expect(judgeConfidence({ ...evidence, sameTrouble: true }).confident).toBe(true);
    expect(judgeConfidence({ ...evidence, sameTrouble: false }).reason).toEqual({ kind: 'word-missing', word: 'сатып' });
    // matching only two telling words, it may be about another trouble ("терминал не принимает монеты")
    expect(judgeConfidence({ words: words.slice(1), matchShares: [0, 1, 1], titleHasInformativeWord: true, sameTrouble: true }).confident).toBe(false);
  });

  it('stands behind an answer that matches every known word and names one in its title', () => {
    expect(judgeConfidence({ words: [word('оплатить', 'stem'), word('счет', 'stem')], matchShares: [1, 1], titleHasInformativeWord: true }))
      .toEqual({ confident: true, reason: null });
  });

  it('declines when the answer lacks a word the data knows, naming it', () => {
    expect(judgeConfidence({ words: [word('депозит', 'stem'), word('открыть', 'stem')], matchShares: [0, 1], titleHasInformativeWord: true }))
      .toEqual({ confident: false, reason: { kind: 'word-missing', word: 'депозит' } });
  });

  it('lets the answer lack a number the asker typed, which tells the story, not the topic', () => {
    const words = [word('штраф', 'stem'), word('30', 'stem'), word('дней', 'stem')];
    expect(judgeConfidence({ words, matchShares: [1, 0, 1], titleHasInformativeWord: true })).toEqual({ confident: true, reason: null });
    expect(judgeConfidence({ words, matchShares: [1, 0, 0], titleHasInformativeWord: true }).reason).toEqual({ kind: 'word-missing', word: 'дней' });
    // said in words ("прошло два часа"), in either language
    for (const number of ['два', 'еки']) {
      const said = [word('штраф', 'stem'), word(number, 'stem'), word('дней', 'stem')];
      expect(judgeConfidence({ words: said, matchShares: [1, 0, 1], titleHasInformativeWord: true }), number).toEqual({ confident: true, reason: null });
    }
    // a sum's unit, with its number or alone ("лишнюю тысячу")
    for (const unit of ['тысячу', 'тенге', 'мын']) {
      const said = [word('переплата', 'stem'), word(unit, 'stem'), word('месяц', 'stem')];
      expect(judgeConfidence({ words: said, matchShares: [1, 0, 1], titleHasInformativeWord: true }), unit).toEqual({ confident: true, reason: null });
    }
  });

  it('lets the answer lack money itself, what any payment is made of, and not what is done with it', () => {
    // "кредит бойынша ақша салып жүрмін, бонус қосыла ма": paying money in on a loan; the answer says "кредит төлегенде"
    for (const money of ['акша', 'деньги', 'денег']) {
      const said = [word('кредит', 'stem'), word(money, 'vocabulary'), word('бонус', 'stem')];
      expect(judgeConfidence({ words: said, matchShares: [1, 0, 1], titleHasInformativeWord: true }), money).toEqual({ confident: true, reason: null });
    }
    const transfer = [word('кредит', 'stem'), word('перевод', 'stem'), word('бонус', 'stem')];
    expect(judgeConfidence({ words: transfer, matchShares: [1, 0, 1], titleHasInformativeWord: true }).reason).toEqual({ kind: 'word-missing', word: 'перевод' });
  });

  it('lets the answer lack the card a payment is made with, said in the instrumental, and not a card as the topic', () => {
    // "интернет дүкенде kaspi картамен төлесем бонус бар ма": paying by card in an online shop; the answer says "сатып алғаным"
    for (const card of ['картамен', 'картасымен', 'картой']) {
      const said = [word('дукенде', 'stem'), word(card, 'stem'), word('бонус', 'stem')];
      expect(judgeConfidence({ words: said, matchShares: [1, 0, 1], titleHasInformativeWord: true }), card).toEqual({ confident: true, reason: null });
    }
    const topic = [word('карта', 'stem'), word('бонус', 'stem'), word('алу', 'stem')];
    expect(judgeConfidence({ words: topic, matchShares: [0, 1, 1], titleHasInformativeWord: true }).reason).toEqual({ kind: 'word-missing', word: 'карта' });
  });

  it('lets the answer lack cash a payment is made with ("с наличкой", "наличными"), and not cash as the topic', () => {
    // "стою у банкомата с наличкой, как оплатить ред": the answer on paying at the ATM need not say cash
    for (const cash of ['наличкой', 'наличными', 'наличной']) {
      const said = [word('банкомата', 'stem'), word(cash, 'stem'), word('оплаты', 'stem')];
      expect(judgeConfidence({ words: said, matchShares: [1, 0, 1], titleHasInformativeWord: true }), cash).toEqual({ confident: true, reason: null });
    }
    const topic = [word('снять', 'stem'), word('наличные', 'stem'), word('банкомат', 'stem')];
    expect(judgeConfidence({ words: topic, matchShares: [1, 0, 1], titleHasInformativeWord: true }).reason).toEqual({ kind: 'word-missing', word: 'наличные' });
    // "кредит наличными" (a cash loan) is a product
    const loan = [word('кредит', 'stem'), word('наличными', 'stem'), word('ставка', 'stem')];
    expect(judgeConfidence({ words: loan, matchShares: [1, 0, 1], titleHasInformativeWord: true }).reason).toEqual({ kind: 'word-missing', word: 'наличными' });
  });

  it('lets a question of five words or more miss one known word, not two', () => {
    const words = ['посчитал', 'меньше', 'счет', 'сумма', 'больше'].map((w) => word(w, 'stem'));
    expect(judgeConfidence({ words, matchShares: [1, 0, 1, 1, 1], titleHasInformativeWord: true }).confident).toBe(true);
    expect(judgeConfidence({ words, matchShares: [1, 0, 1, 0, 1], titleHasInformativeWord: true }).reason).toEqual({ kind: 'word-missing', word: 'меньше' });
    expect(judgeConfidence({ words: words.slice(1), matchShares: [0, 1, 1, 1], titleHasInformativeWord: true }).reason).toEqual({ kind: 'word-missing', word: 'меньше' });
  });

  it('lets a question of eight words or more miss one known word in four', () => {
    const words = ['положил', 'наличные', 'банкомат', 'реда', 'прошло', 'часа', 'счет', 'оплачен'].map((w) => word(w, 'stem'));
    expect(judgeConfidence({ words, matchShares: [1, 0, 1, 1, 1, 0, 1, 1], titleHasInformativeWord: true }).confident).toBe(true);
    expect(judgeConfidence({ words, matchShares: [1, 0, 1, 1, 0, 0, 1, 1], titleHasInformativeWord: true }).reason).toEqual({ kind: 'word-missing', word: 'наличные' });
    // seven words are one short of it
    expect(judgeConfidence({ words: words.slice(1), matchShares: [0, 1, 1, 1, 0, 1, 1], titleHasInformativeWord: true }).reason).toEqual({ kind: 'word-missing', word: 'наличные' });
  });

  it('counts the unlisted verbs an answer lacks as unknown once it matches three telling words, not fewer', () => {
    // "кто-нибудь платил за ред в терминале? это вообще работает": at scale some answer holds "работает"
    const words = [word('платил', 'stem'), word('терминале', 'stem'), word('каспи', 'stem'), word('работает', 'stem')];
    expect(judgeConfidence({ words, matchShares: [1, 1, 1, 0], titleHasInformativeWord: true }).confident).toBe(true);
    // two telling words spare one verb (a short question), not two
    const two = [word('платил', 'stem'), word('терминале', 'stem'), word('работает', 'stem'), word('ломается', 'stem')];
    expect(judgeConfidence({ words: two, matchShares: [1, 1, 0, 0], titleHasInformativeWord: true }).reason).toEqual({ kind: 'word-missing', word: 'работает' });
    // nor is a listed verb or a noun filler
    const listed = [...words.slice(0, 3), { ...word('вернуть', 'stem'), listed: true }];
    expect(judgeConfidence({ words: listed, matchShares: [1, 1, 1, 0], titleHasInformativeWord: true }).reason).toEqual({ kind: 'word-missing', word: 'вернуть' });
    // two verbs it lacks count as two unknown words: still fewer than the three telling words it matches
    const story = [...words, word('ломается', 'stem')];
    expect(judgeConfidence({ words: story, matchShares: [1, 1, 1, 0, 0], titleHasInformativeWord: true }).confident).toBe(true);
  });

  it('counts an unknown reflexive verb, which ends as a noun in "-сь" does, as unknown, not as a missing topic', () => {
    // "бонусов скопилось много, ими можно закрыть счёт": the answer says "оплатить", not "закрыть", and nothing of piling up
    const story = (verb: string) => [word('бонусов', 'stem'), word(verb), { ...word('закрыть', 'stem'), listed: true }, word('счет', 'stem'), word('ред', 'stem')];
    for (const verb of ['скопилось', 'списались', 'обратитесь', 'вернусь', 'убедившись']) {
      expect(judgeConfidence({ words: story(verb), matchShares: [1, 0, 0, 1, 1], titleHasInformativeWord: true }).confident, verb).toBe(true);
    }
    expect(judgeConfidence({ words: story('связь'), matchShares: [1, 0, 0, 1, 1], titleHasInformativeWord: true }).reason).toEqual({ kind: 'word-missing', word: 'связь' });
  });

  it('lets an answer that matches two telling words miss one verb the data knows, not a noun, a listed verb or two verbs', () => {
    const judge = (words: PlannedWord[], matchShares: number[], telling = words.map(() => true)) =>
      judgeConfidence({ words, matchShares, telling, titleHasInformativeWord: true });
    const [hour, pay, red] = [word('часа', 'stem'), word('оплату', 'stem'), word('ред', 'script')];
    expect(judge([hour, word('принимают', 'stem'), pay], [1, 0, 1]).confident).toBe(true);
    expect(judge([word('ожидал', 'stem'), hour, pay], [0, 1, 1]).confident).toBe(true);
    // A noun names the topic; so does a verb the vocabulary lists.
    expect(judge([hour, word('такси', 'stem'), pay], [1, 0, 1]).reason).toEqual({ kind: 'word-missing', word: 'такси' });
    expect(judge([hour, { ...word('вернуть', 'stem'), listed: true }, pay], [1, 0, 1]).reason).toEqual({ kind: 'word-missing', word: 'вернуть' });
    // One telling word is not enough (a brand does not tell), nor are two missing verbs.
    expect(judge([red, word('принимают', 'stem'), pay], [1, 0, 1], [false, true, true]).reason).toEqual({ kind: 'word-missing', word: 'принимают' });
    expect(judge([hour, word('принимают', 'stem'), word('выбить', 'stem'), pay], [1, 0, 0, 1]).reason).toEqual({ kind: 'word-missing', word: 'принимают' });
  });

  it('declines when the answer holds only a weak neighbour of a word the data knows exactly', () => {
    const words = [word('плата', 'stem', 'typo'), word('счет', 'stem')];
    expect(judgeConfidence({ words, matchShares: [0.25, 1], titleHasInformativeWord: true }))
      .toEqual({ confident: false, reason: { kind: 'word-missing', word: 'плата' } });
    expect(judgeConfidence({ words, matchShares: [0.5, 1], titleHasInformativeWord: true }).confident).toBe(true);
  });

  it('counts a topic word the vocabulary lists as known, also when the data lacks it', () => {
    const listed: PlannedWord = { word: 'вернуть', terms: [], listed: true };
    const words = [listed, word('товар', 'stem'), word('магазин', 'stem')];
    expect(judgeConfidence({ words, matchShares: [0, 1, 1], titleHasInformativeWord: true }))
      .toEqual({ confident: false, reason: { kind: 'word-missing', word: 'вернуть' } });
    // Not listed, the same word is one unknown word against two matched ones.
    expect(judgeConfidence({ words: [{ ...listed, listed: false }, ...words.slice(1)], matchShares: [0, 1, 1], titleHasInformativeWord: true }).confident).toBe(true);
  });

  it('counts an abbreviation the data lacks ("пдд") as a missing topic, and another unknown word as unknown', () => {
    const words = [word('штраф', 'stem'), word('пдд'), word('оплатить', 'stem')];
    expect(judgeConfidence({ words, matchShares: [1, 0, 1], titleHasInformativeWord: true }))
      .toEqual({ confident: false, reason: { kind: 'word-missing', word: 'пдд' } });
    expect(judgeConfidence({ words: [words[0]!, word('гаи'), words[2]!], matchShares: [1, 0, 1], titleHasInformativeWord: true }).confident).toBe(true);
    // One the data holds something like ("штр": штраф, as a word being typed) is a guess, not an unknown thing.
    expect(judgeConfidence({ words: [words[0]!, word('штр', 'prefix'), words[2]!], matchShares: [1, 0, 1], titleHasInformativeWord: true }).confident).toBe(true);
  });

  it('counts an unknown Kazakh verb in the first person, word in "-у" or "-лық", Russian noun in "-ь", "-ка" or "-ние" or adjective as a missing topic', () => {
    const [bonus, money] = [word('бонусты', 'stem'), word('акшага', 'stem')];
    const judge = (third: PlannedWord) => judgeConfidence({ words: [bonus, money, third], matchShares: [1, 1, 0], titleHasInformativeWord: true });
    expect(judge(word('айналдырамын')).reason).toEqual({ kind: 'word-missing', word: 'айналдырамын' });
    expect(judge(word('айналдыру')).reason).toEqual({ kind: 'word-missing', word: 'айналдыру' });
    // The same verbal noun in the dative, "for doing it": "айырбастауға" (for exchanging), "шешуге" (for withdrawing).
    expect(judge(word('айырбастауга')).reason).toEqual({ kind: 'word-missing', word: 'айырбастауга' });
    expect(judge(word('шешуге')).reason).toEqual({ kind: 'word-missing', word: 'шешуге' });
    expect(judge(word('заправку', 'typo')).reason).toEqual({ kind: 'word-missing', word: 'заправку' });
    expect(judge(word('чужой')).reason).toEqual({ kind: 'word-missing', word: 'чужой' });
    expect(judge(word('виртуальную')).reason).toEqual({ kind: 'word-missing', word: 'виртуальную' });
    expect(judge(word('пароль', 'typo')).reason).toEqual({ kind: 'word-missing', word: 'пароль' });
    expect(judge(word('коммунальных')).reason).toEqual({ kind: 'word-missing', word: 'коммунальных' });
    // A Kazakh word made with "-лық" and its variants names a thing or a quality: "коммуналдық" (communal), "жарамдылық" (validity).
    expect(judge(word('коммуналдык')).reason).toEqual({ kind: 'word-missing', word: 'коммуналдык' });
    // A Russian noun in "-ость" or "-ция", in any case: "скорость", "доверенность", "полиции", "регистрация".
    for (const noun of ['скорость', 'доверенность', 'полиции', 'регистрации']) expect(judge(word(noun)).reason, noun).toEqual({ kind: 'word-missing', word: noun });
    expect(judge(word('жарамдылык')).reason).toEqual({ kind: 'word-missing', word: 'жарамдылык' });
    // A Kazakh noun with "my" in the dative names whom the asker means: "досыма" (to my friend).
    expect(judge(word('досыма')).reason).toEqual({ kind: 'word-missing', word: 'досыма' });
    // …also after a stem that ends in a vowel: "жанұяма" (to my family)
    expect(judge(word('жануяма')).reason).toEqual({ kind: 'word-missing', word: 'жануяма' });
    // A Russian noun in "-ка" names the service asked about: "отсрочка" (a deferral), "ипотека" (a mortgage).
    expect(judge(word('отсрочка')).reason).toEqual({ kind: 'word-missing', word: 'отсрочка' });
    expect(judge(word('ипотека')).reason).toEqual({ kind: 'word-missing', word: 'ипотека' });
    // A Russian noun of an action in "-ние", "-тие" names what is done: "превышение" (exceeding), "снятии" (withdrawing).
    expect(judge(word('превышение')).reason).toEqual({ kind: 'word-missing', word: 'превышение' });
    expect(judge(word('снятии')).reason).toEqual({ kind: 'word-missing', word: 'снятии' });
    // A verb in "-ть" is not a noun in "-ь".
    expect(judge(word('поменять')).confident).toBe(true);
    // Russian "проблема", "системе" end alike, with a vowel out of Kazakh harmony with the ending: filler, not whom
    expect(judge(word('проблема')).confident).toBe(true);
    expect(judge(word('системе')).confident).toBe(true);
    // Other unknown words may be filler; a word being typed (a prefix of terms) may become a known one; "маму" is too short to tell.
    expect(judge(word('шынымен')).confident).toBe(true);
    expect(judge(word('айналдыру', 'prefix')).confident).toBe(true);
    expect(judge(word('маму')).confident).toBe(true);
  });

  it('treats a word known only through typos or prefixes as unknown, not missing', () => {
    const words = [word('депозт', 'typo', 'prefix'), word('открыть', 'stem'), word('счет', 'stem')];
    expect(judgeConfidence({ words, matchShares: [0, 1, 1], titleHasInformativeWord: true }).confident).toBe(true);
  });

  it('declines when nothing matched at all', () => {
    expect(judgeConfidence({ words: [word('ывфа')], matchShares: [0], titleHasInformativeWord: false }).reason).toEqual({ kind: 'nothing-matched' });
  });

  it('declines two unknown words when the matched ones only find out, or say where ("где посмотреть курс доллара в приложении")', () => {
    const words = [word('посмотреть', 'stem'), word('курс'), word('доллара'), word('приложении', 'stem')];
    expect(judgeConfidence({ words, matchShares: [1, 0, 0, 1], titleHasInformativeWord: true }).reason).toEqual({ kind: 'mostly-unknown', unknown: 2, matched: 0 });
    // one topic word matched is still fewer than the unknown ones; two are as many: answered, and so is one unknown word
    const withTopic = [...words, word('счет', 'stem')];
    expect(judgeConfidence({ words: withTopic, matchShares: [1, 0, 0, 1, 1], titleHasInformativeWord: true }).reason).toEqual({ kind: 'mostly-unknown', unknown: 2, matched: 1 });
    const withTopics = [...withTopic, word('ред', 'stem')];
    expect(judgeConfidence({ words: withTopics, matchShares: [1, 0, 0, 1, 1, 1], titleHasInformativeWord: true }).confident).toBe(true);
    expect(judgeConfidence({ words: [word('посмотреть', 'stem'), word('накопилось'), word('приложении', 'stem')], matchShares: [1, 0, 1], titleHasInformativeWord: true }).confident).toBe(true);
  });

  it('declines when the title holds no informative query word', () => {
    expect(judgeConfidence({ words: [word('kaspi', 'stem')], matchShares: [1], titleHasInformativeWord: false }).reason).toEqual({ kind: 'title-unrelated' });
  });

  it('declines when unknown words outnumber matched ones, or one of each', () => {
    expect(judgeConfidence({ words: [word('а'), word('б'), word('счет', 'stem')], matchShares: [0, 0, 1], titleHasInformativeWord: true }).reason)
      .toEqual({ kind: 'mostly-unknown', unknown: 2, matched: 1 });
    expect(judgeConfidence({ words: [word('а'), word('счет', 'stem')], matchShares: [0, 1], titleHasInformativeWord: true }).reason)
      .toEqual({ kind: 'mostly-unknown', unknown: 1, matched: 1 });
    expect(judgeConfidence({ words: [word('а'), word('счет', 'stem'), word('оплата', 'vocabulary')], matchShares: [0, 1, 0.5], titleHasInformativeWord: true }).confident).toBe(true);
  });

  it('declines an answer whose title names another product than the query', () => {
    const evidence = { words: [word('закрыть', 'stem'), word('gold', 'stem')], matchShares: [1, 1], titleHasInformativeWord: true };
    expect(judgeConfidence({ ...evidence, aboutOtherProduct: true }).reason).toEqual({ kind: 'other-product' });
    expect(judgeConfidence(evidence).confident).toBe(true);
  });

  it('does not count a possessive pronoun the answer lacks as a missing word ("с моими деньгами")', () => {
    const words = [word('закрыть', 'stem'), word('моими', 'stem'), word('деньгами', 'stem')];
    expect(judgeConfidence({ words, matchShares: [1, 0, 1], titleHasInformativeWord: true }).confident).toBe(true);
    expect(judgeConfidence({ words: [words[0]!, word('новыми', 'stem'), words[2]!], matchShares: [1, 0, 1], titleHasInformativeWord: true }).reason)
      .toEqual({ kind: 'word-missing', word: 'новыми' });
    // "собственных денег" (one's own money) says whose, as "своих" does
    const own = [word('закрыть', 'stem'), word('собственных', 'stem'), word('денег', 'stem')];
    expect(judgeConfidence({ words: own, matchShares: [1, 0, 1], titleHasInformativeWord: true }).confident).toBe(true);
  });

  it('does not count a colour the answer lacks as a missing word ("жёлтый терминал": how the thing looks), nor miss red', () => {
    const words = [word('желтый', 'typo'), word('терминал', 'stem'), word('оплачу', 'stem')];
    expect(judgeConfidence({ words, matchShares: [0, 1, 1], titleHasInformativeWord: true }).confident).toBe(true);
    const kazakh = [word('сары', 'typo'), word('терминал', 'stem'), word('толеймин', 'stem')];
    expect(judgeConfidence({ words: kazakh, matchShares: [0, 1, 1], titleHasInformativeWord: true }).confident).toBe(true);
    // "красная" (red) is no mere look: "красная карта" names the product
    expect(judgeConfidence({ words: [word('красная', 'typo'), ...words.slice(1)], matchShares: [0, 1, 1], titleHasInformativeWord: true }).reason)
      .toEqual({ kind: 'word-missing', word: 'красная' });
  });

  it('declines an answer whose title is for a situation the query names nothing of', () => {
    const evidence = { words: [word('снять', 'stem'), word('наличные', 'stem')], matchShares: [1, 1], titleHasInformativeWord: true };
    expect(judgeConfidence({ ...evidence, situationUnasked: true }).reason).toEqual({ kind: 'situation-unasked' });
    expect(judgeConfidence(evidence).confident).toBe(true);
  });

  it('does not let a matched word every answer holds outvote an unknown one', () => {
    // "банкомат каспи рядом": "каспи" is in every answer.
    const words = [word('рядом'), word('банкомат', 'stem'), word('каспи', 'script')];
    expect(judgeConfidence({ words, matchShares: [0, 1, 1], telling: [false, true, false], titleHasInformativeWord: true }).reason)
      .toEqual({ kind: 'mostly-unknown', unknown: 1, matched: 1 });
    expect(judgeConfidence({ words, matchShares: [0, 1, 1], telling: [false, true, true], titleHasInformativeWord: true }).confident).toBe(true);
  });

  it.each(['stem', 'script', 'layout', 'prefixedForm', 'verbForm', 'vocabulary'] as const)('counts a %s match as a known word', (kind) => {
    expect(judgeConfidence({ words: [word('x', kind), word('счет', 'stem')], matchShares: [0, 1], titleHasInformativeWord: true }).reason?.kind).toBe('word-missing');
  });

  describe('an answer of several query words', () => {
    const words = [word('штраф', 'stem'), word('просрочка', 'stem')];
    const evidence = { words, matchShares: [1, 1], titleHasInformativeWord: true };

    it('declines when neither its title nor a passage says the words together', () => {
      expect(judgeConfidence({ ...evidence, titleShare: 0.3, phrase: 0.2 })).toEqual({ confident: false, reason: { kind: 'words-scattered' } });
    });

    it('stands behind it when its title says a good share of them, or a passage says them together', () => {
      expect(judgeConfidence({ ...evidence, titleShare: 0.5, phrase: 0 }).confident).toBe(true);
      expect(judgeConfidence({ ...evidence, titleShare: 0, phrase: 0.5 }).confident).toBe(true);
    });

    it('stands behind it from the thresholds on: 40% of the query in its title, or a phrase of 0.25', () => {
      expect(judgeConfidence({ ...evidence, titleShare: 0.4, phrase: 0 }).confident).toBe(true);
      expect(judgeConfidence({ ...evidence, titleShare: 0, phrase: 0.25 }).confident).toBe(true);
      expect(judgeConfidence({ ...evidence, titleShare: 0.39, phrase: 0.24 }).confident).toBe(false);
    });

    it('asks a question of five words or more for a quarter of it in the title, not 40%', () => {
      const story = ['банкомат', 'деньги', 'зачислить', 'красный', 'счет'].map((w) => word(w, 'stem'));
      const long = { words: story, matchShares: [1, 1, 1, 1, 1], titleHasInformativeWord: true, phrase: 0 };
      expect(judgeConfidence({ ...long, titleShare: 0.25 }).confident).toBe(true);
      expect(judgeConfidence({ ...long, titleShare: 0.24 }).reason).toEqual({ kind: 'words-scattered' });
      expect(judgeConfidence({ ...long, words: story.slice(1), matchShares: [1, 1, 1, 1], titleShare: 0.3 }).reason).toEqual({ kind: 'words-scattered' });
    });

    it('does not ask it of a query of one word, which has no phrase', () => {
      expect(judgeConfidence({ words: [word('штраф', 'stem')], matchShares: [1], titleHasInformativeWord: true, titleShare: 0, phrase: 0 }).confident).toBe(true);
    });
  });
});
