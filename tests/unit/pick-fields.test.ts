import { describe, expect, it } from 'vitest';
import { pickFields } from '../../lib/pick-fields';

describe('pickFields', () => {
  it('keeps exactly the named fields, undefined ones included', () => {
    const source = { a: 1, b: 'x', c: [1], d: undefined as number | undefined };
    expect(pickFields(source, ['a', 'c', 'd'])).toStrictEqual({ a: 1, c: [1], d: undefined });
    expect(Object.keys(pickFields(source, ['b']))).toEqual(['b']);
  });
});
