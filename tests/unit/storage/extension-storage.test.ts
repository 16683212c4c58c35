import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionStorage } from '../../../lib/storage/extension-storage';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('extension storage (learned questions)', () => {
  it('gets, sets and removes one key at a time', async () => {
    expect(await extensionStorage.get('learnedGuide')).toBeUndefined();
    await extensionStorage.set('learnedGuide', { questions: [1] });
    await extensionStorage.set('other', 2);
    expect(await extensionStorage.get('learnedGuide')).toEqual({ questions: [1] });
    await extensionStorage.remove('learnedGuide');
    expect(await extensionStorage.get('learnedGuide')).toBeUndefined();
    expect(await extensionStorage.get('other')).toBe(2);
  });
});
