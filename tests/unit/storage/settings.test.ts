import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hideLauncher, learnFromGuide } from '../../../lib/storage/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('settings', () => {
  it('start with the launcher shown and learning on', async () => {
    expect(await hideLauncher.getValue()).toBe(false);
    expect(await learnFromGuide.getValue()).toBe(true);
  });

  it('keep what the user set', async () => {
    await hideLauncher.setValue(true);
    await learnFromGuide.setValue(false);
    expect(await hideLauncher.getValue()).toBe(true);
    expect(await learnFromGuide.getValue()).toBe(false);
  });

  it.each([['a string', 'yes'], ['a number', 1], ['null', null], ['a list', [true]]])('fall back to the default when storage holds %s', async (_what, bad) => {
    await fakeBrowser.storage.local.set({ hideLauncher: bad, learnFromGuide: bad });
    expect(await hideLauncher.getValue()).toBe(false);
    expect(await learnFromGuide.getValue()).toBe(true);
    expect(await fakeBrowser.storage.local.get(['hideLauncher', 'learnFromGuide'])).toEqual({});
  });
});
