import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { DEFAULT_GUIDE_DIR, ingestCaptureDirs } from '../../lib/cli/read-capture-dir';
import { parseArgs } from '../../lib/cli/parse-args';
import { measureBundles } from './bundle-sizes';
import { formatChromium, measureChromium, type ChromiumResult } from './chromium-wake-up';
import { measureLearned } from './learned-storage';
import { ENGINES } from './engines';
import { distinctWordForms, generateCorpus, realHeapsLaw } from '../../lib/cli/synthetic/generate-guide';
import { measureEngine, type EngineResult } from './measure';
import { loadQueryMix } from './query-mix';

const DEFAULT_SIZES = ['real', '1000', '10000', '50000'];

async function main(argv: string[]): Promise<void> {
  const { options } = parseArgs(argv, new Set(['skip-chromium']));
  const inChromium = !options.has('skip-chromium');
  const sizes = (options.get('sizes') ?? DEFAULT_SIZES.join(',')).split(',');
  const real = ingestCaptureDirs([DEFAULT_GUIDE_DIR]).questions;
  const mix = loadQueryMix();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`;
  console.log(`machine: ${machine}\nquery mix: ${mix.length} keystroke queries\n`);

  const law = realHeapsLaw(real);
  console.log(`Heaps' law fitted on the ${real.length} real answers: K=${law.k.toFixed(2)} β=${law.beta.toFixed(3)}`);
  const vocabulary: { size: number; wordForms: number }[] = [];

  const results: EngineResult[] = [];
  console.log('size\tengine\tbuild ms\tindex KB\tgzip KB\tcold load ms\t1st query ms\theap MB\tp50 ms\tp95 ms\tp99 ms');
  for (const size of sizes) {
    const corpus = size === 'real' ? real : generateCorpus(real, Number(size));
    // 50,000 questions: every fourth keystroke query, to stay within the time budget on 2 cores.
    vocabulary.push({ size: corpus.length, wordForms: distinctWordForms(corpus) });
    const sizedMix = corpus.length > 10_000 ? mix.filter((_, i) => i % 4 === 0) : mix;
    for (const engine of ENGINES) {
      const r = measureEngine(engine, corpus, engine.storeAnswers(corpus), sizedMix);
      results.push(r);
      console.log([
        r.size, r.engine, r.buildMs.toFixed(0), (r.indexBytes / 1024).toFixed(0), (r.indexGzBytes / 1024).toFixed(0),
        r.coldLoadMs.toFixed(1), r.firstQueryMs.toFixed(1), r.heapMb.toFixed(1), r.queryP50Ms.toFixed(2), r.queryP95Ms.toFixed(2), r.queryP99Ms.toFixed(2),
      ].join('\t'));
    }
  }

  // Each size: a throw-away extension of ours bundled by WXT (about 20 s) and one around stock Lunr + ru.
  const chromium: ChromiumResult[] = [];
  if (inChromium) {
    console.log('\nChromium: first answer after the service worker was stopped, and the popup (median of 5)');
    console.log('size\tengine\tcold ms\twarm ms\tpopup focus cold/warm ms\tkeystroke to results cold/warm ms');
  }
  for (const size of inChromium ? sizes : []) {
    const corpus = size === 'real' ? real : generateCorpus(real, Number(size));
    if (corpus.length > 10_000) continue; // 50,000: Node numbers only, to stay within the time budget
    const measured = await measureChromium(corpus);
    if (!measured) {
      console.log('(chromium not installed: skipped)');
      break;
    }
    chromium.push(...measured);
    for (const m of measured) console.log(formatChromium(m));
  }

  console.log('\nsize\tdistinct word forms\tindexed terms (ours)\tindexed terms (lunr+ru)');
  for (const v of vocabulary) {
    const terms = (engine: string) => results.find((r) => r.engine === engine && r.size === v.size)?.indexedTerms ?? 'n/a';
    console.log([v.size, v.wordForms, terms('ours'), terms('lunr+ru')].join('\t'));
  }

  console.log('\nlearned questions\tstorage KB\tKB per 100\tlearn all ms\tlearn a 30-question page ms\twake-up load ms');
  const learned = await measureLearned(real);
  for (const l of learned) {
    console.log([l.questions, (l.storageBytes / 1024).toFixed(0), (l.bytesPer100 / 1024).toFixed(0), l.learnAllMs.toFixed(0), l.learnPageMs.toFixed(0), l.wakeUpLoadMs.toFixed(1)].join('\t'));
  }

  const bundles = measureBundles();
  console.log('\nbundle\traw KB\tgzip KB');
  for (const b of bundles) console.log(`${b.file}\t${(b.rawBytes / 1024).toFixed(1)}\t${(b.gzBytes / 1024).toFixed(1)}`);
  if (bundles.length === 0) console.log('(no build found: run npm run build first)');

  const at10k = (engine: string) => results.find((r) => r.engine === engine && r.size === 10000);
  const ours = at10k('ours');
  const stock = at10k('lunr+ru');
  // The kaspi.kz panel: the content script that runs on the bank's pages.
  const content = bundles.find((b) => b.file === 'content-scripts/kaspi.js');
  const ratio = (a?: number, b?: number) => (a !== undefined && b ? (a / b).toFixed(2) : 'n/a');
  const inChromiumAt10k = (engine: string) => chromium.find((c) => c.engine === engine && c.size === 10000)?.coldMs;
  const wordForms = vocabulary.find((v) => v.size === 10000)?.wordForms;
  mkdirSync('tests/bench/results', { recursive: true });
  writeFileSync(`tests/bench/results/bench-${Date.now()}.json`, JSON.stringify({ machine, law, vocabulary, results, chromium, learned, bundles }, null, 2));
  console.log(
    `\nSUMMARY query_p95_ratio_10k=${ratio(ours?.queryP95Ms, stock?.queryP95Ms)} query_p95_ms_10k=${ours?.queryP95Ms.toFixed(1) ?? 'n/a'} ` +
      `index_gz_ratio_10k=${ratio(ours?.indexGzBytes, stock?.indexGzBytes)} cold_load_ratio_10k=${ratio(ours?.coldLoadMs, stock?.coldLoadMs)} ` +
      `chromium_cold_ms_10k=${inChromiumAt10k('ours')?.toFixed(0) ?? 'n/a'} chromium_cold_ratio_10k=${ratio(inChromiumAt10k('ours'), inChromiumAt10k('lunr+ru'))} ` +
      `word_forms_10k=${wordForms ?? 'n/a'} content_script_gz_kb=${content ? (content.gzBytes / 1024).toFixed(1) : 'n/a'}`,
  );
}

void main(process.argv.slice(2));
