import type { GuideLang } from '../guide/types';
import type { AnswerSearcher } from '../search/search-guide';

export interface EvalQuery {
  query: string;
  lang: GuideLang;
  /** Ids of the answers that answer it; empty when the data cannot answer it. */
  relevant: number[];
  kind: string;
}

export interface EvalOutcome {
  query: EvalQuery;
  /** 1-based rank of the first relevant answer within the top 10, or null. */
  rank: number | null;
  /** The engine said it has no confident answer. */
  declined: boolean;
  error: string | null;
}

export interface EvalSummary {
  mrr: number;
  s1: number;
  s3: number;
  /** Answerable rows: the ranking measures count these only. */
  n: number;
}

export interface DeclineSummary {
  unanswerable: { declined: number; total: number };
  answerable: { declined: number; total: number };
}

/** Parses a JSONL query set; a bad line is an error naming its line number. */
export function parseEvalQueries(text: string): EvalQuery[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      let q: EvalQuery;
      try {
        q = JSON.parse(line) as EvalQuery;
      } catch {
        throw new Error(`line ${n}: not JSON`);
      }
      if (typeof q.query !== 'string' || !Array.isArray(q.relevant)) throw new Error(`line ${n}: needs "query" and "relevant"`);
      if (q.lang !== 'ru' && q.lang !== 'kz') throw new Error(`line ${n}: "lang" must be "ru" or "kz"`);
      return q;
    });
}

export const isAnswerable = (q: EvalQuery) => q.relevant.length > 0;

/** Runs each query with its language as the UI language; a throwing query is a miss. */
export function evaluate(searcher: AnswerSearcher, queries: EvalQuery[]): EvalOutcome[] {
  return queries.map((query) => {
    try {
      const { hits, confident } = searcher.search(query.query, { lang: query.lang, limit: 10 });
      const relevant = new Set(query.relevant);
      const at = hits.findIndex((h) => h.answer.ids.some((id) => relevant.has(id)));
      return { query, rank: at === -1 ? null : at + 1, declined: !confident, error: null };
    } catch (e) {
      return { query, rank: null, declined: true, error: (e as Error).message };
    }
  });
}

/** Ranking measures over the answerable rows. */
export function summarize(outcomes: EvalOutcome[]): EvalSummary {
  const rows = outcomes.filter((o) => isAnswerable(o.query));
  const n = rows.length || 1;
  const sum = (f: (o: EvalOutcome) => number) => rows.reduce((a, o) => a + f(o), 0) / n;
  return {
    mrr: sum((o) => (o.rank ? 1 / o.rank : 0)),
    s1: sum((o) => (o.rank === 1 ? 1 : 0)),
    s3: sum((o) => (o.rank !== null && o.rank <= 3 ? 1 : 0)),
    n: rows.length,
  };
}

export function summarizeDeclines(outcomes: EvalOutcome[]): DeclineSummary {
  const count = (rows: EvalOutcome[]) => ({ declined: rows.filter((o) => o.declined).length, total: rows.length });
  return {
    unanswerable: count(outcomes.filter((o) => !isAnswerable(o.query))),
    answerable: count(outcomes.filter((o) => isAnswerable(o.query))),
  };
}

export function formatSummary(s: EvalSummary, distractors?: number): string {
  const tail = distractors === undefined ? '' : ` distractors=${distractors}`;
  return `MRR@10 ${s.mrr.toFixed(3)} S@1 ${s.s1.toFixed(3)} S@3 ${s.s3.toFixed(3)} n=${s.n}${tail}`;
}

export function formatDeclines(d: DeclineSummary): string {
  return `DECLINED unanswerable=${d.unanswerable.declined}/${d.unanswerable.total} answerable=${d.answerable.declined}/${d.answerable.total}`;
}
