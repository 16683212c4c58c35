import type { GuideQuestion } from '../../lib/guide/types';
import { generatedIndexFiles } from '../../lib/cli/generated-index-files';
import { buildExtensionWithIndex } from '../e2e/build-test-extension';
import { launchExtension } from '../e2e/launch-extension';
import { chromiumAvailable, measureFirstAnswer, measurePopupTimes, type PopupTimes } from './chromium-timings';
import { buildStockLunrExtension } from './stock-lunr-extension';

export interface ChromiumResult {
  size: number;
  engine: 'ours' | 'lunr+ru';
  /** First answer after a worker stop, and the next one, median of five. */
  coldMs: number;
  warmMs: number;
  /** Ours only: the popup's time-to-usable. */
  popup: PopupTimes | null;
}

/**
 * In Chromium, for one guide: ours (the real extension, bundled by WXT around
 * this guide's index files) and stock Lunr + ru (stock-lunr-extension.ts),
 * one after the other in the same run. Null when Chromium is not installed.
 */
export async function measureChromium(questions: GuideQuestion[]): Promise<ChromiumResult[] | null> {
  if (!chromiumAvailable()) return null;
  const oursDir = buildExtensionWithIndex(generatedIndexFiles(questions));
  const ours = await measureFirstAnswer(oursDir, 'popup.html');
  const session = await launchExtension({ extensionDir: oursDir, workerTimeoutMs: 120_000 });
  let popup: PopupTimes;
  try {
    popup = await measurePopupTimes(session, 'оплатить счет');
  } finally {
    await session.close();
  }
  const stock = await measureFirstAnswer(buildStockLunrExtension(questions), 'popup.html');
  return [
    { size: questions.length, engine: 'ours', ...ours, popup },
    { size: questions.length, engine: 'lunr+ru', ...stock, popup: null },
  ];
}

export function formatChromium(m: ChromiumResult): string {
  const popup = m.popup
    ? [`${m.popup.focusColdMs.toFixed(0)}/${m.popup.focusWarmMs.toFixed(0)}`, `${m.popup.resultsColdMs.toFixed(0)}/${m.popup.resultsWarmMs.toFixed(0)}`]
    : ['-', '-'];
  return [m.size, m.engine, m.coldMs.toFixed(1), m.warmMs.toFixed(1), ...popup].join('\t');
}
