import { describe, expect, expectTypeOf, it } from 'vitest';
import { dispatchMessage, sendMessage, validateMessage, type MessageHandlers, type MessageResult } from '../../lib/messages';
import { createBackgroundHandlers } from '../../lib/background-handlers';
import { loadShippedSearcher } from '../../lib/cli/load-guide-searcher';

const handlers: MessageHandlers = createBackgroundHandlers(() => searcher);
const searcher = loadShippedSearcher();

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
  ])('should refuse %s with a reason', (_what, message, reason) => {
    expect(validateMessage(message)).toEqual({ error: expect.stringMatching(reason) });
  });
});

describe('dispatchMessage', () => {
  it('should answer a search with hits', async () => {
    const reply = await dispatchMessage(handlers, { name: 'search', data: { query: 'штраф', lang: 'ru' } });
    expect(reply).toHaveProperty('ok.hits.0.answer.title');
  });

  it('should find an answer by any of its ids and say null for an unknown one', async () => {
    expect(await dispatchMessage(handlers, { name: 'getAnswer', data: { id: 1505 } })).toHaveProperty('ok.id', 1505);
    expect(await dispatchMessage(handlers, { name: 'getAnswer', data: { id: 1 } })).toEqual({ ok: null });
  });

  it('should list popular questions in the asked language, most useful first', async () => {
    const reply = (await dispatchMessage(handlers, { name: 'getPopular', data: { lang: 'kz', limit: 3 } })) as { ok: { lang: string; usefulness: number }[] };
    expect(reply.ok).toHaveLength(3);
    expect(reply.ok.every((a) => a.lang === 'kz')).toBe(true);
    expect(reply.ok[0]!.usefulness).toBeGreaterThanOrEqual(reply.ok[1]!.usefulness);
  });

  it('should turn a failing handler into an error reply', async () => {
    const broken = { ...handlers, getStats: () => { throw new Error('boom'); } };
    expect(await dispatchMessage(broken, { name: 'getStats', data: {} })).toEqual({ error: 'getStats failed: boom' });
  });
});

describe('sendMessage', () => {
  it('should unwrap replies and throw error replies', async () => {
    await expect(sendMessage('getStats', {}, async () => ({ ok: { answers: 3 } }))).resolves.toEqual({ answers: 3 });
    await expect(sendMessage('getStats', {}, async () => ({ error: 'nope' }))).rejects.toThrow('nope');
    await expect(sendMessage('getStats', {}, async () => undefined)).rejects.toThrow(/no reply/);
  });

  it('should type results by message name', () => {
    expectTypeOf<MessageResult<'getStats'>>().toEqualTypeOf<{ answers: number }>();
  });
});

describe('getPageSuggestions', () => {
  it('should answer about the page topic, and fall back to popular questions', async () => {
    const red = (await dispatchMessage(handlers, { name: 'getPageSuggestions', data: { url: 'https://kaspi.kz/red', lang: 'ru' } })) as {
      ok: { topic: string | null; answers: { title: string }[] };
    };
    expect(red.ok.topic).toBe('red');
    expect(red.ok.answers[0]!.title).toMatch(/Kaspi Red/);
    const unknown = (await dispatchMessage(handlers, { name: 'getPageSuggestions', data: { url: 'https://kaspi.kz/zzz', lang: 'kz' } })) as {
      ok: { topic: string | null; answers: { lang: string }[] };
    };
    expect(unknown.ok.topic).toBeNull();
    expect(unknown.ok.answers.length).toBeGreaterThan(0);
  });

  it('should refuse an oversized address', () => {
    expect(validateMessage({ name: 'getPageSuggestions', data: { url: 'x'.repeat(5000), lang: 'ru' } })).toHaveProperty('error');
  });
});

describe('validatePanelRequest', () => {
  it('should accept the two panel requests and nothing else', async () => {
    const { validatePanelRequest } = await import('../../lib/messages');
    expect(validatePanelRequest({ name: 'openPanel', data: { query: 'x' } })).toEqual({ name: 'openPanel', data: { query: 'x' } });
    expect(validatePanelRequest({ name: 'togglePanel', data: {} })).toEqual({ name: 'togglePanel', data: {} });
    expect(validatePanelRequest({ name: 'openPanel', data: { query: 1 } })).toBeNull();
    expect(validatePanelRequest({ name: 'search', data: {} })).toBeNull();
    expect(validatePanelRequest(null)).toBeNull();
  });
});
