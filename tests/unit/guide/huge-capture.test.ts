import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../../lib/guide/decode-capture';

/** A stress test in its own file: `npm run mutate` leaves it out (instrumented, it takes minutes). */
describe('a huge capture', () => {
  it('should read a 50 MB file without crashing and say what it found', () => {
    const big = `"x",${'1,'.repeat(25_000_000)}2]`;
    expect(big.length).toBeGreaterThan(50_000_000);
    const decoded = decodeCapture(big);
    expect(decoded.questions).toEqual([]);
    expect(decoded.error).toMatch(/cannot align|no question/);
  }, 60_000);
});
