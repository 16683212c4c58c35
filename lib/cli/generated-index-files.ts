import type { GuideQuestion } from '../guide/types';
import { serializeAnswerStore } from '../search/answer-store';
import { buildGuideIndex } from '../search/build-index';
import { SHIPPED_GUIDE_FILES } from '../search/shipped-guide-files';

/** Where the build writes the shipped guide's data files (generated, not committed; packaged by wxt.config.ts). */
export const GENERATED_DIR = 'lib/generated';

/** The shipped guide's data files, by name: the index and the answer store in two parts. */
export function generatedIndexFiles(questions: GuideQuestion[]): Record<string, string> {
  const { index, answers } = buildGuideIndex(questions);
  const store = serializeAnswerStore(answers);
  return {
    [SHIPPED_GUIDE_FILES.index]: JSON.stringify(index),
    [SHIPPED_GUIDE_FILES.answerMeta]: store.meta,
    [SHIPPED_GUIDE_FILES.answers]: store.lines,
  };
}
