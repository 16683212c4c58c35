import { describe, expect, it } from 'vitest';
import { LEARN_LIMITS } from '../../../lib/learned/learn-limits';
import { validateLearnedPage } from '../../../lib/learned/validate-learned';
import { bundledQuestions, renewedInputs } from './learned-fixtures';

const PAGE = 'https://guide.kaspi.kz/client/ru/red/monthly_payment/bill/q1505';
const good = () => renewedInputs(bundledQuestions().filter((q) => q.section === 'client').slice(0, 3), 100_000);

describe('validateLearnedPage', () => {
  it('should keep whole questions and only their known fields', () => {
    const [q] = good();
    const result = validateLearnedPage([{ ...q, url: 'https://evil.example/', __proto__x: 1, extra: '<script>' }], PAGE);
    expect(result).toEqual({ questions: [q], refused: [] });
  });

  it.each([
    ['no id', { id: undefined }, /id must be/],
    ['a negative id', { id: -4 }, /id must be/],
    ['an empty title', { title: '  ' }, /title must be/],
    ['an oversized title', { title: 'x'.repeat(LEARN_LIMITS.titleChars + 1) }, /title must be/],
    ['no content', { html: '' }, /content must be/],
    ['oversized content', { html: 'x'.repeat(LEARN_LIMITS.htmlChars + 1) }, /content must be/],
    ['no canonical', { canonical: undefined }, /canonical/],
    ['a canonical that leaves the guide', { canonical: '//evil.example/q1' }, /canonical/],
    ['a canonical with dots', { canonical: '/../../x' }, /canonical/],
    ['a javascript: canonical', { canonical: 'javascript:alert(1)' }, /canonical/],
    ['an unknown language', { lang: 'en' }, /lang/],
    ['another section than the page', { section: 'partner' }, /section/],
    ['ids without the id', { ids: [1] }, /ids/],
    ['a bad date', { updated: '2025-01-01' }, /updated/],
    ['usefulness out of range', { usefulness: 7 }, /usefulness/],
    ['pinned as text', { pinned: 'yes' }, /pinned/],
  ])('should refuse a question with %s and say why', (_what, change, reason) => {
    const [q, other] = good();
    const result = validateLearnedPage([{ ...q, ...change }, other], PAGE);
    if ('error' in result) throw new Error(result.error);
    expect(result.questions).toEqual([other]);
    expect(result.refused).toEqual([expect.stringMatching(new RegExp(`^#0: .*${reason.source}`))]);
  });

  it.each([
    ['a non-list', 'nope', /list/],
    ['too many questions', Array(LEARN_LIMITS.questionsPerPage + 1).fill(null), /more than/],
  ])('should refuse %s as a whole', (_what, questions, reason) => {
    expect(validateLearnedPage(questions, PAGE)).toEqual({ error: expect.stringMatching(reason) });
  });

  it('should refuse a page whose questions together are too large', () => {
    const [q] = good();
    const big = Array.from({ length: 60 }, (_, i) => ({ ...q!, id: i + 1, ids: [i + 1], html: 'x'.repeat(LEARN_LIMITS.htmlChars) }));
    expect(validateLearnedPage(big, PAGE)).toEqual({ error: expect.stringMatching(/characters/) });
  });

  it.each(['https://kaspi.kz/client/ru/x', 'http://guide.kaspi.kz/client/ru/x', 'https://guide.kaspi.kz/', 'not a url'])(
    'should learn nothing from %s',
    (page) => {
      expect(validateLearnedPage(good(), page)).toHaveProperty('error');
    },
  );
});
