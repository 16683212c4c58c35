import answers from '../../lib/generated/guide-answers.json';
import serializedIndex from '../../lib/generated/guide-index.json';
import { createBackgroundHandlers } from '../../lib/background-handlers';
import { dispatchMessage } from '../../lib/messages';
import type { AnswerStore } from '../../lib/search/answer-store';
import type { SerializedGuideIndex } from '../../lib/search/build-index';
import { loadGuideSearcher, type GuideSearcher } from '../../lib/search/search-guide';
import { registerPanelCommand } from './panel-command';
import { registerOmnibox } from './omnibox';
import { registerSelectionMenu } from './selection-menu';

export default defineBackground(() => {
  // Loaded on the first message after each wake-up, once; never rebuilt here.
  let searcher: GuideSearcher | null = null;
  const getSearcher = () => (searcher ??= loadGuideSearcher(serializedIndex as SerializedGuideIndex, answers as AnswerStore));
  const handlers = createBackgroundHandlers(getSearcher);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own pages and content scripts: no other extension may ask.
    if (sender.id !== browser.runtime.id) return false;
    dispatchMessage(handlers, message).then(sendResponse);
    return true;
  });
  registerSelectionMenu();
  registerPanelCommand();
  registerOmnibox(getSearcher);
});
