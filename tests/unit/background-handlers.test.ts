import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from '../../lib/background-handlers';
import { loadShippedSearcher } from '../../lib/cli/load-guide-searcher';
import { createLearnedGuide } from '../../lib/learned/learned-guide';
import { dispatchMessage } from '../../lib/message-dispatch';
import type { MessageHandlers } from '../../lib/message-dispatch';
import type { Sender } from '../../lib/message-sender';
import { bundledQuestions, renewedInputs } from './learned/learned-fixtures';
import { createMemoryStorage } from './memory-storage';
import { POPUP, shippedHandlers } from './shipped-handlers';

const handlers = shippedHandlers();

/** The background's answers to each message, through the real dispatch. */
describe('background handlers', () => {
  it('should answer a search with hits', async () => {
    const reply = await dispatchMessage(handlers, { name: 'search', data: { query: 'штраф', lang: 'ru' } }, POPUP);
    expect(reply).toHaveProperty('ok.hits.0.answer.title');
  });

  it('should list answers without their bodies, which getAnswer gives when one is opened', async () => {
    const search = (await dispatchMessage(handlers, { name: 'search', data: { query: 'штраф', lang: 'ru' } }, POPUP)) as { ok: { hits: { answer: Record<string, unknown> }[] } };
    const popular = (await dispatchMessage(handlers, { name: 'getPopular', data: { lang: 'ru' } }, POPUP)) as { ok: Record<string, unknown>[] };
    const about = (await dispatchMessage(handlers, { name: 'getPageSuggestions', data: { url: 'https://kaspi.kz/red/', lang: 'ru' } }, POPUP)) as { ok: { answers: Record<string, unknown>[] } };
    const listed = [...search.ok.hits.map((h) => h.answer), ...popular.ok, ...about.ok.answers];
    expect(listed.length).toBeGreaterThan(3);
    for (const answer of listed) expect(answer).not.toHaveProperty('html');
    const opened = await dispatchMessage(handlers, { name: 'getAnswer', data: { id: search.ok.hits[0]!.answer.id as number } }, POPUP);
    expect(opened).toHaveProperty('ok.html', expect.stringMatching(/<p>|<li>/));
  });

  it('should find an answer by any of its ids and say null for an unknown one', async () => {
    expect(await dispatchMessage(handlers, { name: 'getAnswer', data: { id: 1505 } }, POPUP)).toHaveProperty('ok.id', 1505);
    expect(await dispatchMessage(handlers, { name: 'getAnswer', data: { id: 1 } }, POPUP)).toEqual({ ok: null });
  });

  it('should list popular questions in the asked language, most useful first', async () => {
    const reply = (await dispatchMessage(handlers, { name: 'getPopular', data: { lang: 'kz', limit: 3 } }, POPUP)) as { ok: { lang: string; usefulness: number }[] };
    expect(reply.ok).toHaveLength(3);
    expect(reply.ok.every((a) => a.lang === 'kz')).toBe(true);
    expect(reply.ok[0]!.usefulness).toBeGreaterThanOrEqual(reply.ok[1]!.usefulness);
  });
});

describe('a guide that could not be read', () => {
  it('should reply with a failure that may pass, and read the guide again for the message sent again', async () => {
    const searcher = loadShippedSearcher();
    let reads = 0;
    const { handlers: flaky } = createBackgroundHandlers({
      shipped: async () => {
        if (++reads === 1) throw new TypeError('Failed to fetch');
        return searcher;
      },
      learned: async () => createLearnedGuide(createMemoryStorage(), searcher),
      isLearningOn: async () => true,
    });
    const search = { name: 'search', data: { query: 'штраф', lang: 'ru' } };
    expect(await dispatchMessage(flaky, search, POPUP)).toEqual({ error: 'search failed: reading the guide: Failed to fetch', retryable: true });
    expect(await dispatchMessage(flaky, search, POPUP)).toHaveProperty('ok.hits.0.answer.title');
    expect(reads).toBe(2);
  });
});

describe('getPageSuggestions', () => {
  it('should answer about the page topic, and fall back to popular questions', async () => {
    const red = (await dispatchMessage(handlers, { name: 'getPageSuggestions', data: { url: 'https://kaspi.kz/red', lang: 'ru' } }, POPUP)) as {
      ok: { topic: string | null; answers: { title: string }[] };
    };
    expect(red.ok.topic).toBe('red');
    expect(red.ok.answers[0]!.title).toMatch(/Kaspi Red/);
    const unknown = (await dispatchMessage(handlers, { name: 'getPageSuggestions', data: { url: 'https://kaspi.kz/zzz', lang: 'kz' } }, POPUP)) as {
      ok: { topic: string | null; answers: { lang: string }[] };
    };
    expect(unknown.ok.topic).toBeNull();
    expect(unknown.ok.answers.length).toBeGreaterThan(0);
  });

  it('should list nothing from another product when the data has no answer about the page, and name its section', async () => {
    const gold = (await dispatchMessage(handlers, { name: 'getPageSuggestions', data: { url: 'https://kaspi.kz/bank/gold', lang: 'ru' } }, POPUP)) as {
      ok: { topic: string | null; section: string | null; answers: { title: string }[] };
    };
    expect(gold.ok.topic).toBe('gold');
    expect(gold.ok.section).toBe('client');
    expect(gold.ok.answers).toEqual([]);
  });
});

describe('learnGuidePage', () => {
  const PAGE_URL = 'https://guide.kaspi.kz/client/ru/app/kaspi-red';
  const GUIDE_PAGE: Sender = { kind: 'guide-page', url: PAGE_URL };
  const learn = (on: MessageHandlers, questions: unknown[], sender: Sender = GUIDE_PAGE) =>
    dispatchMessage(on, { name: 'learnGuidePage', data: { questions } }, sender);

  it('should learn a page\'s new questions, say which it refused, and count them from then on', async () => {
    const learning = shippedHandlers(true);
    const shipped = ((await dispatchMessage(learning, { name: 'getStats', data: {} }, POPUP)) as { ok: { answers: number } }).ok.answers;
    const fresh = renewedInputs(bundledQuestions().filter((q) => q.section === 'client' && q.lang === 'ru').slice(0, 2), 5_000_000);
    const reply = await learn(learning, [...fresh, { id: 'not a question' }]);
    expect(reply).toEqual({ ok: { learning: true, added: 2, refreshed: 0, known: 0, evicted: 0, refused: [expect.stringMatching(/^#2: /)], total: 2 } });
    expect(await dispatchMessage(learning, { name: 'getStats', data: {} }, POPUP)).toEqual({ ok: { answers: shipped + 2, learned: 2 } });
  });

  it('should learn nothing while learning is off, and say how many it knows', async () => {
    const off = shippedHandlers(false);
    const fresh = renewedInputs(bundledQuestions().slice(0, 1), 6_000_000);
    expect(await learn(off, fresh)).toEqual({ ok: { learning: false, added: 0, refreshed: 0, known: 0, evicted: 0, refused: [], total: 0 } });
    expect(await dispatchMessage(off, { name: 'getStats', data: {} }, POPUP)).toHaveProperty('ok.learned', 0);
  });

  it('should refuse a page that is not a guide page, as a failure with its reason', async () => {
    const reply = await learn(shippedHandlers(true), [], { kind: 'guide-page', url: 'https://guide.kaspi.kz/' });
    expect(reply).toMatchObject({ error: expect.stringMatching(/not a guide\.kaspi\.kz client or partner page/) });
  });
});
