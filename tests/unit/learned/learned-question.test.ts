import { describe, expect, it } from 'vitest';
import { LEARNED_INPUT_FIELDS, toLearnedInput } from '../../../lib/learned/learned-question';
import { ingestCaptureDirs } from '../../../lib/cli/read-capture-dir';

describe('toLearnedInput', () => {
  it('should keep exactly the fields a guide page sends, and nothing the background derives itself', () => {
    const [question] = ingestCaptureDirs(['assets/guide']).questions;
    const input = toLearnedInput(question!);
    expect(Object.keys(input).sort()).toEqual([...LEARNED_INPUT_FIELDS].sort());
    for (const field of LEARNED_INPUT_FIELDS) expect(input[field]).toEqual(question![field]);
    // The address and the plain text are worked out by the background, never taken from a page.
    expect(input).not.toHaveProperty('url');
    expect(input).not.toHaveProperty('text');
  });
});
