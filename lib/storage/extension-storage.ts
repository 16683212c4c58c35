import type { KeyValueStorage } from '../learned/learned-guide';

/** `browser.storage.local`, one key at a time. */
export const extensionStorage: KeyValueStorage = {
  get: async (key) => (await browser.storage.local.get(key))[key],
  set: (key, value) => browser.storage.local.set({ [key]: value }),
  remove: (key) => browser.storage.local.remove(key),
};
