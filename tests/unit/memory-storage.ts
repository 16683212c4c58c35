import type { KeyValueStorage } from '../../lib/learned/learned-guide';

/**
 * Extension storage in memory: values are copied through JSON as the
 * browser's storage does, and a write that would pass `quotaBytes` fails
 * with the browser's message.
 */
export function createMemoryStorage(quotaBytes = Infinity): KeyValueStorage & { bytes(): number; writes: number } {
  const values = new Map<string, string>();
  const bytes = () => [...values.entries()].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const storage = {
    writes: 0,
    bytes,
    get: async (key: string) => (values.has(key) ? JSON.parse(values.get(key)!) : undefined),
    set: async (key: string, value: unknown) => {
      const text = JSON.stringify(value);
      const previous = values.get(key);
      values.set(key, text);
      if (bytes() > quotaBytes) {
        if (previous === undefined) values.delete(key);
        else values.set(key, previous);
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      storage.writes++;
    },
    remove: async (key: string) => {
      values.delete(key);
    },
  };
  return storage;
}
