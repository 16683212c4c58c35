import { existsSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { findChromium, launchExtension, stopServiceWorkers, type ExtensionSession } from '../e2e/launch-extension';

/** How long a reply may take before the bench calls it lost (and stops: a lost first answer is a bug, not a sample). */
const REPLY_LIMIT_MS = 20_000;
const SAMPLES = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function chromiumAvailable(): boolean {
  try {
    return existsSync(findChromium());
  } catch {
    return false;
  }
}

/** Errors the service worker reported (a script that failed to evaluate, a failed start), for the error message. */
async function watchWorkerErrors(page: Page): Promise<{ errors: string[]; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const errors: string[] = [];
  cdp.on('ServiceWorker.workerErrorReported', (e) => errors.push(e.errorMessage.errorMessage));
  await cdp.send('ServiceWorker.enable');
  return { errors, cdp };
}

/** Sends one search from an extension page; the time to its reply, or null when none came. */
function timeOneSearch(page: Page, query: string): Promise<number | null> {
  return page.evaluate(
    async ({ query, limit }) => {
      const started = performance.now();
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const reply = await Promise.race([
        runtime.sendMessage({ name: 'search', data: { query, lang: 'ru' } }).catch(() => null),
        new Promise((resolve) => setTimeout(() => resolve(null), limit)),
      ]);
      return reply ? performance.now() - started : null;
    },
    { query, limit: REPLY_LIMIT_MS },
  );
}

/**
 * Time from a stopped service worker to the first answer, and of the next
 * (warm) answer, median of five stops. The extension at `extensionDir` must
 * answer `{ name: 'search' }` messages; `pagePath` is one of its pages to send from.
 */
export async function measureFirstAnswer(extensionDir: string, pagePath: string): Promise<{ coldMs: number; warmMs: number }> {
  const session = await launchExtension({ extensionDir, workerTimeoutMs: 120_000 });
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/${pagePath}`);
    const { errors } = await watchWorkerErrors(page);
    // The worker must have answered once before the first stop: a stop while Chromium still installs
    // the just-loaded extension's worker fails its registration for the whole session ("ServiceWorker failed
    // to install"), which no user meets (Chrome stops only idle, installed workers).
    if ((await timeOneSearch(page, 'оплатить счет')) === null) {
      throw new Error(`the freshly loaded worker did not answer within ${REPLY_LIMIT_MS} ms; worker errors: ${errors.join(' | ') || 'none'}`);
    }
    const cold: number[] = [];
    const warm: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample++) {
      await stopServiceWorkers(page);
      const coldMs = await timeOneSearch(page, 'оплатить счет');
      const warmMs = coldMs === null ? null : await timeOneSearch(page, 'оплатить счет');
      if (coldMs === null || warmMs === null) {
        throw new Error(`no answer within ${REPLY_LIMIT_MS} ms after a worker stop (sample ${sample + 1}); worker errors: ${errors.join(' | ') || 'none'}`);
      }
      cold.push(coldMs);
      warm.push(warmMs);
    }
    return { coldMs: median(cold), warmMs: median(warm) };
  } finally {
    await session.close();
  }
}

/** Records, in the popup, when the search box got focus and when the first keystroke's results were on screen. */
const POPUP_PROBE = () => {
  const probe: { focusedAt?: number; firstKeyAt?: number; resultsAt?: number } = {};
  (globalThis as unknown as { __probe: typeof probe }).__probe = probe;
  document.addEventListener('focusin', (e) => {
    if (probe.focusedAt === undefined && (e.target as Element).matches?.('input')) probe.focusedAt = performance.now();
  }, true);
  document.addEventListener('keydown', () => (probe.firstKeyAt ??= performance.now()), true);
  new MutationObserver(() => {
    // Search results (not the popular questions shown before typing) highlight the matched words.
    if (probe.firstKeyAt !== undefined && probe.resultsAt === undefined && document.querySelector('[role="option"] mark')) probe.resultsAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
};

/**
 * What the popup shows, for an error message: the box, the status line, an alert, how many options and marks.
 * Passed as a string: tsx wraps named functions of this file in a helper the page does not have.
 */
const DESCRIBE_POPUP = `(() => {
  const text = (selector) => document.querySelector(selector)?.textContent?.trim() ?? '(none)';
  const box = document.querySelector('input');
  return 'box "' + (box ? box.value : '(none)') + '", focused ' + (document.activeElement === box) + ', status "' + text('[role="status"]') +
    '", alert "' + text('[role="alert"]') + '", ' + document.querySelectorAll('[role="option"]').length + ' options, ' +
    document.querySelectorAll('[role="option"] mark').length + ' marks';
})()`;

function describePopup(page: Page): Promise<string> {
  return page.evaluate(DESCRIBE_POPUP).then(String, (error: unknown) => `(could not read the popup: ${String(error)})`);
}

export interface PopupTimes {
  focusColdMs: number;
  focusWarmMs: number;
  resultsColdMs: number;
  resultsWarmMs: number;
}

/** Popup time-to-usable: from opening to a focused box, and from the first keystroke to results, with the worker stopped (cold) and running (warm). */
export async function measurePopupTimes(session: ExtensionSession, query: string): Promise<PopupTimes> {
  const times = { cold: { focus: [] as number[], results: [] as number[] }, warm: { focus: [] as number[], results: [] as number[] } };
  const control = await session.context.newPage();
  await control.goto(`chrome-extension://${session.extensionId}/popup.html`);
  // Stop a worker that has started, not one still in its first start after install: stopped then,
  // Chromium left it unreachable ("Receiving end does not exist") for longer than the popup retries (3 s) in 4 of 8 runs.
  if ((await timeOneSearch(control, query)) === null) throw new Error(`no first answer within ${REPLY_LIMIT_MS} ms after the extension was installed`);
  for (let sample = 0; sample < SAMPLES; sample++) {
    for (const state of ['cold', 'warm'] as const) {
      if (state === 'cold') await stopServiceWorkers(control);
      const page = await session.context.newPage();
      const logged: string[] = [];
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && logged.push(m.text()));
      page.on('pageerror', (e) => logged.push(String(e)));
      await page.addInitScript(POPUP_PROBE);
      await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await page.waitForFunction(() => (globalThis as unknown as { __probe: { focusedAt?: number } }).__probe.focusedAt !== undefined, undefined, { timeout: REPLY_LIMIT_MS });
      await page.keyboard.type(query);
      await page
        .waitForFunction(() => (globalThis as unknown as { __probe: { resultsAt?: number } }).__probe.resultsAt !== undefined, undefined, { timeout: REPLY_LIMIT_MS })
        .catch(async (error: unknown) => {
          throw new Error(`popup (${state}, sample ${sample + 1}): no results on screen within ${REPLY_LIMIT_MS} ms; it showed: ${await describePopup(page)}; its console: ${logged.join(' | ') || 'nothing'}`, { cause: error });
        });
      const probe = await page.evaluate(() => (globalThis as unknown as { __probe: { focusedAt: number; firstKeyAt: number; resultsAt: number } }).__probe);
      times[state].focus.push(probe.focusedAt);
      times[state].results.push(probe.resultsAt - probe.firstKeyAt);
      await page.close();
    }
  }
  await control.close();
  return {
    focusColdMs: median(times.cold.focus),
    focusWarmMs: median(times.warm.focus),
    resultsColdMs: median(times.cold.results),
    resultsWarmMs: median(times.warm.results),
  };
}
