import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../lib/messages';

type Case = [keyof typeof MESSAGES, Record<string, unknown>, string | null];

/** Each message's own check of its data, at and just past every limit. */
describe('message data checks', () => {
  const cases: Case[] = [
    ['search', { query: 'я'.repeat(2000), lang: 'ru' }, null],
    ['search', { query: 'я'.repeat(2001), lang: 'ru' }, 'query longer than 2000 characters'],
    ['search', { query: 5, lang: 'ru' }, 'query must be text'],
    ['search', { query: 'штраф', lang: 'en' }, 'lang must be ru or kz'],
    ['search', { query: 'штраф', lang: 'kz', limit: 1 }, null],
    ['search', { query: 'штраф', lang: 'kz', limit: 50 }, null],
    ['search', { query: 'штраф', lang: 'kz', limit: 0 }, 'limit must be 1..50'],
    ['search', { query: 'штраф', lang: 'kz', limit: 51 }, 'limit must be 1..50'],
    ['search', { query: 'штраф', lang: 'kz', limit: 2.5 }, 'limit must be 1..50'],
    ['getAnswer', { id: 1505 }, null],
    ['getAnswer', { id: 1.5 }, 'id must be an integer'],
    ['getPopular', { lang: 'ru' }, null],
    ['getPopular', { lang: 'de' }, 'lang must be ru or kz'],
    ['getPopular', { lang: 'ru', limit: 51 }, 'limit must be 1..50'],
    ['getPageSuggestions', { url: `https://kaspi.kz/${'a'.repeat(4096 - 17)}`, lang: 'ru' }, null],
    ['getPageSuggestions', { url: `https://kaspi.kz/${'a'.repeat(4096 - 16)}`, lang: 'ru' }, 'url must be text up to 4096 characters'],
    ['getPageSuggestions', { url: null, lang: 'ru' }, 'url must be text up to 4096 characters'],
    ['getPageSuggestions', { url: 'https://kaspi.kz/', lang: 'xx' }, 'lang must be ru or kz'],
    ['getPageSuggestions', { url: 'https://kaspi.kz/', lang: 'ru', limit: -1 }, 'limit must be 1..50'],
    ['learnGuidePage', { questions: Array(500).fill({}) }, null],
    ['learnGuidePage', { questions: Array(501).fill({}) }, 'more than 500 questions'],
    ['learnGuidePage', { questions: 'x' }, 'questions must be a list'],
  ];

  it.each(cases)('%s, case %#', (name, data, expected) => {
    expect(MESSAGES[name].validate(data)).toBe(expected);
  });
});
