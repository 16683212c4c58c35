import { describe, expect, it } from 'vitest';
import { findValueEnd, scanJsonValues } from '../../../lib/guide/scan-json-values';

describe('findValueEnd', () => {
  it.each([
    ['"a\\"b",1', 0, 6],
    ['{"a":[1,"]"]},2', 0, 13],
    ['123,4', 0, 3],
    ['"cut', 0, -1],
    ['{"a":1', 0, -1],
    ['[1}', 0, -2],
  ])('should find the end of %s from %i', (text, pos, end) => {
    expect(findValueEnd(text, pos)).toBe(end);
  });
});

describe('scanJsonValues', () => {
  it('should read values up to a closing bracket', () => {
    const run = scanJsonValues('1,"x",{"a":2}]', 0);
    expect(run.values).toEqual([1, 'x', { a: 2 }]);
    expect(run.closed).toBe(true);
    expect(run.errorAt).toBeNull();
  });

  it('should drop a value cut by the end of the text, never complete it', () => {
    const run = scanJsonValues('1,"whole","cut in the mid', 0);
    expect(run.values).toEqual([1, 'whole']);
    expect(run.cutAtEnd).toBe(true);
  });

  it('should stop with the position of text that is not JSON', () => {
    const run = scanJsonValues('1,2 oops', 0);
    expect(run.values).toEqual([1, 2]);
    expect(run.errorAt).toBe(4);
  });
});
