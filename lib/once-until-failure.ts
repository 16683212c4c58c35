/**
 * Runs `start` once and hands every caller the same promise; a rejected promise is
 * forgotten, so the next caller starts again instead of inheriting the old failure.
 */
export function onceUntilFailure<T>(start: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= start().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
