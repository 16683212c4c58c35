import type { StoredAnswer } from './search/answer-store';
import type { SearchHit, SearchResponse } from './search/search-guide';

/**
 * What a list shows of an answer: everything but its body. Lists cross the
 * message boundary on every keystroke; the body (up to tens of kilobytes of
 * HTML) is asked for once, when the answer is opened (`getAnswer`).
 */
export type AnswerSummary = Omit<StoredAnswer, 'html'>;
export type ListedHit = Omit<SearchHit, 'answer'> & { answer: AnswerSummary };
export type ListedSearchResponse = Omit<SearchResponse, 'hits'> & { hits: ListedHit[] };

export function summarize(answer: StoredAnswer): AnswerSummary {
  const { html: _body, ...summary } = answer;
  return summary;
}

export function listResponse(response: SearchResponse): ListedSearchResponse {
  return { ...response, hits: response.hits.map((hit) => ({ ...hit, answer: summarize(hit.answer) })) };
}
