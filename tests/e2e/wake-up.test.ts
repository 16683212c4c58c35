import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generatedIndexFiles } from '../../lib/cli/generated-index-files';
import { DEFAULT_GUIDE_DIR, ingestCaptureDirs } from '../../lib/cli/read-capture-dir';
import { generateCorpus } from '../../lib/cli/synthetic/generate-guide';
import { buildExtensionWithIndex } from './build-test-extension';
import { launchExtension, stopServiceWorkers, type ExtensionSession } from './launch-extension';

/** A guide the size of the real one: the size at which a worker holding its data as script failed to start. */
const GUIDE_SIZE = 10_000;

let session: ExtensionSession;
let extensionDir: string;

beforeAll(async () => {
  const real = ingestCaptureDirs([DEFAULT_GUIDE_DIR]).questions;
  extensionDir = buildExtensionWithIndex(generatedIndexFiles(generateCorpus(real, GUIDE_SIZE)));
  session = await launchExtension({ extensionDir, workerTimeoutMs: 60_000 });
}, 240_000);
afterAll(async () => {
  await session?.close();
});

/** One search from an extension page: the number of hits, or an error text when no reply came. */
function searchOnce(page: Page): Promise<number | string> {
  return page.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
    const reply = await Promise.race([
      runtime.sendMessage({ name: 'search', data: { query: 'оплатить счет', lang: 'ru' } }).catch((e: Error) => e.message),
      new Promise((resolve) => setTimeout(() => resolve('no reply within 15 s'), 15_000)),
    ]);
    if (typeof reply === 'string') return reply;
    return (reply as { ok?: { hits: unknown[] } }).ok?.hits.length ?? JSON.stringify(reply);
  });
}

describe(`waking up with ${GUIDE_SIZE.toLocaleString('en')} answers`, () => {
  it('should keep the guide data out of the background script', () => {
    expect(statSync(join(extensionDir, 'background.js')).size).toBeLessThan(512 * 1024);
    expect(statSync(join(extensionDir, 'guide', 'answers.jsonl')).size).toBeGreaterThan(1024 * 1024);
  });

  it('should answer the first search after every worker stop', { timeout: 120_000 }, async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    for (let stop = 0; stop < 5; stop++) {
      await stopServiceWorkers(page);
      expect(await searchOnce(page)).toBeGreaterThan(0);
    }
    await page.close();
  });
});
