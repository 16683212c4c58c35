import { createAnswerSanitizer } from '../lib/guide/sanitize-answer';
import { readGuidePage } from '../lib/learned/read-guide-page';
import { sendMessage } from '../lib/messages';
import { learnFromGuide } from '../components/settings';

/**
 * Learning on guide.kaspi.kz: reads the page's own `__NUXT_DATA__` element
 * and nothing else, decodes and sanitises its questions here (the background
 * has no DOM for DOMPurify) and hands them to the background, which checks
 * and stores them. No UI, no requests.
 */
export default defineContentScript({
  matches: ['https://guide.kaspi.kz/*'],
  runAt: 'document_idle',
  async main() {
    if (!(await learnFromGuide.getValue())) return;
    const element = document.getElementById('__NUXT_DATA__');
    if (!(element instanceof HTMLScriptElement)) return;
    const { questions, error } = readGuidePage(element.textContent ?? '', location.href, createAnswerSanitizer(window).sanitizeAnswer);
    if (error) console.debug('Kaspi Guide Helper: nothing learned from this page:', error);
    if (questions.length === 0) return;
    await sendMessage('learnGuidePage', { questions }).catch((e: Error) => console.debug('Kaspi Guide Helper:', e.message));
  },
});
