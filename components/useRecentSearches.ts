import { useCallback, useEffect, useState } from 'preact/hooks';
import { logError } from '../lib/log-error';
import { addRecent, recentSearches } from '../lib/storage/recent-searches';

/** The recent searches shown before typing: read on mount (and on `reload`), remembered when an answer is opened. */
export function useRecentSearches() {
  const [recent, setRecent] = useState<string[]>([]);
  const reload = useCallback(() => {
    recentSearches.getValue().then(setRecent).catch((e: unknown) => {
      setRecent([]);
      logError('reading recent searches', e);
    });
  }, []);
  useEffect(reload, [reload]);
  const save = (next: string[]) => {
    setRecent(next);
    recentSearches.setValue(next).catch((e: unknown) => logError('saving recent searches', e));
  };
  return { recent, reload, remember: (query: string) => save(addRecent(recent, query)), clear: () => save([]) };
}
