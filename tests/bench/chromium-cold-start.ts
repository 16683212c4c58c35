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
    const timeSearch = () =>
      page.evaluate(async () => {
        const started = performance.now();
        await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
          name: 'search', data: { query: 'оплатить счет', lang: 'ru' },
        });
        return performance.now() - started;
      });
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      await stopServiceWorkers(page);
      cold.push(await timeSearch());
      warm.push(await timeSearch());
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]!;
    return { coldMs: median(cold), warmMs: median(warm) };
  } finally {
    await session.close();
  }
}
