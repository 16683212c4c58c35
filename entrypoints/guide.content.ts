import { createAnswerSanitizer } from '../lib/guide/sanitize-answer';
import { createNavigationLearner } from '../lib/learned/navigation-learning';
import { readGuidePage, type GuidePageQuestions } from '../lib/learned/read-guide-page';
import { sendMessage } from '../lib/message-transport';
import { learnFromGuide } from '../lib/storage/settings';

/**
 * Learning on guide.kaspi.kz: reads the page's own `__NUXT_DATA__` element,
 * decodes and sanitises its questions here (the background has no DOM for
 * DOMPurify) and hands them to the background, which checks and stores them.
 * After in-app navigation (history.pushState, no page load) the new address
 * is requested once, same origin and without cookies, for its payload: the
 * extension's only request, made only here and only while learning is on
 * (settings and README say so). No UI.
 */
export default defineContentScript({
  matches: ['https://guide.kaspi.kz/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const { sanitizeAnswer } = createAnswerSanitizer(window);
    const send = async ({ questions, error }: GuidePageQuestions) => {
      if (error) console.debug('Kaspi Guide Helper: nothing learned from this page:', error);
      if (questions.length === 0) return;
      await sendMessage('learnGuidePage', { questions }).catch((e: Error) => console.debug('Kaspi Guide Helper:', e.message));
    };
    const learner = createNavigationLearner(
      async (address) => (await fetch(address, { credentials: 'omit', redirect: 'error', signal: ctx.signal })).text(),
      sanitizeAnswer,
      [location.href],
    );
    const learnAt = async (address: string) => {
      if (!(await learnFromGuide.getValue())) return;
      try {
        const found = await learner.questionsAt(address);
        if (found) await send(found);
      } catch (e) {
        console.debug('Kaspi Guide Helper: could not read', address, (e as Error).message);
      }
    };
    // Only navigations inside the document: a full page load brings its own payload (and this script again).
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation) {
      ctx.addEventListener(navigation as Window, 'navigate' as 'load', (event: Event) => {
        const { destination } = event as Event & { destination: { url: string; sameDocument: boolean } };
        if (destination.sameDocument) void learnAt(destination.url);
      });
    } else {
      // Without the Navigation API (Firefox), WXT polls the address: only same-document changes are seen.
      ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void learnAt(newUrl.href));
    }

    if (!(await learnFromGuide.getValue())) return;
    const element = document.getElementById('__NUXT_DATA__');
    if (!(element instanceof HTMLScriptElement)) return;
    await send(readGuidePage(element.textContent ?? '', location.href, sanitizeAnswer));
  },
});
