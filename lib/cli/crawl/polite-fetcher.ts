import { retryAfterMs } from './retry-after';

interface Validators {
  etag: string | null;
  lastModified: string | null;
}

interface PageResponse extends Validators {
  status: number;
  /** The body of a 200 answer; null for 304, redirects and others. */
  body: string | null;
  location: string | null;
}

export interface PoliteFetcherOptions {
  /** The only origin requests may go to. */
  origin: string;
  userAgent: string;
  /** Least time between the end of one response and the next request. */
  delayMs: number;
  /** Retries of a 429, a 5xx or a failed connection before giving up on the page. */
  maxRetries?: number;
  /** Longest single wait for a retry, whatever Retry-After asks. */
  maxRetryWaitMs?: number;
  /** Resolves after `ms`, or earlier when the crawl is stopped. */
  sleep: (ms: number) => Promise<void>;
  /** A stopped crawl makes no further request: the page stays pending for the next run. */
  isStopped?: () => boolean;
  /** Told of every wait for a retry (for the progress line). */
  onRetry?: (url: string, reason: string, waitMs: number) => void;
}

export interface PoliteFetcher {
  fetchPage(url: string, validators?: Validators): Promise<PageResponse | { error: string }>;
  /** Raises the spacing (robots.txt Crawl-delay). */
  setDelay(ms: number): void;
  readonly requests: number;
  readonly bytes: number;
}

/** Thrown instead of a request once the crawl is stopped. */
export class StoppedError extends Error {
  constructor() {
    super('stopped');
  }
}

const RETRIABLE = (status: number) => status === 429 || status >= 500;

/**
 * One request at a time, the next one at least `delayMs` after the last
 * response was read (so the server sees them at least that far apart), only to
 * `origin`, never following redirects itself (the crawler decides), with
 * conditional headers when validators are known. A 429 or 5xx is retried
 * with doubling backoff, or after Retry-After when the server says so.
 */
export function createPoliteFetcher(options: PoliteFetcherOptions): PoliteFetcher {
  const { origin, userAgent, sleep } = options;
  const maxRetries = options.maxRetries ?? 3;
  const maxWait = options.maxRetryWaitMs ?? 120_000;
  let delayMs = options.delayMs;
  let lastDone = -Infinity;
  let requests = 0;
  let bytes = 0;

  async function request(url: string, headers: Record<string, string>): Promise<Response> {
    if (new URL(url).origin !== origin) throw new Error(`refusing to request another host: ${url}`);
    const wait = lastDone + delayMs - Date.now();
    if (wait > 0) await sleep(wait);
    if (options.isStopped?.()) throw new StoppedError();
    requests++;
    try {
      return await fetch(url, { headers: { 'user-agent': userAgent, ...headers }, redirect: 'manual', credentials: 'omit' });
    } finally {
      lastDone = Date.now();
    }
  }

  async function fetchPage(url: string, validators?: Validators): Promise<PageResponse | { error: string }> {
    const headers: Record<string, string> = {};
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    for (let attempt = 0; ; attempt++) {
      let reason: string;
      let retryAfter: number | null = null;
      try {
        const response = await request(url, headers);
        if (!RETRIABLE(response.status)) {
          const body = response.status === 200 ? await response.text() : null;
          if (body === null) await response.body?.cancel();
          lastDone = Date.now();
          bytes += body === null ? 0 : Buffer.byteLength(body);
          return {
            status: response.status,
            body,
            location: response.headers.get('location'),
            etag: response.headers.get('etag'),
            lastModified: response.headers.get('last-modified'),
          };
        }
        await response.body?.cancel();
        reason = `HTTP ${response.status}`;
        retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
      } catch (e) {
        if (e instanceof StoppedError || (e as Error).message.startsWith('refusing')) throw e;
        reason = (e as Error).message;
      }
      if (attempt >= maxRetries) return { error: `${reason}, gave up after ${maxRetries} retries` };
      const waitMs = Math.min(maxWait, retryAfter ?? Math.max(delayMs, 1000) * 2 ** attempt);
      options.onRetry?.(url, reason, waitMs);
      await sleep(waitMs);
    }
  }

  return {
    fetchPage,
    setDelay(ms) {
      delayMs = Math.max(delayMs, ms);
    },
    get requests() {
      return requests;
    },
    get bytes() {
      return bytes;
    },
  };
}
