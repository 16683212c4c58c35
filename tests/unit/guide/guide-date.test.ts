import { describe, expect, it } from 'vitest';
import { guideDateOrder, isGuideDate } from '../../../lib/guide/guide-date';

describe('guide dates', () => {
  it('accepts dd.mm.yyyy only', () => {
    expect(isGuideDate('05.11.2025')).toBe(true);
    for (const bad of ['5.11.2025', '2025-11-05', '05.11.25', ' 05.11.2025', null, 20251105]) expect(isGuideDate(bad)).toBe(false);
  });

  it('orders by year, then month, then day; no date is the oldest', () => {
    const dates = ['01.02.2025', '31.12.2024', '02.01.2025', null, 'bad'];
    expect([...dates].sort((a, b) => guideDateOrder(a) - guideDateOrder(b))).toEqual([null, 'bad', '31.12.2024', '02.01.2025', '01.02.2025']);
    expect(guideDateOrder('05.11.2025')).toBe(20251105);
  });
});
