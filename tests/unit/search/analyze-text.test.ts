import { describe, expect, it } from 'vitest';
import { analyzeText, stemmedWords, stemWord } from '../../../lib/search/analyze-text';

describe('stemWord', () => {
  it('should stem Cyrillic words by the language', () => {
    expect(stemWord('штрафы', 'ru')).toBe('штраф');
    expect(stemWord('бонустар', 'kz')).toBe('бонус');
  });

  it('should stem the same when asked again, in either language', () => {
    expect(stemWord('платежей', 'ru')).toBe(stemWord('платежей', 'ru'));
    expect(stemWord('бонустар', 'kz')).toBe('бонус');
    expect(stemWord('бонустар', 'ru')).not.toBe(stemWord('бонустар', 'kz'));
  });

  it('should leave Latin words and numbers as they are', () => {
    expect(stemWord('kaspi', 'ru')).toBe('kaspi');
    expect(stemWord('2000', 'kz')).toBe('2000');
  });
});

describe('analyzeText', () => {
  it('should normalise, drop stop words and stem, in order', () => {
    expect(analyzeText('Как оплатить штрафы?', 'ru')).toEqual(['оплат', 'штраф']);
  });

  it('should add hyphenated words joined, so both spellings find them', () => {
    const terms = analyzeText('Интернет-дүкендерде', 'kz');
    expect(terms.slice(0, 2)).toEqual(['интернет', 'дукен']);
    const [written] = analyzeText('интернетдүкендерде', 'kz');
    expect(terms[2]).toBe(written);
  });

  it('should give nothing for text without words', () => {
    expect(analyzeText(' — ?! ', 'ru')).toEqual([]);
  });
});

describe('stemmedWords', () => {
  it('should keep stop words and the order of the text', () => {
    expect(stemmedWords('Штраф за просрочку', 'ru')).toEqual(['штраф', 'за', 'просрочк']);
  });
});
