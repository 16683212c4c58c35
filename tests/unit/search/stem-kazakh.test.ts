import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../lib/search/normalize-text';
import { stemKazakh } from '../../../lib/search/stem-kazakh';

const stem = (w: string) => stemKazakh(normalizeText(w));

describe('stemKazakh on word forms from the Kazakh captures', () => {
  it.each([
    // plural, possessive and case endings on one root
    [['бонус', 'бонусым', 'бонусты', 'бонустар'], 'бонус'],
    [['берешек', 'берешекті'], 'берешек'],
    [['кредит', 'кредитті'], 'кредит'],
    [['қосымшасында', 'қосымшасынан'], 'косымша'],
    [['дүкендерде', 'дукендерде'], 'дукен'],
    // verb forms: participle + dative, verbal noun, conditional + person
    [['жазғанға', 'жазу'], 'жаз'],
    [['төлесем', 'төлегенде', 'төлеуге'], 'толе'],
    [['есептелмеді', 'есептеледі'], 'есептел'],
  ])('should give %j the stem %s', (forms, expected) => {
    for (const form of forms) expect(stem(form)).toBe(expected);
  });

  it('should never cut a stem below three letters', () => {
    expect(stem('алсам').length).toBeGreaterThanOrEqual(3);
    expect(stem('ала')).toBe('ала');
  });

  it('should leave Latin words and numbers alone', () => {
    expect(stemKazakh('kaspi')).toBe('kaspi');
    expect(stemKazakh('2000')).toBe('2000');
  });
});
