import answerMeta from '../../lib/generated/guide-answer-meta.json';
// One answer per line, kept as text: each is parsed only when shown (answer-store.ts).
import answerLines from '../../lib/generated/guide-answers.jsonl?raw';
import serializedIndex from '../../lib/generated/guide-index.json';
import { createBackgroundHandlers } from '../../lib/background-handlers';
import { createLearnedGuide, type LearnedGuide } from '../../lib/learned/learned-guide';
import { classifySender, dispatchMessage } from '../../lib/messages';
import { loadAnswerStore } from '../../lib/search/answer-store';
import type { SerializedGuideIndex } from '../../lib/search/build-index';
import { loadGuideSearcher, type GuideSearcher } from '../../lib/search/search-guide';
import { learnFromGuide } from '../../components/settings';
import { extensionStorage } from './extension-storage';
import { registerPanelCommand } from './panel-command';
import { registerOmnibox } from './omnibox';
import { registerSelectionMenu } from './selection-menu';

export default defineBackground(() => {
  // Loaded on the first message after each wake-up, once; never rebuilt here.
  let shipped: GuideSearcher | null = null;
  let learned: LearnedGuide | null = null;
  const getShipped = () => (shipped ??= loadGuideSearcher(serializedIndex as SerializedGuideIndex, loadAnswerStore(answerMeta, answerLines)));
  const { handlers, searcher } = createBackgroundHandlers({
    shipped: getShipped,
    learned: () => (learned ??= createLearnedGuide(extensionStorage, getShipped())),
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
});
