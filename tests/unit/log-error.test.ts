import { afterEach, describe, expect, it, vi } from 'vitest';
import { logError } from '../../lib/log-error';

afterEach(() => vi.restoreAllMocks());

describe('logError', () => {
  it('should report on the console what failed, in the extension\'s name, with the error itself', () => {
    const error = new Error('storage quota');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    logError('saving learned questions', error);
    expect(spy).toHaveBeenCalledExactlyOnceWith('Kaspi Guide Helper: saving learned questions:', error);
  });
});
