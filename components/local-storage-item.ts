/**
 * A typed value in `browser.storage.local`. Written by hand rather than with
 * @wxt-dev/storage: the on-page panel needs only get, set and watch, and the
 * library (with its locking and migration helpers) cost the content script
 * about 4 KB gzip of its 25 KB budget.
 */
export interface LocalStorageItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back on every change (from any extension page); returns the unsubscribe function. */
  watch(callback: (value: T) => void): () => void;
}

export function defineLocalItem<T>(key: string, fallback: T): LocalStorageItem<T> {
  return {
    async getValue() {
      const stored = await browser.storage.local.get(key);
      return stored[key] === undefined ? fallback : (stored[key] as T);
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) callback((changes[key]!.newValue as T | undefined) ?? fallback);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
