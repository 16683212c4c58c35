import { readFileSync } from 'node:fs';
import {
  evaluate, formatDeclines, formatSummary, isAnswerable, parseEvalQueries, summarize, summarizeDeclines, type EvalOutcome,
} from './eval-queries';
import { loadSearcherFor } from './load-guide-searcher';
import { parseArgs } from './parse-args';
import { guideDirs, ingestCaptureDirs } from './read-capture-dir';
import { createStockLunrBaseline } from './stock-lunr-baseline';
import { DEFAULT_SEED, generateCorpus } from './synthetic/generate-guide';
import { stopOnClosedOutput } from './stop-on-closed-output';

function printKindTable(title: string, outcomes: EvalOutcome[]): void {
  console.log(`\n${title}\nkind\tn\tMRR@10\tS@1`);
  const answerable = outcomes.filter((o) => isAnswerable(o.query));
  const kinds = [...new Set(answerable.map((o) => o.query.kind))].sort();
  for (const kind of kinds) {
    const s = summarize(answerable.filter((o) => o.query.kind === kind));
    console.log(`${kind}\t${s.n}\t${s.mrr.toFixed(3)}\t${s.s1.toFixed(3)}`);
  }
}

function describe(o: EvalOutcome): string {
  if (!isAnswerable(o.query)) return o.declined ? 'declined' : 'answered';
  return `${o.rank ?? '-'}${o.declined ? ' declined' : ''}`;
}

const USAGE = 'usage: npm run eval -- [--baseline] [--distractors N [--seed S]] FILE.jsonl';

/** A whole number ≥ 0 given as an option, its default when not given, or null when it is something else. */
function countOption(text: string | undefined, fallback: number | undefined): number | undefined | null {
  if (text === undefined) return fallback;
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= 0 ? n : null;
}

/**
 * `npm run eval -- [--baseline] [--distractors N [--seed S]] FILE.jsonl`:
 * per-query ranks and declines, misses, a per-kind table (and stock Lunr +
 * ru's, measured in the same run, with --baseline), then the DECLINED line
 * and the summary line. With --distractors the real answers are hidden among
 * N synthetic ones (lib/cli/synthetic/generate-guide.ts, the benchmark's
 * guides), drawn with the benchmark's seed or --seed's: another draw of the
 * same kind, to see whether a change holds beyond one synthetic guide.
 */
function main(argv: string[]): number {
  const { options, positional } = parseArgs(argv, new Set(['baseline']));
  const file = positional[0];
  const distractors = countOption(options.get('distractors'), undefined);
  const seed = countOption(options.get('seed'), DEFAULT_SEED);
  if (!file || distractors === null || seed === null || (options.has('seed') && distractors === undefined)) {
    console.error(USAGE);
    return 2;
  }
  const queries = parseEvalQueries(readFileSync(file, 'utf8'));
  const real = ingestCaptureDirs(guideDirs()).questions;
  const questions = distractors ? generateCorpus(real, real.length + distractors, seed) : real;
  const outcomes = evaluate(loadSearcherFor(questions), queries);

  if (distractors) console.log(`${real.length} real answers among ${distractors} synthetic ones (seed ${seed})`);
  console.log('rank\tlang\tkind\tquery');
  for (const o of outcomes) console.log(`${describe(o)}\t${o.query.lang}\t${o.query.kind}\t${o.query.query}`);
  const misses = outcomes.filter((o) => (isAnswerable(o.query) ? o.rank !== 1 || o.declined : !o.declined));
  if (misses.length) {
    console.log('\nmisses (answerable: first relevant answer not at rank 1, or declined; unanswerable: not declined):');
    for (const o of misses) {
      const what = isAnswerable(o.query) ? `${o.rank ?? 'not in top 10'}${o.declined ? ', declined' : ''}` : 'answered';
      console.log(`  ${what}: ${o.query.query}${o.error ? ` (threw: ${o.error})` : ''}`);
    }
  }
  printKindTable('ours, per kind', outcomes);
  if (options.has('baseline')) {
    const baseline = evaluate(createStockLunrBaseline(questions), queries);
    printKindTable('stock Lunr + lunr-languages ru, per kind (same run)', baseline);
    console.log(`stock Lunr + ru: ${formatSummary(summarize(baseline), distractors)}`);
  }
  console.log('');
  console.log(formatDeclines(summarizeDeclines(outcomes)));
  console.log(formatSummary(summarize(outcomes), distractors));
  return 0;
}

try {
  stopOnClosedOutput();
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`eval: ${(e as Error).message}`);
  process.exitCode = 1;
}
