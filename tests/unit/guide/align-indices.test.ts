import { describe, expect, it } from 'vitest';
import { alignIndices, isQuestionObject } from '../../../lib/guide/align-indices';

describe('isQuestionObject', () => {
  it('should accept a devalue object with id, title and content references', () => {
    expect(isQuestionObject({ id: 5, title: 6, content: 7, slug: 8 })).toBe(true);
  });

  it('should refuse anything else', () => {
    for (const v of [null, 3, 'x', [1, 2], { id: 5, title: 6 }, { id: '5', title: 6, content: 7 }]) expect(isQuestionObject(v)).toBe(false);
  });
});

describe('alignIndices', () => {
  /** A window of a payload whose first value has global index `offset`: a question object at `at`, its values after it. */
  function windowWithQuestion(offset: number, at: number): unknown[] {
    const own = offset + at;
    const values: unknown[] = Array.from({ length: at }, (_, i) => `filler ${i}`);
    values.push({ id: own + 1, title: own + 2, content: own + 3 }, 1505, 'Какой размер штрафа?', '<p>2000 тенге</p>');
    return values;
  }

  it('should prove the offset from a question object followed by its own values', () => {
    expect(alignIndices(windowWithQuestion(120, 3))).toEqual({ offset: 120, markers: 0, provenObjects: 1 });
  });

  it('should prove the offset from wrapper markers', () => {
    // ["Reactive", 51] followed by element 51: the marker stands at global index 50.
    const values = ['x', 'y', ['Reactive', 51], { a: 1 }];
    expect(alignIndices(values)).toEqual({ offset: 48, markers: 1, provenObjects: 0 });
  });

  it('should not take a question object whose values do not follow it', () => {
    const values: unknown[] = ['a', { id: 10, title: 30, content: 31 }, 'b', 'c'];
    expect(alignIndices(values)).toBeNull();
  });

  it('should give null when nothing proves an offset', () => {
    expect(alignIndices(['a', 1, { b: 2 }])).toBeNull();
    expect(alignIndices([])).toBeNull();
  });
});
