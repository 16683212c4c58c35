import { describe, expect, it } from 'vitest';
import { addLearned } from '../../../lib/learned/learned-store';
import { arrayAnswerStore, toStoredAnswer } from '../../../lib/search/answer-store';

const NONE = arrayAnswerStore([]);
import { bundledQuestions, renewedInputs } from './learned-fixtures';

const inputs = () => renewedInputs(bundledQuestions().slice(0, 6), 100_000);

describe('addLearned', () => {
  it('should add new questions with their guide address', () => {
    const outcome = addLearned([], inputs(), NONE, 1);
    expect(outcome).toMatchObject({ added: 6, refreshed: 0, known: 0, evicted: 0, reindex: true });
    expect(outcome.questions[0]!.url).toBe(`https://guide.kaspi.kz/${inputs()[0]!.section}/${inputs()[0]!.lang}${inputs()[0]!.canonical}`);
  });

  it('should keep a question seen again in its place, with a new date, and say no reindex is needed', () => {
    const first = addLearned([], inputs(), NONE, 1).questions;
    const again = addLearned(first, inputs().slice(2, 4), NONE, 2);
    expect(again).toMatchObject({ added: 0, refreshed: 2, reindex: false });
    expect(again.questions.map((q) => q.url)).toEqual(first.map((q) => q.url));
    expect(again.questions.map((q) => q.learnedAt)).toEqual([1, 1, 2, 2, 1, 1]);
  });

  it('should reindex when a question seen again has changed', () => {
    const first = addLearned([], inputs(), NONE, 1).questions;
    const edited = { ...inputs()[0]!, html: '<p>Новый ответ</p>', updated: '01.01.2030' };
    const again = addLearned(first, [edited], NONE, 2);
    expect(again).toMatchObject({ refreshed: 1, reindex: true });
    expect(again.questions[0]!.html).toBe('<p>Новый ответ</p>');
  });

  it('should not store what the shipped guide holds as new or newer, and drop an older learned copy of it', () => {
    const real = bundledQuestions().slice(0, 2);
    const shipped = arrayAnswerStore(real.map(toStoredAnswer));
    const sameAsShipped = renewedInputs(real, 0);
    expect(addLearned([], sameAsShipped, shipped, 1)).toMatchObject({ known: 2, added: 0, questions: [] });
    const newer = sameAsShipped.map((q) => ({ ...q, updated: '01.01.2099' }));
    const learned = addLearned([], newer, shipped, 1);
    expect(learned).toMatchObject({ known: 0, added: 2 });
    // The shipped guide caught up: the learned copies are no longer needed.
    const caughtUp = arrayAnswerStore(real.map((a) => ({ ...toStoredAnswer(a), updated: '02.01.2099' })));
    expect(addLearned(learned.questions, newer, caughtUp, 2)).toMatchObject({ known: 2, questions: [], reindex: true });
  });

  it('should keep at most the limit, dropping the questions seen longest ago', () => {
    const all = inputs();
    let stored = addLearned([], all.slice(0, 3), NONE, 1).questions;
    stored = addLearned(stored, all.slice(3, 5), NONE, 2).questions;
    stored = addLearned(stored, [all[0]!], NONE, 3).questions; // seen again: now the newest
    const outcome = addLearned(stored, [all[5]!], NONE, 4, 4);
    expect(outcome.evicted).toBe(2);
    expect(outcome.questions.map((q) => q.id)).toEqual([all[0]!.id, all[3]!.id, all[4]!.id, all[5]!.id]);
  });
});
