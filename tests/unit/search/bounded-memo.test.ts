import { describe, expect, it, vi } from 'vitest';
import { boundedMemo } from '../../../lib/search/bounded-memo';

describe('boundedMemo', () => {
  it('should compute a key once while it is remembered', () => {
    const compute = vi.fn((n: number) => n * 2);
    const double = boundedMemo(3, compute);
    expect([double(1), double(1), double(2)]).toEqual([2, 2, 4]);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('should forget the oldest key when full, and no more than that', () => {
    const compute = vi.fn((key: string) => key.toUpperCase());
    const upper = boundedMemo(2, compute);
    upper('a');
    upper('b');
    upper('c'); // "a" goes
    compute.mockClear();
    upper('b');
    upper('c');
    expect(compute).not.toHaveBeenCalled();
    expect(upper('a')).toBe('A');
    expect(compute).toHaveBeenCalledOnce();
  });
});
