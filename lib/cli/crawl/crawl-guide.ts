import { mkdirSync } from 'node:fs';
import { extractNuxtData } from '../../guide/extract-nuxt-data';
import { GUIDE_ORIGIN } from '../../kaspi-address';
import { readGuidePage } from '../../learned/read-guide-page';
import { problemWithQuestion } from '../../learned/validate-learned';
import { logQuestions, readLoggedQuestions, writeOutput, type CrawledQuestion } from './crawl-output';
import { createScope, inScope, startAddresses, type SectionRoot } from './crawl-scope';
import { loadState, saveState, type CrawlState, type PageRecord } from './crawl-state';
import { extractLinks } from './extract-links';
import { createPoliteFetcher, StoppedError } from './polite-fetcher';
import { parseRobots, type RobotsRules } from './robots-rules';

export interface CrawlOptions {
  base: string;
  out: string;
  sections: readonly SectionRoot[];
  delayMs: number;
  /** Stop after this many page requests in this run (the state keeps the rest for the next run). */
  maxPages: number;
  userAgent: string;
  sanitize: (html: string) => string;
  /** Resolves after `ms`, or earlier once `isStopped()` turns true. */
  sleep: (ms: number) => Promise<void>;
  isStopped: () => boolean;
  onPage?: (event: PageEvent) => void;
  onRetry?: (url: string, reason: string, waitMs: number) => void;
}

export interface PageEvent {
  url: string;
  outcome: 'read' | 'unchanged' | 'no payload' | 'redirect' | 'left the guide' | 'robots.txt' | 'error' | `HTTP ${number}`;
  questions: number;
  note?: string;
  done: number;
  queued: number;
}

export interface CrawlReport {
  /** Pages read this run (200 or 304). */
  pages: number;
  /** Of those, answered 304 Not Modified: no body downloaded. */
  unchanged: number;
  requests: number;
  /** Bytes of page bodies downloaded (robots.txt, read on every run, not counted). */
  bytes: number;
  questions: CrawledQuestion[];
  skippedByRobots: number;
  errors: number;
  /** True when the pass finished; false when stopped or capped (run again to continue). */
  complete: boolean;
}

/** The guide address a page of the crawled site stands for (the stand-in serves the guide's paths). */
const guideAddressOf = (url: string) => `${GUIDE_ORIGIN}${new URL(url).pathname}`;

/**
 * Crawls the guide from the section roots, one polite request at a time,
 * reading every page's `__NUXT_DATA__` with the build's decoder. Resumes a
 * stopped pass from its saved state; after a finished pass, the next run is
 * a refresh that asks with ETag / Last-Modified and reuses what a 304 says
 * is unchanged.
 */
