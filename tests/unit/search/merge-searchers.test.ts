import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSearcherFor, loadShippedSearcher } from '../../../lib/cli/load-guide-searcher';
import { evaluate, parseEvalQueries, summarize } from '../../../lib/cli/eval-queries';
import { htmlToText } from '../../../lib/guide/html-to-text';
import { createLearnedGuide } from '../../../lib/learned/learned-guide';
import { toLearnedInput } from '../../../lib/learned/learned-question';
import { arrayAnswerStore } from '../../../lib/search/answer-store';
import { allAnswers } from './all-answers';
import { buildGuideIndex } from '../../../lib/search/build-index';
import { mergeAnswers, mergeSearchers } from '../../../lib/search/merge-searchers';
import { guideDateOrder } from '../../../lib/guide/guide-date';
import { loadGuideSearcher } from '../../../lib/search/search-guide';
import { createMemoryStorage } from '../memory-storage';
import { bundledQuestions } from '../learned/learned-fixtures';

const queries = ['tests/eval/queries.dev.jsonl', 'tests/eval/queries.own.jsonl'].flatMap((f) => parseEvalQueries(readFileSync(f, 'utf8')));

/** Every third question is "learned"; the rest is the shipped index. */
async function splitGuide() {
  const all = bundledQuestions();
  const shipped = loadSearcherFor(all.filter((_, i) => i % 3 !== 0));
  const learnedQuestions = all.filter((_, i) => i % 3 === 0);
  const learned = createLearnedGuide(createMemoryStorage(), shipped);
  await learned.learn(learnedQuestions.map(toLearnedInput));
  return { shipped, learnedQuestions, learned: (await learned.searcher())! };
}

describe('mergeSearchers', () => {
  it('should rank a guide split into shipped and learned parts as well as one index over all of it', async () => {
    const { shipped, learned } = await splitGuide();
    const whole = summarize(evaluate(loadShippedSearcher(), queries));
    const merged = summarize(evaluate(mergeSearchers(shipped, learned), queries));
    expect(merged.mrr).toBeGreaterThanOrEqual(whole.mrr - 0.02);
    expect(merged.s1).toBeGreaterThanOrEqual(whole.s1 - 0.03);
  });

  it('should score a learned answer as the same answer scores inside one index over everything', async () => {
    const { learned, learnedQuestions } = await splitGuide();
    const whole = loadShippedSearcher();
    const own = buildGuideIndex(learnedQuestions);
    const alone = loadGuideSearcher(JSON.parse(JSON.stringify(own.index)), arrayAnswerStore(own.answers));
    const scoreOf = (searcher: typeof whole, q: (typeof learnedQuestions)[0]) =>
      searcher.search(q.title, { limit: 50 }).hits.find((h) => h.answer.url === q.url)?.score ?? 0;
    for (const q of learnedQuestions) {
      expect(scoreOf(learned, q) / scoreOf(whole, q)).toBeCloseTo(1, 1);
    }
    // Scored on its own statistics instead, the same index would not compare with the shipped scores.
    const offScale = learnedQuestions.filter((q) => Math.abs(scoreOf(alone, q) / scoreOf(whole, q) - 1) > 0.1);
    expect(offScale.length).toBeGreaterThan(learnedQuestions.length / 2);
  });

  it('should show a learned copy only when it is newer than the shipped one', () => {
    const [a, b] = bundledQuestions().slice(0, 2).map((q) => ({ ...q, updated: '01.06.2024' }));
    const shipped = loadSearcherFor([a!, b!]);
    const newer = { ...a!, title: `${a!.title} (обновлено)`, html: '<p>Новый текст ответа про кешбэк</p>', updated: '02.06.2024' };
    const older = { ...b!, html: '<p>Старый текст</p>', updated: '01.01.2020' };
    const learnedBuilt = buildGuideIndex([newer, older].map((q) => ({ ...q, text: htmlToText(q.html) })), { joins: shipped.corpus });
    const learned = loadGuideSearcher(learnedBuilt.index, arrayAnswerStore(learnedBuilt.answers));
    const merged = mergeSearchers(shipped, learned);
    expect(allAnswers(merged.answers).map((x) => x.html)).toEqual([newer.html, b!.html]);
    expect(merged.search('кешбэк').hits.map((h) => h.answer.html)).toEqual([newer.html]);
    const byTitle = merged.search(a!.title, { limit: 10 }).hits.filter((h) => h.answer.url === a!.url);
    expect(byTitle).toHaveLength(1);
    expect(byTitle[0]!.answer.html).toBe(newer.html);
  });

  it('should return the shipped searcher itself when nothing is learned', () => {
    const shipped = loadShippedSearcher();
    expect(mergeSearchers(shipped, null)).toBe(shipped);
  });

  it('should order guide dates, unknown ones first', () => {
    expect(guideDateOrder('02.01.2024')).toBeGreaterThan(guideDateOrder('31.12.2023'));
    expect(guideDateOrder(null)).toBeLessThan(guideDateOrder('01.01.1990'));
    expect(guideDateOrder('garbage')).toBe(0);
    expect(mergeAnswers(arrayAnswerStore([]), arrayAnswerStore([])).answers.length).toBe(0);
  });
});
