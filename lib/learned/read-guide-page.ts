import { guidePageOf } from '../guide/guide-url';
import { ingestCapture } from '../guide/ingest-captures';
import { toLearnedInput, type LearnedQuestionInput } from './learned-question';

export interface GuidePageQuestions {
  questions: LearnedQuestionInput[];
  /** Set when the page's payload could not be decoded at all. */
  error: string | null;
}

/**
 * The questions of an open guide.kaspi.kz page, from the text of its
 * `__NUXT_DATA__` element (the whole payload): the same decoder, cleanup and
 * DOMPurify allow-list as build-time ingestion. Section and, when the payload
 * names no locale, language come from the page address.
 */
export function readGuidePage(payload: string, pageUrl: string, sanitize: (html: string) => string): GuidePageQuestions {
  const page = guidePageOf(pageUrl);
  if (!page) return { questions: [], error: 'not a guide.kaspi.kz client or partner page' };
  const report = ingestCapture({ name: pageUrl, text: payload }, { section: page.section, lang: page.lang ?? undefined }, sanitize);
  return { questions: report.questions.map(toLearnedInput), error: report.error };
}