export async function crawlGuide(options: CrawlOptions): Promise<CrawlReport> {
  const scope = createScope(options.base, options.sections);
  mkdirSync(options.out, { recursive: true });
  const previous = loadState(options.out, scope.origin, scope.roots);
  const roots = startAddresses(scope);
  const state: CrawlState =
    previous && !previous.passDone
      ? previous
      : { version: 1, origin: scope.origin, roots: scope.roots, pending: [...roots], queued: [...roots], pages: previous?.pages ?? {}, passDone: false };
  const queued = new Set(state.queued);
  const stillPending = new Set(state.pending);
  const visitedThisPass = new Set(state.queued.filter((u) => !stillPending.has(u)));
  const questions = readLoggedQuestions(options.out);
  const fetcher = createPoliteFetcher({
    origin: scope.origin, userAgent: options.userAgent, delayMs: options.delayMs,
    sleep: options.sleep, isStopped: options.isStopped, onRetry: options.onRetry,
  });
  const report = { pages: 0, unchanged: 0, skippedByRobots: 0, errors: 0 };

  const robots = await readRobots(fetcher, scope.origin, options.userAgent);
  if (robots.crawlDelayMs) fetcher.setDelay(robots.crawlDelayMs);
  const robotsBytes = fetcher.bytes;

  const enqueue = (url: string | null) => {
    if (url && !queued.has(url)) {
      queued.add(url);
      state.pending.push(url);
      state.queued.push(url);
    }
  };

  let pageRequests = 0;
  while (state.pending.length > 0 && !options.isStopped() && pageRequests < options.maxPages) {
    const url = state.pending[0]!;
    const known = state.pages[url];
    let record: PageRecord;
    let event: Omit<PageEvent, 'url' | 'done' | 'queued'>;
    if (!robots.isAllowed(url)) {
      record = { status: 'robots', etag: null, lastModified: null, links: [], questionIds: [] };
      event = { outcome: 'robots.txt', questions: 0 };
      report.skippedByRobots++;
    } else {
      pageRequests++;
      let response: Awaited<ReturnType<typeof fetcher.fetchPage>>;
      try {
        response = await fetcher.fetchPage(url, known?.status === 'ok' || known?.status === 'no-payload' ? known : undefined);
      } catch (e) {
        if (e instanceof StoppedError) break; // the page stays pending
        throw e;
      }
      if ('error' in response) {
        record = { status: 'error', etag: null, lastModified: null, links: [], questionIds: [], note: response.error };
        event = { outcome: 'error', questions: 0, note: response.error };
        report.errors++;
      } else if (response.status === 304 && known) {
        record = known;
        event = { outcome: 'unchanged', questions: known.questionIds.length };
        report.pages++;
        report.unchanged++;
      } else if (response.status >= 300 && response.status < 400) {
        const target = response.location ? inScope(scope, response.location, url) : null;
        enqueue(target);
        record = { status: 'redirect', etag: null, lastModified: null, links: target ? [target] : [], questionIds: [] };
        event = { outcome: target ? 'redirect' : 'left the guide', questions: 0, note: response.location ?? undefined };
      } else if (response.status === 200 && response.body !== null) {
        const links = [...new Set(extractLinks(response.body).map((href) => inScope(scope, href, url)).filter((u): u is string => u !== null))];
        const payload = extractNuxtData(response.body);
        const found = payload ? readGuidePage(payload, guideAddressOf(url), options.sanitize) : { questions: [], error: null };
        const valid = found.questions.filter((q) => problemWithQuestion(q, q.section) === null);
        // Every question's own page holds the whole payload too: follow the payloads wherever they point.
        for (const q of valid) links.push(...[inScope(scope, `/${q.section}/${q.lang}${q.canonical}`, url)].filter((u): u is string => u !== null));
        logQuestions(options.out, valid);
        for (const q of valid) questions.set(q.id, q);
        record = { status: payload ? 'ok' : 'no-payload', etag: response.etag, lastModified: response.lastModified, links, questionIds: valid.map((q) => q.id) };
        event = { outcome: payload ? 'read' : 'no payload', questions: valid.length, note: found.error ?? undefined };
        report.pages++;
      } else {
        record = { status: 'error', etag: null, lastModified: null, links: [], questionIds: [], note: `HTTP ${response.status}` };
        event = { outcome: `HTTP ${response.status}`, questions: 0 };
        report.errors++;
      }
    }
    record.links.forEach(enqueue);
    state.pages[url] = record;
    state.pending.shift();
    visitedThisPass.add(url);
    saveState(options.out, state);
    options.onPage?.({ url, ...event, done: visitedThisPass.size, queued: queued.size });
  }

  const complete = state.pending.length === 0;
  if (complete) {
    state.passDone = true;
    // Pages the finished pass no longer reaches are forgotten, with their questions.
    for (const url of Object.keys(state.pages)) if (!queued.has(url)) delete state.pages[url];
    saveState(options.out, state);
  }
  const keep = new Set(Object.values(state.pages).flatMap((p) => p.questionIds));
  const written = writeOutput(options.out, questions, keep);
  return { ...report, requests: fetcher.requests, bytes: fetcher.bytes - robotsBytes, questions: written, complete };
}

async function readRobots(fetcher: ReturnType<typeof createPoliteFetcher>, origin: string, userAgent: string): Promise<RobotsRules> {
  const url = `${origin}/robots.txt`;
  const response = await fetcher.fetchPage(url);
  if ('error' in response) throw new Error(`robots.txt could not be read (${response.error}): not crawling without it`);
  // No robots.txt (4xx) allows everything; anything else unreadable is not guessed at.
  if (response.status >= 400 && response.status < 500) return parseRobots(url, '', userAgent);
  if (response.status !== 200) throw new Error(`robots.txt answered HTTP ${response.status}: not crawling without it`);
  return parseRobots(url, response.body ?? '', userAgent);
}
