import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MessageResult } from '../../lib/messages';
import { dispatchMessage, validateMessage } from '../../lib/message-dispatch';
import { RetryableError } from '../../lib/retryable-error';
import { POPUP, shippedHandlers } from './shipped-handlers';

const handlers = shippedHandlers();

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
  it('should turn a failing handler into an error reply', async () => {
    const broken = { ...handlers, getStats: () => { throw new Error('boom'); } };
    expect(await dispatchMessage(broken, { name: 'getStats', data: {} }, POPUP)).toEqual({ error: 'getStats failed: boom' });
  });

  it('should mark a failure that may pass, so that the sender sends again', async () => {
    const unread = { ...handlers, getStats: () => { throw new RetryableError('reading the guide: Failed to fetch'); } };
    expect(await dispatchMessage(unread, { name: 'getStats', data: {} }, POPUP)).toEqual({ error: 'getStats failed: reading the guide: Failed to fetch', retryable: true });
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
  });
});

describe('message types', () => {
  it('should type results by message name', () => {
    expectTypeOf<MessageResult<'getStats'>>().toEqualTypeOf<{ answers: number; learned: number }>();
  });
});

describe('getPageSuggestions validation', () => {
  it('should refuse an oversized address', () => {
    expect(validateMessage({ name: 'getPageSuggestions', data: { url: 'x'.repeat(5000), lang: 'ru' } })).toHaveProperty('error');
  });
});
