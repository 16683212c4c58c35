import { describe, expect, it } from 'vitest';
import { listResponse, summarize } from '../../lib/listed-answers';
import type { StoredAnswer } from '../../lib/search/answer-store';
import type { SearchResponse } from '../../lib/search/search-guide';

const answer: StoredAnswer = {
  id: 1505, ids: [1505], lang: 'ru', section: 'client', title: 'Какой размер штрафа?', html: '<p>2000 тенге</p>'.repeat(1000),
  updated: '01.01.2025', usefulness: 0.9, pinned: false, url: 'https://guide.kaspi.kz/client/ru/q1505',
};

describe('summarize', () => {
  it('should keep everything of an answer but its body', () => {
    const { html: _body, ...rest } = answer;
    expect(summarize(answer)).toEqual(rest);
    expect(summarize(answer)).not.toHaveProperty('html');
  });
});

describe('listResponse', () => {
  it('should send hits without bodies and keep the rest of the response', () => {
    const response: SearchResponse = {
      hits: [{ answer, score: 3, matchesQuery: true, titleHighlights: [{ start: 0, end: 5 }], snippet: '2000 тенге', snippetHighlights: [] }],
      correctedQuery: 'штраф', confident: true, declineReason: null, suggestion: null,
    };
    const listed = listResponse(response);
    expect(listed.hits[0]!.answer).toEqual(summarize(answer));
    expect(listed.hits[0]!.snippet).toBe('2000 тенге');
    expect(listed.hits[0]!.titleHighlights).toEqual([{ start: 0, end: 5 }]);
    expect({ ...listed, hits: [] }).toEqual({ ...response, hits: [] });
    expect(JSON.stringify(listed).length).toBeLessThan(1000);
  });
});
