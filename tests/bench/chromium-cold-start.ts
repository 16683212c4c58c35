import { existsSync } from 'node:fs';
import type { GuideQuestion } from '../../lib/guide/types';
import { generatedIndexFiles } from '../../lib/cli/generated-index-files';
import { buildExtensionWithIndex } from '../e2e/build-test-extension';
import { findChromium, launchExtension, stopServiceWorkers } from '../e2e/launch-extension';

/**
 * Time from a stopped service worker to the first answer in Chromium, for an
 * extension whose shipped index holds the given questions (built in-process
 * by the same code as the build; the extension bundled by WXT as usual).
 * Median of five stops. Null when Chromium is not installed.
 */
export async function measureChromiumColdStart(questions: GuideQuestion[]): Promise<{ coldMs: number; warmMs: number } | null> {
  try {
    if (!existsSync(findChromium())) return null;
  } catch {
    return null;
  }
  const dir = buildExtensionWithIndex(generatedIndexFiles(questions));
  // A 10,000-question background script takes a while to start the first time.
  const session = await launchExtension({ extensionDir: dir, workerTimeoutMs: 120_000 });
  try {
    const page = await session.openPopup();
    // A reply lost to a worker that was still stopping must not hang the run: such a sample is retried.
    const timeSearch = () =>
      page.evaluate(async () => {
        const started = performance.now();
        const send = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
          name: 'search', data: { query: 'оплатить счет', lang: 'ru' },
        });
        const reply = await Promise.race([send, new Promise((resolve) => setTimeout(() => resolve(null), 20_000))]);
        return reply === null ? null : performance.now() - started;
      });
    const cold: number[] = [];
    const warm: number[] = [];
    for (let attempt = 0; cold.length < 5 && attempt < 10; attempt++) {
      await stopServiceWorkers(page);
      const coldMs = await timeSearch();
      const warmMs = await timeSearch();
      if (coldMs === null || warmMs === null) {
        console.log('(a reply was lost while the worker stopped: sample retried)');
        continue;
      }
      cold.push(coldMs);
      warm.push(warmMs);
    }
    if (cold.length === 0) throw new Error('no answer from the service worker in Chromium');
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return { coldMs: median(cold), warmMs: median(warm) };
  } finally {
    await session.close();
  }
}
