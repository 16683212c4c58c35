import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedIndexFiles } from '../../lib/cli/generated-index-files';
import { DEFAULT_GUIDE_DIR, ingestCaptureDirs } from '../../lib/cli/read-capture-dir';
import { generateCorpus } from '../../lib/cli/synthetic/generate-guide';
import { GIVE_UP_AFTER_MS } from '../../lib/message-transport';
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

describe(`waking up with ${GUIDE_SIZE.toLocaleString('en')} answers`, () => {
  it('should keep the guide data out of the background script', () => {
    expect(statSync(join(extensionDir, 'background.js')).size).toBeLessThan(512 * 1024);
    expect(statSync(join(extensionDir, 'guide', 'answers.jsonl')).size).toBeGreaterThan(1024 * 1024);
  });

  it('should show results for the first search typed after every worker stop', { timeout: 200_000 }, async () => {
    // Through the popup, so through the same transport as users (a message Chrome loses while stopping the worker is sent again).
    const popup = await session.openPopup();
    const consoleErrors: string[] = [];
    popup.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    const box = popup.getByRole('combobox', { name: 'Поиск по Kaspi Гид' });
    const status = popup.getByRole('status');
    for (const query of ['оплатить счет', 'кредит', 'перевод', 'бонусы', 'депозит']) {
      await box.fill('');
      await stopServiceWorkers(popup);
      await box.fill(query);
      // On failure, say what the user saw (the status line and any error shown) and why (the popup's console).
      const seen = async () => {
        const alerts = (await popup.getByRole('alert').allTextContents()).join(' ');
        return `${await status.textContent()} | error: ${alerts ? `${alerts} (popup console: ${consoleErrors.join('; ') || 'quiet'})` : 'none'}`;
      };
      // Longer than the transport sends a message again (GIVE_UP_AFTER_MS), so that its error, not the poll's, ends a failed wait.
      await expect.poll(seen, { timeout: GIVE_UP_AFTER_MS + 10_000, message: `first search "${query}" after a stop` }).toMatch(/^(Найдено|.*нет точного).* \| error: none$/);
    }
    await popup.close();
  });
});
