import { describe, expect, it } from 'vitest';
import { withoutGluedParticle } from '../../../lib/search/question-particle';

describe('withoutGluedParticle', () => {
  it('should take a question particle off a word search reads as itself', () => {
    // "келе" is listed as itself (will it come), "бола" and "бар" are stop words
    expect(withoutGluedParticle('келеме')).toBe('келе');
    expect(withoutGluedParticle('болама')).toBe('бола');
    expect(withoutGluedParticle('барма')).toBe('бар');
  });

  it('should leave words that only end in the same letters, and words with no particle', () => {
    // "сома" (sum): too short a word before; "хабарлама" (message): "хабарла" is no word search reads as itself
    expect(withoutGluedParticle('сома')).toBeNull();
    expect(withoutGluedParticle('хабарлама')).toBeNull();
    expect(withoutGluedParticle('келе')).toBeNull();
    expect(withoutGluedParticle('бонус')).toBeNull();
  });
});
