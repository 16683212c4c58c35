import { existsSync } from 'node:fs';
import type { GuideQuestion } from '../../lib/guide/types';
import { buildTestExtension } from '../e2e/build-test-extension';
import { buildGuidePayload } from '../e2e/guide-payload';
import { findChromium, launchExtension, stopServiceWorkers } from '../e2e/launch-extension';

/** Synthetic questions as payload files, one per language and section (each file has one locale). */
function toCaptures(questions: GuideQuestion[]): Record<string, string> {
  const captures: Record<string, string> = {};
  const sources: Record<string, object> = {};
  for (const lang of ['ru', 'kz'] as const) {
    for (const section of ['client', 'partner'] as const) {
      const group = questions.filter((q) => q.lang === lang && q.section === section && q.sourceFile === 'synthetic');
      const name = `synthetic-${lang}-${section}.json`;
      captures[name] = buildGuidePayload(
        group.map((q) => ({ id: q.id, title: q.title, content: q.html, canonical: q.canonical, updatedDate: q.updated ?? undefined, usefulness: q.usefulness ?? undefined })),
        lang === 'ru' ? 'ru-RU' : 'kk-KZ',
      );
      sources[name] = { section, lang };
    }
  }
  captures['sources.json'] = JSON.stringify({ files: sources });
  return captures;
}

/**
 * Time from a stopped service worker to the first answer in Chromium, for an
 * extension built with the given questions (the real captures are always in).
 * Median of five stops. Null when Chromium is not installed.
 */
export async function measureChromiumColdStart(questions: GuideQuestion[]): Promise<{ coldMs: number; warmMs: number } | null> {
  try {
    if (!existsSync(findChromium())) return null;
  } catch {
    return null;
  }
  const dir = buildTestExtension(toCaptures(questions));
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
