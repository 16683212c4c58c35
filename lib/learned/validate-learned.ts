import { pickFields } from '../pick-fields';
import { isGuideDate } from '../guide/guide-date';
import { guidePageOf } from '../guide/guide-url';
import type { GuideSection } from '../guide/types';
import { LEARNED_INPUT_FIELDS, type LearnedQuestionInput } from './learned-question';
import { LEARN_LIMITS } from './learn-limits';

const CANONICAL_PATH = /^(\/[A-Za-z0-9_-]+)+$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0 && (v as number) <= 2 ** 31;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= max;

/** Why one received question is refused, or null when it is whole and within limits. */
export function problemWithQuestion(q: unknown, pageSection: GuideSection): string | null {
  if (!isObject(q)) return 'not an object';
  if (!isId(q.id)) return 'id must be a positive integer';
  if (!isText(q.title, LEARN_LIMITS.titleChars)) return `title must be text of 1..${LEARN_LIMITS.titleChars} characters`;
  if (!isText(q.html, LEARN_LIMITS.htmlChars)) return `content must be text of 1..${LEARN_LIMITS.htmlChars} characters`;
  if (typeof q.canonical !== 'string' || q.canonical.length > LEARN_LIMITS.canonicalChars || !CANONICAL_PATH.test(q.canonical)) {
    return 'canonical must be a path of letters, digits, _ and -';
  }
  if (q.lang !== 'ru' && q.lang !== 'kz') return 'lang must be ru or kz';
  if (q.section !== pageSection) return `section must be the page's (${pageSection})`;
  if (!Array.isArray(q.ids) || q.ids.length === 0 || q.ids.length > LEARN_LIMITS.ids || !q.ids.every(isId) || !q.ids.includes(q.id)) {
    return `ids must list 1..${LEARN_LIMITS.ids} ids including id`;
  }
  if (q.updated !== null && !isGuideDate(q.updated)) return 'updated must be dd.mm.yyyy or null';
  if (q.published !== null && !(typeof q.published === 'string' && q.published.length <= 40)) return 'published must be a short date or null';
  if (q.usefulness !== null && !(typeof q.usefulness === 'number' && q.usefulness >= 0 && q.usefulness <= 1)) return 'usefulness must be 0..1 or null';
  if (q.pinned !== null && typeof q.pinned !== 'boolean') return 'pinned must be true, false or null';
  return null;
}

export interface ValidatedPage {
  questions: LearnedQuestionInput[];
  /** One line per refused question: its position and the reason. */
  refused: string[];
}

/**
 * Checks what a guide page's content script sent. The page address comes
 * from the browser (the message's sender), not from the message. Only the
 * listed fields are kept, so nothing else a page smuggles in is stored.
 */
export function validateLearnedPage(questions: unknown, pageUrl: string): ValidatedPage | { error: string } {
  const section = guidePageOf(pageUrl)?.section;
  if (!section) return { error: 'not a guide.kaspi.kz client or partner page' };
  if (!Array.isArray(questions)) return { error: 'questions must be a list' };
  if (questions.length > LEARN_LIMITS.questionsPerPage) return { error: `more than ${LEARN_LIMITS.questionsPerPage} questions on one page` };
  const result: ValidatedPage = { questions: [], refused: [] };
  let pageChars = 0;
  questions.forEach((q: unknown, i) => {
    const problem = problemWithQuestion(q, section);
    if (problem) {
      result.refused.push(`#${i}: ${problem}`);
      return;
    }
    const question = pickFields(q as LearnedQuestionInput, LEARNED_INPUT_FIELDS);
    pageChars += question.title.length + question.html.length;
    result.questions.push({ ...question, ids: [...question.ids] });
  });
  if (pageChars > LEARN_LIMITS.pageChars) return { error: `page holds more than ${LEARN_LIMITS.pageChars} characters of questions` };
  return result;
}
