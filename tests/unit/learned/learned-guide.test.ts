import { describe, expect, it, vi } from 'vitest';
import { loadShippedSearcher, loadSearcherFor } from '../../../lib/cli/load-guide-searcher';
import { createLearnedGuide, LEARNED_STORAGE_KEY } from '../../../lib/learned/learned-guide';
import * as buildIndex from '../../../lib/search/build-index';
import { createMemoryStorage } from '../memory-storage';
import { bundledQuestions, renewedInputs } from './learned-fixtures';

const shipped = loadShippedSearcher();
const page = () => renewedInputs(bundledQuestions().filter((q) => q.lang === 'ru').slice(0, 5), 500_000, 'новый');

describe('createLearnedGuide', () => {
  it('should learn, search and report counts', async () => {
    const learned = createLearnedGuide(createMemoryStorage(), shipped);
    expect(await learned.searcher()).toBeNull();
    expect(await learned.learn(page())).toMatchObject({ added: 5, total: 5 });
    expect(await learned.count()).toBe(5);
    const hit = (await learned.searcher())!.search(page()[0]!.title, { lang: 'ru' }).hits[0]!;
    expect(hit.answer.id).toBe(page()[0]!.id);
  });

  it('should load the stored index after a wake-up without indexing again', async () => {
    const storage = createMemoryStorage();
    await createLearnedGuide(storage, shipped).learn(page());
    const build = vi.spyOn(buildIndex, 'buildGuideIndex');
    try {
      const woken = createLearnedGuide(storage, shipped);
      expect(await woken.count()).toBe(5);
      expect((await woken.searcher())!.search(page()[1]!.title).hits[0]!.answer.id).toBe(page()[1]!.id);
      expect(build).not.toHaveBeenCalled();
      // The spy sees builds: a new question does index again.
      await woken.learn(renewedInputs(bundledQuestions().slice(30, 31), 700_000));
      expect(build).toHaveBeenCalledTimes(1);
    } finally {
      build.mockRestore();
    }
  });

  it('should index again, keeping every question, when the shipped guide has changed', async () => {
    const storage = createMemoryStorage();
    await createLearnedGuide(storage, shipped).learn(page());
    const smallerShipped = loadSearcherFor(bundledQuestions().slice(0, 20));
    const woken = createLearnedGuide(storage, smallerShipped);
    expect(await woken.count()).toBe(5);
    expect((await storage.get(LEARNED_STORAGE_KEY)) as { shippedStamp: string }).toHaveProperty('shippedStamp', expect.stringContaining(':20:'));
  });

  it('should forget everything', async () => {
    const storage = createMemoryStorage();
    const learned = createLearnedGuide(storage, shipped);
    await learned.learn(page());
    await learned.forget();
    expect(await learned.count()).toBe(0);
    expect(await storage.get(LEARNED_STORAGE_KEY)).toBeUndefined();
    expect(await createLearnedGuide(storage, shipped).searcher()).toBeNull();
  });

  it('should drop the oldest questions when storage is full, and keep the rest', async () => {
    const storage = createMemoryStorage(30_000);
    const learned = createLearnedGuide(storage, shipped, () => 1);
    const many = renewedInputs(bundledQuestions(), 600_000, 'ещё');
    const outcome = await learned.learn(many);
    expect(outcome.total).toBeGreaterThan(0);
    expect(outcome.total).toBeLessThan(many.length);
    expect(outcome.evicted).toBe(many.length - outcome.total);
    expect(storage.bytes()).toBeLessThanOrEqual(30_000);
    expect(await createLearnedGuide(storage, shipped).count()).toBe(outcome.total);
  });

  it('should run two pages learned at once one after the other, losing neither', async () => {
    const storage = createMemoryStorage();
    const learned = createLearnedGuide(storage, shipped);
    const [a, b] = [page().slice(0, 2), page().slice(2)];
    await Promise.all([learned.learn(a), learned.learn(b)]);
    expect(await createLearnedGuide(storage, shipped).count()).toBe(5);
  });
});

describe('createLearnedGuide with corrupted storage', () => {
  it.each([
    ['a string', 'learned'],
    ['a number', 42],
    ['questions that are not a list', { format: 5, questions: 'x'.repeat(1_000_000) }],
    ['questions that are strings', { format: 5, questions: ['a', 'b'] }],
    ['a question missing its title', { format: 5, questions: [{ id: 1, ids: [1], lang: 'ru', section: 'client', html: '<p>x</p>', canonical: '/x/q1', learnedAt: 1, url: 'https://guide.kaspi.kz/client/ru/x/q1' }] }],
    ['an index that is not an index', null],
  ])('should drop %s, report it once, and learn again', async (_what, value) => {
    const storage = createMemoryStorage();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      if (value === null) {
        await createLearnedGuide(storage, shipped).learn(page());
        const record = (await storage.get(LEARNED_STORAGE_KEY)) as Record<string, unknown>;
        await storage.set(LEARNED_STORAGE_KEY, { ...record, index: 'garbage' });
      } else {
        await storage.set(LEARNED_STORAGE_KEY, value);
      }
      const learned = createLearnedGuide(storage, shipped);
      const searcher = await learned.searcher();
      if (value === null) {
        // A broken index alone is rebuilt from the questions, which are kept.
        expect(await learned.count()).toBe(5);
        expect(searcher!.search(page()[0]!.title, { lang: 'ru' }).hits[0]!.answer.id).toBe(page()[0]!.id);
      } else {
        expect(searcher).toBeNull();
        expect(await learned.count()).toBe(0);
        expect(await storage.get(LEARNED_STORAGE_KEY)).toBeUndefined();
        expect(warn).toHaveBeenCalledTimes(1);
        expect(await learned.learn(page())).toMatchObject({ added: 5, total: 5 });
      }
    } finally {
      warn.mockRestore();
    }
  });
});
