import type { GuideQuestion } from '../../../lib/guide/types';
import { toLearnedInput, type LearnedQuestionInput } from '../../../lib/learned/learned-question';
import { ingestBundled } from '../guide-fixtures';

/** Real captured questions made new: ids + offset, canonical paths follow, titles marked. */
export function renewedInputs(questions: GuideQuestion[], idOffset: number, titleMark = ''): LearnedQuestionInput[] {
  return questions.map((q) => ({
    ...toLearnedInput(q),
    id: q.id + idOffset,
    ids: [q.id + idOffset],
    title: titleMark ? `${q.title} ${titleMark}` : q.title,
    canonical: q.canonical.replace(/q\d+$/, `q${q.id + idOffset}`),
  }));
}

export const bundledQuestions = () => ingestBundled().questions;
