import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MessageResult } from '../../lib/messages';
import { dispatchMessage, validateMessage } from '../../lib/message-dispatch';
import type { Sender } from '../../lib/message-sender';
import { createBackgroundHandlers } from '../../lib/background-handlers';
import { loadShippedSearcher } from '../../lib/cli/load-guide-searcher';
import { createLearnedGuide } from '../../lib/learned/learned-guide';
import { createMemoryStorage } from './memory-storage';

const searcher = loadShippedSearcher();
const { handlers } = createBackgroundHandlers({
  shipped: async () => searcher,
  learned: async () => createLearnedGuide(createMemoryStorage(), searcher),
  isLearningOn: async () => true,
});
const POPUP: Sender = { kind: 'extension-page', url: 'chrome-extension://abc/popup.html' };

describe('validateMessage', () => {
  it.each([
    ['not an object', 'search', /must be an object/],
    ['an unknown name', { name: 'eval', data: {} }, /unknown message/],
    ['data that is not an object', { name: 'search', data: 'x' }, /data must be an object/],
    ['a query that is not text', { name: 'search', data: { query: 1, lang: 'ru' } }, /query must be text/],
    ['an oversized query', { name: 'search', data: { query: 'x'.repeat(2001), lang: 'ru' } }, /longer than/],
    ['an unknown language', { name: 'search', data: { query: 'x', lang: 'en' } }, /lang must be/],
    ['a silly limit', { name: 'getPopular', data: { lang: 'ru', limit: 1e9 } }, /limit must be/],
    ['a fractional id', { name: 'getAnswer', data: { id: 1.5 } }, /id must be/],
    ['learning without a list', { name: 'learnGuidePage', data: { questions: 'x' } }, /must be a list/],
    ['an oversized page', { name: 'learnGuidePage', data: { questions: Array(501).fill({}) } }, /more than 500/],
  ])('should refuse %s with a reason', (_what, message, reason) => {
    expect(validateMessage(message)).toEqual({ error: expect.stringMatching(reason) });
  });
});

describe('dispatchMessage', () => {
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

  it('should turn a failing handler into an error reply', async () => {
    const broken = { ...handlers, getStats: () => { throw new Error('boom'); } };
    expect(await dispatchMessage(broken, { name: 'getStats', data: {} }, POPUP)).toEqual({ error: 'getStats failed: boom' });
  });
});

describe('sender policy', () => {
  it('should take learning only from guide pages and forgetting only from our own pages', async () => {
    const learn = { name: 'learnGuidePage', data: { questions: [] } };
    expect(await dispatchMessage(handlers, learn, POPUP)).toEqual({ error: 'learnGuidePage: not accepted from extension-page' });
    expect(await dispatchMessage(handlers, learn, { kind: 'kaspi-page', url: 'https://kaspi.kz/' })).toHaveProperty('error');
    const forget = { name: 'forgetLearned', data: {} };
    expect(await dispatchMessage(handlers, forget, { kind: 'guide-page', url: 'https://guide.kaspi.kz/client/ru/x' })).toHaveProperty('error');
    expect(await dispatchMessage(handlers, forget, POPUP)).toEqual({ ok: { learned: 0 } });
    expect(await dispatchMessage(handlers, { name: 'search', data: { query: 'x', lang: 'ru' } }, { kind: 'other', url: '' })).toHaveProperty('error');
  });});

describe('message types', () => {
  it('should type results by message name', () => {
    expectTypeOf<MessageResult<'getStats'>>().toEqualTypeOf<{ answers: number; learned: number }>();
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

  it('should refuse an oversized address', () => {
    expect(validateMessage({ name: 'getPageSuggestions', data: { url: 'x'.repeat(5000), lang: 'ru' } })).toHaveProperty('error');
  });
});
