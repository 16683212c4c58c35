import { describe, expect, it } from 'vitest';
import { readQuery, readTitle, titleFactor } from '../../../lib/search/title-evidence';
import { typedSpellings } from '../../../lib/search/question-words';

// Every word weighs the same: the factor then shows only what the title says, not how rare its words are.
const weightOf = () => 1;
const query = (text: string) => {
  const typed = typedSpellings(text);
  return readQuery(typed, typed.map(({ word }) => ({ terms: new Set([word]), filler: false })), weightOf, 1);
};
const title = (text: string) => readTitle(text, 'ru', weightOf);

describe('titleFactor', () => {
  it('should raise an answer whose title says what was typed, up to three times', () => {
    expect(titleFactor(query('штраф'), title('штраф'))).toBe(3);
    expect(titleFactor(query('штраф'), title('вклад'))).toBe(1);
  });

  it('should halve it per detail the title names otherwise (period, channel)', () => {
    // "том" says no period, and overlaps the title as much as "этом" does.
    const said = title('штраф в прошлом месяце через терминал');
    expect(titleFactor(query('штраф в этом месяце'), said)).toBe(titleFactor(query('штраф в том месяце'), said) / 2);
    expect(titleFactor(query('штраф в этом месяце через банкомат'), said)).toBe(titleFactor(query('штраф в том месяце через мост'), said) / 4);
    expect(titleFactor(query('штраф в прошлом месяце'), said)).toBeGreaterThan(1);
  });

  it('should raise it per detail the title names as the question does (period, channel)', () => {
    const said = title('штраф в прошлом месяце через терминал');
    const without = titleFactor(query('штраф в том месяце через мост'), said);
    expect(titleFactor(query('штраф в прошлом месяце через мост'), said)).toBeCloseTo(without * 1.6);
    expect(titleFactor(query('штраф в прошлом месяце через терминал'), said)).toBeCloseTo(without * 1.6 * 1.6);
  });

  it('should cut it to about a third when the question says "not" and the title does not, and not the other way round', () => {
    expect(titleFactor(query('бонус түспеді'), title('бонус'))).toBeCloseTo(titleFactor(query('бонус түседі'), title('бонус')) * 0.35, 10);
    expect(titleFactor(query('бонус'), title('бонус есептелмеді'))).toBeGreaterThan(1);
  });
});
