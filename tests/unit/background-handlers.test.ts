import { describe, expect, it } from 'vitest';
import { dispatchMessage } from '../../lib/message-dispatch';
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
