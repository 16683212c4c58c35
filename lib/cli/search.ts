import { loadShippedSearcher } from './load-guide-searcher';
import { parseArgs } from './parse-args';
import type { GuideLang } from '../guide/types';
import { stopOnClosedOutput } from './stop-on-closed-output';

/**
 * `npm run search -- [--lang ru|kz] "query"`: the top 10 answers; the first
 * line is `no confident answer` when the engine declines (nearest matches follow).
 */
function main(argv: string[]): number {
  const { options, positional } = parseArgs(argv);
  const lang = options.get('lang') ?? 'ru';
  if (lang !== 'ru' && lang !== 'kz') {
    console.error(`search: --lang must be ru or kz, not "${lang}"`);
    return 2;
  }
  const query = positional.join(' ');
  const { hits, correctedQuery, confident } = loadShippedSearcher().search(query, { lang: lang as GuideLang, limit: 10 });
  // Declining comes first: what follows are only the nearest matches.
  if (!confident) console.log('no confident answer');
  if (correctedQuery) console.log(`(read as: ${correctedQuery})`);
  if (hits.length === 0) console.log('nothing found');
  hits.forEach((h, i) => {
    console.log(`${i + 1}\t${h.score.toFixed(3)}\t${h.answer.id}\t${h.answer.title}\t${h.answer.url}`);
  });
  return 0;
}

stopOnClosedOutput();
process.exitCode = main(process.argv.slice(2));
