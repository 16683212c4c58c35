import lunr from 'lunr';
import '../search/stem-russian';
import type { GuideQuestion } from '../guide/types';
import type { AnswerSearcher, SearchHit } from '../search/search-guide';
import { arrayAnswerStore, toStoredAnswer } from '../search/answer-store';

type LunrRu = typeof lunr & { ru: lunr.Builder.Plugin };

/**
 * The reference we measure against: stock Lunr with lunr-languages' Russian
 * plugin (trimmer, stop words, stemmer), default settings, title and text
 * fields, queried through `index.search` (Lunr's query syntax). A query that
 * Lunr cannot parse gives no hits, as it would for a naive integration.
 */
export function createStockLunrBaseline(questions: GuideQuestion[]): AnswerSearcher & { serialized: string } {
  const index = lunr(function () {
    this.use((lunr as LunrRu).ru);
    this.ref('ref');
    this.field('title');
    this.field('text');
    questions.forEach((q, ref) => this.add({ ref: String(ref), title: q.title, text: q.text }));
  });
  const answers = questions.map(toStoredAnswer);
  return {
    answers: arrayAnswerStore(answers),
    serialized: JSON.stringify(index),
    search(query, options = {}) {
      let results: lunr.Index.Result[] = [];
      try {
        results = index.search(query);
      } catch {
        results = [];
      }
      const hits: SearchHit[] = results.slice(0, options.limit ?? 10).map((r) => ({
        answer: answers[Number(r.ref)]!,
        score: r.score,
        matchesQuery: true,
        titleHighlights: [],
        snippet: '',
        snippetHighlights: [],
      }));
      // Stock Lunr has no notion of confidence: it stands behind whatever it found.
      return { hits, correctedQuery: null, suggestion: null, confident: hits.length > 0, declineReason: hits.length > 0 ? null : { kind: 'nothing-matched' } };
    },
  };
}
