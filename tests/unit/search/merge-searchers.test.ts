import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSearcherFor, loadShippedSearcher } from '../../../lib/cli/load-guide-searcher';
import { evaluate, parseEvalQueries, summarize } from '../../../lib/cli/eval-queries';
import { htmlToText } from '../../../lib/guide/html-to-text';
import { createLearnedGuide } from '../../../lib/learned/learned-guide';
import { toLearnedInput } from '../../../lib/learned/learned-question';
import { arrayAnswerStore, type StoredAnswer } from '../../../lib/search/answer-store';
import type { AnswerSearcher, SearchHit, SearchOptions, SearchResponse } from '../../../lib/search/search-guide';
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
    const newer = { ...a!, title: `${a!.title} (обновлено)`, html: '<p>Новый текст ответа про рефинансирование</p>', updated: '02.06.2024' };
    const older = { ...b!, html: '<p>Старый текст</p>', updated: '01.01.2020' };
    const learnedBuilt = buildGuideIndex([newer, older].map((q) => ({ ...q, text: htmlToText(q.html) })), { joins: shipped.corpus });
    const learned = loadGuideSearcher(learnedBuilt.index, arrayAnswerStore(learnedBuilt.answers), shipped.corpus);
    const merged = mergeSearchers(shipped, learned);
    expect(allAnswers(merged.answers).map((x) => x.html)).toEqual([newer.html, b!.html]);
    expect(merged.search('рефинансирование').hits.map((h) => h.answer.html)).toEqual([newer.html]);
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

describe('mergeSearchers, composing the two answers', () => {
  const answer = (id: number, url: string, updated = '01.01.2024'): StoredAnswer => ({
    id, ids: [id], lang: 'ru', section: 'client', title: `Вопрос ${id}`, html: '<p>ответ</p>', updated, usefulness: 0.5, pinned: false, url,
  });
  const hit = (a: StoredAnswer, score: number): SearchHit => ({ answer: a, score, matchesQuery: true, titleHighlights: [], snippet: '', snippetHighlights: [] });
  const response = (over: Partial<SearchResponse>): SearchResponse => ({ hits: [], correctedQuery: null, confident: false, declineReason: null, suggestion: null, ...over });
  /** A searcher that gives one canned response and remembers the options it was asked with. */
  const canned = (answers: StoredAnswer[], reply: SearchResponse) => {
    const asked: SearchOptions[] = [];
    const searcher: AnswerSearcher = { answers: arrayAnswerStore(answers), search: (_q, options = {}) => (asked.push(options), reply) };
    return { searcher, asked };
  };

  const a = answer(1, 'https://guide.kaspi.kz/client/ru/a');
  const b = answer(2, 'https://guide.kaspi.kz/client/ru/b');
  const newerA = answer(11, a.url, '02.02.2025');
  const olderB = answer(12, b.url, '01.01.2020');
  const c = answer(13, 'https://guide.kaspi.kz/client/ru/c');

  it('should show the newer copy of a question, once, and add what only the learned side holds', () => {
    const merged = mergeAnswers(arrayAnswerStore([a, b]), arrayAnswerStore([newerA, olderB, c]));
    expect(Array.from({ length: merged.answers.length }, (_, i) => merged.answers.meta(i).id)).toEqual([11, 2, 13]);
    expect(Array.from({ length: merged.answers.length }, (_, i) => merged.answers.get(i).id)).toEqual([11, 2, 13]);
    expect([...merged.replaced]).toEqual([a.url]);
    expect([...merged.ignored]).toEqual([b.url]);
  });

  it('should rank both sides\' hits by score, drop the copies not shown, ask each side for twice the limit and let the first hit\'s side judge', () => {
    const shipped = canned([a, b], response({ hits: [hit(a, 9), hit(b, 3)], confident: false, declineReason: { kind: 'title-unrelated' }, correctedQuery: 'из магазина' }));
    const learned = canned([newerA, olderB, c], response({ hits: [hit(newerA, 5), hit(olderB, 8), hit(c, 4)], confident: true, correctedQuery: 'из обучения' }));
    const result = mergeSearchers(shipped.searcher, learned.searcher).search('запрос', { lang: 'ru', limit: 2 });
    expect(result.hits.map((h) => h.answer.id)).toEqual([11, 13]);
    expect(shipped.asked).toEqual([{ lang: 'ru', limit: 4 }]);
    expect(learned.asked).toEqual([{ lang: 'ru', limit: 4 }]);
    expect(result).toMatchObject({ confident: true, declineReason: null, correctedQuery: 'из магазина', suggestion: null });
  });

  it('should let the shipped side judge when its hit comes first, and take a correction from the side that found something', () => {
    const shipped = canned([a, b], response({ hits: [hit(b, 9)], declineReason: { kind: 'title-unrelated' } }));
    const learned = canned([c], response({ hits: [], correctedQuery: 'не то', confident: true }));
    const result = mergeSearchers(shipped.searcher, learned.searcher).search('запрос');
    expect(result.hits.map((h) => h.answer.id)).toEqual([2]);
    expect(result).toMatchObject({ confident: false, declineReason: { kind: 'title-unrelated' }, correctedQuery: null });
    expect(shipped.asked).toEqual([{ limit: 20 }]);
    const fromLearned = canned([c], response({ hits: [hit(c, 1)], correctedQuery: 'по-русски', confident: true }));
    expect(mergeSearchers(canned([a], response({ correctedQuery: 'не то' })).searcher, fromLearned.searcher).search('x').correctedQuery).toBe('по-русски');
  });

  it('should say nothing matched, and offer a spelling, when neither side has a hit', () => {
    const shipped = canned([a], response({ suggestion: null, confident: true, declineReason: null }));
    const learned = canned([c], response({ suggestion: 'штраф', confident: true }));
    expect(mergeSearchers(shipped.searcher, learned.searcher).search('штарф')).toEqual({
      hits: [], correctedQuery: null, suggestion: 'штраф', confident: false, declineReason: { kind: 'nothing-matched' },
    });
    const both = mergeSearchers(canned([a], response({ suggestion: 'первое' })).searcher, canned([c], response({ suggestion: 'второе' })).searcher);
    expect(both.search('x').suggestion).toBe('первое');
    const withHits = mergeSearchers(canned([a], response({ hits: [hit(a, 1)], suggestion: 'лишнее', confident: true })).searcher, learned.searcher);
    expect(withHits.search('x').suggestion).toBeNull();
  });

  it('should be the shipped searcher itself while nothing is learned', () => {
    const shipped = canned([a], response({})).searcher;
    expect(mergeSearchers(shipped, null)).toBe(shipped);
    expect(mergeSearchers(shipped, canned([], response({})).searcher)).toBe(shipped);
  });
});
