import { createBackgroundHandlers } from '../../lib/background-handlers';
import { loadShippedSearcher } from '../../lib/cli/load-guide-searcher';
import { createLearnedGuide } from '../../lib/learned/learned-guide';
import type { MessageHandlers } from '../../lib/message-dispatch';
import type { Sender } from '../../lib/message-sender';
import { createMemoryStorage } from './memory-storage';

/** The background's real handlers over the shipped guide, learned questions in memory. */
export function shippedHandlers(isLearningOn = true): MessageHandlers {
  const searcher = loadShippedSearcher();
  // One learned guide per background, as the background keeps it for a wake-up.
  let learned: ReturnType<typeof createLearnedGuide> | null = null;
  return createBackgroundHandlers({
    shipped: async () => searcher,
    learned: async () => (learned ??= createLearnedGuide(createMemoryStorage(), searcher)),
    isLearningOn: async () => isLearningOn,
  }).handlers;
}

/** The toolbar popup as a sender. */
export const POPUP: Sender = { kind: 'extension-page', url: 'chrome-extension://abc/popup.html' };
