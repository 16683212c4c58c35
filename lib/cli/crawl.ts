import { readFileSync } from 'node:fs';
import { crawlGuide } from './crawl/crawl-guide';
import { createProgress } from './crawl/crawl-progress';
import { ALL_SECTIONS, type SectionRoot } from './crawl/crawl-scope';
import { parseArgs } from './parse-args';
import { createNodeSanitizer } from './read-capture-dir';

const USAGE =
  'usage: npm run crawl -- [--base URL] --out DIR [--delay-ms N] [--max-pages N] [--sections client/ru,client/kz,partner/ru,partner/kz]';

/** An honest agent: the extension, its version, what the crawl is for, and where its code lives. */
function userAgent(): string {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; repository?: { url?: string } | string };
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  return `KaspiGuideHelper-crawler/${pkg.version} (unofficial Kaspi Guide Helper browser extension; maintainers' refresh of its offline answers; ${repository ?? 'kaspi-guide-helper'})`;
}

/** `npm run crawl`: the maintainers' refresh of the shipped answers (README: "Refreshing from the guide"). */
async function main(argv: string[]): Promise<number> {
  const { options } = parseArgs(argv);
  const out = options.get('out');
  const delayMs = Number(options.get('delay-ms') ?? 1000);
  const maxPages = Number(options.get('max-pages') ?? Infinity);
  const sections = (options.get('sections')?.split(',') ?? [...ALL_SECTIONS]) as SectionRoot[];
  const bad = sections.find((s) => !ALL_SECTIONS.includes(s));
  if (!out || !(delayMs >= 0) || !(maxPages > 0) || bad) {
    console.error(bad ? `crawl: unknown section "${bad}"\n${USAGE}` : USAGE);
    return 2;
  }
  let stopped = false;
  const wakers = new Set<() => void>();
  const stop = () => {
    stopped = true;
    for (const wake of wakers) wake();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (stopped) return resolve();
      const done = () => {
        clearTimeout(timer);
        wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      wakers.add(done);
    });
  const progress = createProgress(process.stderr, delayMs);
  const report = await crawlGuide({
    base: options.get('base') ?? 'https://guide.kaspi.kz',
    out, sections, delayMs, maxPages,
    userAgent: userAgent(),
    sanitize: createNodeSanitizer().sanitizeAnswer,
    sleep,
    isStopped: () => stopped,
    onPage: (e) => progress.page(e),
    onRetry: (url, reason, waitMs) => progress.retry(url, reason, waitMs),
  });
  progress.end();
  const ru = report.questions.filter((q) => q.lang === 'ru').length;
  const kz = report.questions.filter((q) => q.lang === 'kz').length;
  console.log(`requests: ${report.requests}, page bytes downloaded: ${report.bytes}, unchanged (304): ${report.unchanged}`);
  if (!report.complete) console.log(stopped ? 'stopped: run the same command again to continue' : 'page limit reached: run again to continue');
  console.log(`crawl: ${report.pages} pages, ${report.questions.length} questions (ru ${ru}, kz ${kz}), ${report.skippedByRobots} skipped by robots.txt, ${report.errors} errors`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    console.error(`crawl: ${e.message}`);
    process.exitCode = 1;
  },
);
