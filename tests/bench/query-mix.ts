import { readFileSync } from 'node:fs';
import { parseEvalQueries } from '../../lib/cli/eval-queries';
import type { GuideLang } from '../../lib/guide/types';

export interface MixQuery {
  query: string;
  lang: GuideLang;
}

/**
 * A realistic typing mix: every query of the evaluation sets, typed one
 * keystroke at a time, each keystroke a query (as the popup searches as you type).
 */
export function loadQueryMix(files = ['tests/eval/queries.dev.jsonl', 'tests/eval/queries.own.jsonl']): MixQuery[] {
  const mix: MixQuery[] = [];
  for (const file of files) {
    for (const q of parseEvalQueries(readFileSync(file, 'utf8'))) {
      for (let i = 1; i <= q.query.length; i++) mix.push({ query: q.query.slice(0, i), lang: q.lang });
    }
  }
  return mix;
}
