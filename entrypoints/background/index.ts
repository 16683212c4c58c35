import { createBackgroundHandlers } from '../../lib/background-handlers';
import { logError } from '../../lib/log-error';
import { createLearnedGuide } from '../../lib/learned/learned-guide';
import { dispatchMessage } from '../../lib/message-dispatch';
import { classifySender } from '../../lib/message-sender';
import { onceUntilFailure } from '../../lib/once-until-failure';
import { loadShippedGuide, SHIPPED_GUIDE_DIR, type PackagedFileReader } from '../../lib/search/shipped-guide-files';
import { extensionStorage } from '../../lib/storage/extension-storage';
import { learnFromGuide } from '../../lib/storage/settings';
import { registerPanelCommand } from './panel-command';
import { registerOmnibox } from './omnibox';
import { registerSelectionMenu } from './selection-menu';

/** A packaged file of the prebuilt guide (an extension-internal read, no network). */
async function fetchPackaged(name: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(`/${SHIPPED_GUIDE_DIR}/${name}` as '/'));
  if (!response.ok) throw new Error(`packaged guide file ${name}: HTTP ${response.status}`);
  return response;
}

const readPackaged: PackagedFileReader = {
  text: async (name) => (await fetchPackaged(name)).text(),
  bytes: async (name) => new Uint8Array(await (await fetchPackaged(name)).arrayBuffer()),
};

export default defineBackground(() => {
  // Read once per wake-up, never rebuilt here; a failed read is tried again by the next message.
  const getShipped = onceUntilFailure(() => loadShippedGuide(readPackaged));
  const getLearned = onceUntilFailure(() =>
    getShipped().then((guide) => createLearnedGuide(extensionStorage, guide)),
  );
  const { handlers, searcher } = createBackgroundHandlers({
    shipped: getShipped,
    learned: getLearned,
    isLearningOn: () => learnFromGuide.getValue(),
  });

  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own pages and content scripts: no other extension may ask.
    if (sender.id !== browser.runtime.id) return false;
    dispatchMessage(handlers, message, classifySender(sender, extensionOrigin)).then(sendResponse);
    return true;
  });
  registerSelectionMenu();
  registerPanelCommand();
  registerOmnibox(searcher);
  // Nearly every wake-up is for a search: start reading the guide now, while the event is delivered.
  getShipped().catch((error: unknown) => logError('reading the shipped guide', error));
});
