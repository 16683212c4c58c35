import { readFileSync } from 'node:fs';
import { evaluate, formatSummary, parseEvalQueries, summarize } from './eval-queries';
import { loadSearcherFor } from './load-guide-searcher';
import { parseArgs } from './parse-args';
import { DEFAULT_GUIDE_DIR, ingestCaptureDirs } from './read-capture-dir';
import { createStockLunrBaseline } from './stock-lunr-baseline';
import type { EvalOutcome } from './eval-queries';

function printKindTable(title: string, outcomes: EvalOutcome[]): void {
  console.log(`\n${title}\nkind\tn\tMRR@10\tS@1`);
  const kinds = [...new Set(outcomes.map((o) => o.query.kind))].sort();
  for (const kind of kinds) {
    const s = summarize(outcomes.filter((o) => o.query.kind === kind));
    console.log(`${kind}\t${s.n}\t${s.mrr.toFixed(3)}\t${s.s1.toFixed(3)}`);
  }
}

/**
 * `npm run eval -- [--baseline] FILE.jsonl`: per-query ranks, misses, a per-kind table
 * (and stock Lunr + ru's, measured in the same run, with --baseline), then the summary line.
 */
function main(argv: string[]): number {
  const { options, positional } = parseArgs(argv, new Set(['baseline']));
  const file = positional[0];
  if (!file) {
    console.error('usage: npm run eval -- [--baseline] FILE.jsonl');
    return 2;
  }
  const queries = parseEvalQueries(readFileSync(file, 'utf8'));
  const { questions } = ingestCaptureDirs([DEFAULT_GUIDE_DIR]);
  const outcomes = evaluate(loadSearcherFor(questions), queries);

  console.log('rank\tlang\tkind\tquery');
  for (const o of outcomes) console.log(`${o.rank ?? '-'}\t${o.query.lang}\t${o.query.kind}\t${o.query.query}`);
  const misses = outcomes.filter((o) => o.rank !== 1);
  if (misses.length) {
    console.log('\nmisses (first relevant answer not at rank 1):');
    for (const o of misses) {
      console.log(`  ${o.rank ?? 'not in top 10'}: ${o.query.query}${o.error ? ` (threw: ${o.error})` : ''}`);
    }
  }
  printKindTable('ours, per kind', outcomes);
  if (options.has('baseline')) {
    const baseline = evaluate(createStockLunrBaseline(questions), queries);
    printKindTable('stock Lunr + lunr-languages ru, per kind (same run)', baseline);
    console.log(`stock Lunr + ru: ${formatSummary(summarize(baseline))}`);
  }
  console.log('');
  console.log(formatSummary(summarize(outcomes)));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`eval: ${(e as Error).message}`);
  process.exitCode = 1;
}
