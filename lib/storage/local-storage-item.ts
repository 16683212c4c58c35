import { logError } from '../log-error';
/**
 * A typed value in `browser.storage.local`. Written by hand rather than with
 * @wxt-dev/storage: the on-page panel needs only get, set and watch, and the
 * library (with its locking and migration helpers) cost the content script
 * about 4 KB gzip of its 25 KB budget.
 *
 * Every value read is checked: storage can hold anything (another version's
 * format, a hand edit, a truncated write). A bad value is reported once,
 * replaced by the default, and never reaches the caller.
 */
export interface LocalStorageItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back on every change (from any extension page); returns the unsubscribe function. */
  watch(callback: (value: T) => void): () => void;
}

const reported = new Set<string>();

export function defineLocalItem<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): LocalStorageItem<T> {
  const check = (value: unknown): T => {
    if (value === undefined) return fallback;
    if (isValid(value)) return value;
    if (!reported.has(key)) {
      reported.add(key);
      console.warn(`Kaspi Guide Helper: stored "${key}" was not valid and is reset to its default`);
    }
    // No value at all means the default, as for a first run.
    void browser.storage.local.remove(key).catch((e: unknown) => logError(`removing the invalid stored value ${key}`, e));
    return fallback;
  };
  return {
    async getValue() {
      const stored = await browser.storage.local.get(key);
      return check(stored[key]);
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) callback(check(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** A stored flag. */
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
