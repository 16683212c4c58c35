import { describe, expect, it } from 'vitest';
import { consonantsAsWritten, firstOSpelledAsA, hardSignSpelledSoft, reflexiveSpelledOtherwise, topicWordsAsHeard, writtenForms } from '../../../lib/search/spoken-spellings';

describe('writtenForms', () => {
  it('reads a question word typed as it is said as the written word', () => {
    for (const spoken of ['скока', 'скоко', 'скок']) expect(writtenForms(spoken), spoken).toEqual(['сколько']);
    expect(writtenForms('када')).toEqual(['когда']);
    expect(writtenForms('щас')).toEqual(['сейчас']);
    expect(writtenForms('мона')).toEqual(['можно']);
  });

  it('reads a function word with one unstressed vowel written as heard as the written word', () => {
    expect(writtenForms('кагда')).toEqual(['когда']);
    expect(writtenForms('можна')).toEqual(['можно']);
    expect(writtenForms('почиму')).toEqual(['почему']);
    expect(writtenForms('пачему')).toEqual(['почему']);
  });

  it('reads the ending "-ого" said "-ова" and a soft sign left out as the written function word', () => {
    expect(writtenForms('какова')).toEqual(['какого']);
    expect(writtenForms('сколко')).toEqual(['сколько']);
  });

  it('reads function words typed as said in a hurry ("нада", "тока", "чо") and a last consonant voiced or not ("черес")', () => {
    expect(writtenForms('нада')).toEqual(['надо']);
    expect(writtenForms('сколка')).toEqual(['сколько']);
    for (const spoken of ['тока', 'токо']) expect(writtenForms(spoken), spoken).toEqual(['только']);
    for (const spoken of ['чо', 'шо']) expect(writtenForms(spoken), spoken).toEqual(['что']);
    expect(writtenForms('черес')).toEqual(['через']);
  });

  it('gives nothing for a written word or any other word', () => {
    for (const word of ['сколько', 'скоро', 'скидка', '', 'constructor', 'когда', 'можно']) expect(writtenForms(word), word).toEqual([]);
    // a topic word one vowel from a stop word's form ("инструкция" is filler), a short word, two vowels heard
    for (const word of ['инструкции', 'тожи', 'пачиму', 'бере', 'пара']) expect(writtenForms(word), word).toEqual([]);
  });
});

describe('topicWordsAsHeard', () => {
  it('gives the spellings of a long word with one vowel written as heard', () => {
    expect(topicWordsAsHeard('аплачивать')).toContain('оплачивать');
  });

  it('gives nothing for a short word or a function word', () => {
    expect(topicWordsAsHeard('сумма')).toEqual([]);
    expect(topicWordsAsHeard('потому')).toEqual([]);
    expect(topicWordsAsHeard('сколько')).toEqual([]);
  });
});

describe('consonantsAsWritten', () => {
  it('writes "щ" said for "сч" as "сч"', () => {
    expect(consonantsAsWritten('щет')).toEqual(['счет']);
    expect(consonantsAsWritten('ращет')).toContain('расчет');
  });

  it('gives a word\'s last consonant voiced or not, in a word of five letters or more', () => {
    expect(consonantsAsWritten('кредид')).toEqual(['кредит']);
    expect(consonantsAsWritten('штрав')).toEqual(['штраф']);
    expect(consonantsAsWritten('код')).toEqual([]);
  });

  it('leaves a word without it alone', () => {
    expect(consonantsAsWritten('счета')).toEqual([]);
    expect(consonantsAsWritten('')).toEqual([]);
  });
});

describe('hardSignSpelledSoft', () => {
  it('gives the hard sign typed as the soft one after a prefix, before a vowel', () => {
    expect(hardSignSpelledSoft('сьел')).toEqual(['съел']);
    expect(hardSignSpelledSoft('обьявление')).toEqual(['объявление']);
    expect(hardSignSpelledSoft('подьезд')).toEqual(['подъезд']);
  });

  it('leaves a soft sign where it belongs alone', () => {
    expect(hardSignSpelledSoft('деньги')).toEqual([]);
    expect(hardSignSpelledSoft('семья')).toEqual([]);
    // a word's own "ье", "тья" after a consonant that ends no prefix there
    expect(hardSignSpelledSoft('платье')).toEqual([]);
    expect(hardSignSpelledSoft('статья')).toEqual([]);
  });
});

describe('firstOSpelledAsA', () => {
  it('should read a first "а" as the unstressed "о" it sounds like, also in a word too short for the other vowels', () => {
    expect(firstOSpelledAsA('аплату')).toEqual(['оплату']);
    expect(firstOSpelledAsA('аплатил')).toEqual(['оплатил']);
  });

  it('should leave a short word, a stop word and a word that begins otherwise', () => {
    for (const word of ['акт', 'если', 'оплату', 'бонус']) expect(firstOSpelledAsA(word), word).toEqual([]);
  });
});

describe('reflexiveSpelledOtherwise', () => {
  it('gives a reflexive ending, said alike either way, in its other spelling', () => {
    expect(reflexiveSpelledOtherwise('оплачиваеться')).toEqual(['оплачивается']);
    expect(reflexiveSpelledOtherwise('оплатится')).toEqual(['оплатиться']);
  });

  it('gives nothing for a word without one', () => {
    expect(reflexiveSpelledOtherwise('оплатить')).toEqual([]);
    expect(reflexiveSpelledOtherwise('')).toEqual([]);
  });
});
