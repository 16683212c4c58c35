import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GIVE_UP_AFTER_MS } from '../../lib/message-transport';
import { launchExtension, stopServiceWorkers, type ExtensionSession } from './launch-extension';
import type { ExtensionPageChrome } from './extension-page-chrome';

declare const chrome: ExtensionPageChrome;

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('corrupted extension storage', () => {
  it('should recover: bad values are reset, the popup searches and opens answers, nothing learned is kept', async () => {
    const setup = await session.openPopup();
    await setup.evaluate(() =>
      chrome.storage.local.set({
        recentSearches: 'штраф',
        uiLanguage: 42,
        hideLauncher: 'no',
        learnFromGuide: { on: true },
        learnedGuide: '{"format":5,"questions":[{"id":1,',
        somethingElse: 'x'.repeat(1_000_000),
      }),
    );
    await stopServiceWorkers(setup);
    await setup.close();

    const page = await session.openPopup();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // What the popup logged, shown if it never answers (a rare CI failure left nothing else to read).
    const logged: string[] = [];
    page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
    // The popup's first message after the worker stop is sent again for as long as the transport allows (a restart on two busy
    // cores was seen taking over 10 s in CI), so the page is given that long, and a little more, to show it.
    await expect
      .poll(() => page.getByRole('button', { name: /Kaspi Red/ }).count(), { timeout: GIVE_UP_AFTER_MS + 3_000 })
      .toBeGreaterThan(0)
      .catch((e: unknown) => {
        throw new Error(`no popular question shown; the popup logged: ${JSON.stringify(logged)}`, { cause: e });
      });
    await page.getByRole('combobox', { name: 'Поиск по Kaspi Гид' }).fill('штраф за просрочку');
    await expect.poll(() => page.getByRole('listbox', { name: 'Поиск по Kaspi Гид' }).getByRole('option', { selected: true }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('link', { name: 'Открыть в Kaspi Гид' }).count()).toBe(1);
    expect(errors).toEqual([]);
    // Bad values were replaced by their defaults, and the learned questions were dropped.
    const stored = await page.evaluate(() => chrome.storage.local.get(null as unknown as string));
    expect(stored.recentSearches).toEqual(['штраф за просрочку']);
    expect(stored).not.toHaveProperty('uiLanguage');
    expect(stored).not.toHaveProperty('learnedGuide');
    const stats = await page.evaluate(() => chrome.runtime.sendMessage({ name: 'getStats', data: {} }));
    expect(stats).toEqual({ ok: { answers: expect.any(Number), learned: 0 } });
    await page.close();
  });
});
