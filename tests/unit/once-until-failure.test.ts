import { describe, expect, it, vi } from 'vitest';
import { onceUntilFailure } from '../../lib/once-until-failure';

describe('onceUntilFailure', () => {
  it('should start once and give every caller the same result', async () => {
    const start = vi.fn(async () => ({ loaded: true }));
    const get = onceUntilFailure(start);
    const [first, second] = await Promise.all([get(), get()]);
    expect(await get()).toBe(first);
    expect(second).toBe(first);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('should start again after a failure instead of repeating it', async () => {
    const start = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('read failed'))
      .mockResolvedValue('guide');
    const get = onceUntilFailure(start);
    await expect(get()).rejects.toThrow('read failed');
    await expect(get()).resolves.toBe('guide');
    await expect(get()).resolves.toBe('guide');
    expect(start).toHaveBeenCalledTimes(2);
  });
});
