import { describe, expect, it } from 'vitest';
import { isSaidBesides, withoutWordsSaidBesides } from '../../../lib/search/besides-words';
import { typedSpellings } from '../../../lib/search/question-words';

const saidBesides = (query: string) => {
  const words = query.split(' ');
  return words.filter((_, i) => isSaidBesides(words, i));
};

describe('words said besides the thing asked', () => {
  it('should take the thing after "кроме", "помимо" up to two words, and the word itself', () => {
    expect(saidBesides('в банкомате каспи кроме снятия наличных можно ред гасить')).toEqual(['кроме', 'снятия', 'наличных']);
    expect(saidBesides('где еще помимо приложения принимают оплату')).toEqual(['помимо', 'приложения']);
  });

  it('should stop at a verb or a stop word: what is said of the thing is asked', () => {
    expect(saidBesides('где кроме приложения принимают оплату')).toEqual(['кроме', 'приложения']);
    expect(saidBesides('кроме как в приложении где платить')).toEqual(['кроме']);
  });

  it('should take the Kazakh thing in the ablative before "басқа", and "басқа" itself', () => {
    expect(saidBesides('косымшадан баска кайда толеуге болады')).toEqual(['косымшадан', 'баска']);
  });

  it('should leave "басқа" (other) alone when it says another thing ("баска банктен")', () => {
    expect(saidBesides('баска банктен толеуге бола ма')).toEqual([]);
    expect(saidBesides('ред через банкомат оплатить')).toEqual([]);
  });

  it('should drop them from a typed query, with their spellings', () => {
    expect(withoutWordsSaidBesides(typedSpellings('где кроме приложения платить')).map((t) => t.word)).toEqual(['где', 'платить']);
  });
});
