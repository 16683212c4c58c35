import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchExtension, stopServiceWorkers, type ExtensionSession } from './launch-extension';
import { answer, backButton, guideLink, languageSelect, popularQuestions, recentChips, resultRows, resultTitles, searchBox, selectedRow } from './by-role';
import type { ExtensionPageChrome } from './extension-page-chrome';

let session: ExtensionSession;
/** The extension page's `chrome` global, as seen from code evaluated in the page. */
declare const chrome: ExtensionPageChrome;

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});


describe('popup', () => {
  it('should focus the search box and show popular questions before typing', async () => {
    const page = await session.openPopup();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await expect.poll(() => popularQuestions(page).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'popup-empty-ru-light.png') });
    await page.close();
  });

  it('should answer a Russian query as the user types and open the answer with the keyboard', async () => {
    const page = await session.openPopup();
    await page.keyboard.type('штраф за просрочку', { delay: 20 });
    await expect.poll(() => resultTitles(page)).toContainEqual(expect.stringMatching(/штраф/i));
    expect((await resultTitles(page))[0]).toMatch(/штраф/i);
    await expect.poll(() => page.locator('[role=status]').textContent()).toMatch(/\d/);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'popup-results-ru-light.png') });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const body = answer(page);
    await expect.poll(() => body.count()).toBe(1);
    const text = (await body.textContent()) ?? '';
    expect(text).not.toContain('%вставка');
    const link = guideLink(page);
    expect(await link.getAttribute('href')).toBe('https://guide.kaspi.kz/client/ru/red/monthly_payment/bill/q1505');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'popup-answer-ru-light.png') });
    await backButton(page).click();
    await expect.poll(() => searchBox(page).inputValue()).toBe('штраф за просрочку');
    await page.close();
  });

  it('should decline a question the data cannot answer: nothing preselected, Enter opens nothing, a guide link and possibly related matches', async () => {
    const page = await session.openPopup();
    await page.keyboard.type('перевести деньги за границу', { delay: 10 });
    const note = page.locator('.kgh-declined').getByText('В данных расширения нет точного ответа на этот вопрос.');
    await expect.poll(() => note.count()).toBe(1);
    await expect.poll(() => page.getByRole('listbox', { name: 'Возможно, связанные вопросы' }).count()).toBe(1);
    expect(await page.locator('[role=option][aria-selected=true]').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Поиск по Kaspi Гид' }).getAttribute('aria-activedescendant')).toBeNull();
    await page.keyboard.press('Enter');
    expect(await answer(page).count()).toBe(0);
    const guideLink = page.getByRole('link', { name: 'Искать на сайте Kaspi Гид' });
    expect(await guideLink.getAttribute('href')).toBe('https://guide.kaspi.kz/client/ru');
    await expect.poll(() => page.locator('[role=status]').textContent()).toBe('В данных расширения нет точного ответа на этот вопрос.');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'popup-declined-ru-light.png') });
    // The user may still choose a nearest match on purpose.
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('[role=option][aria-selected=true]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => answer(page).count()).toBe(1);
    await page.close();
  });

  it('should preselect the answer when it is confident', async () => {
    const page = await session.openPopup();
    await page.keyboard.type('штраф за просрочку', { delay: 10 });
    await expect.poll(() => page.locator('[role=option][aria-selected=true]').count()).toBe(1);
    expect(await page.getByText('В данных расширения нет точного ответа на этот вопрос.').count()).toBe(0);
    await page.close();
  });

  it('should show one platform variant with absolute links in an answer', async () => {
    const page = await session.openPopup();
    await page.keyboard.type('как оплатить счет kaspi red');
    await expect.poll(() => resultTitles(page)).toContain('Как оплатить счёт Kaspi Red?');
    await resultRows(page).filter({ hasText: 'Как оплатить счёт Kaspi Red?' }).first().click();
    const body = answer(page);
    await expect.poll(() => body.count()).toBe(1);
    const text = (await body.textContent()) ?? '';
    expect(text.match(/приложении Kaspi\.kz/g)).toHaveLength(1);
    const hrefs = await body.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // The answer's own links, made absolute, then the link to its guide page.
    expect(hrefs).toEqual(['https://kaspi.kz/maps/terminals/', 'https://kaspi.kz/maps/atms/?bank=18', 'https://guide.kaspi.kz/client/ru/red/monthly_payment/bill/q1508']);
    await page.close();
  });

  it('should answer a Kazakh query typed without Kazakh letters in the Kazakh UI', async () => {
    const page = await session.openPopup();
    await languageSelect(page).selectOption('kz');
    await searchBox(page).fill('пикир жазганга бонус');
    await expect.poll(async () => (await resultTitles(page))[0] ?? '').toMatch(/пікір/i);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'popup-results-kz-light.png') });
    await page.close();
    // The choice is remembered.
    const again = await session.openPopup(undefined, 'dark');
    await expect.poll(() => languageSelect(again).inputValue()).toBe('kz');
    await again.screenshot({ path: join(ARTIFACTS_DIR, 'popup-empty-kz-dark.png') });
    await languageSelect(again).selectOption('ru');
    await again.close();
  });

  it('should understand a query typed in the wrong keyboard layout', async () => {
    const page = await session.openPopup(undefined, 'dark');
    await searchBox(page).fill('inhfa pf ghjchjxre');
    await expect.poll(async () => (await resultTitles(page))[0] ?? '').toMatch(/штраф/i);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'popup-results-ru-dark.png') });
    await page.close();
  });

  it('should keep recent searches across popup openings', async () => {
    const page = await session.openPopup();
    await searchBox(page).fill('банкомат');
    // Enter opens the preselected answer: wait for it, not only for rows (they may be rendered a moment before).
    await expect.poll(() => selectedRow(page).count()).toBe(1);
    await page.keyboard.press('Enter');
    await answer(page).waitFor();
    // The write is asynchronous: closing the popup before it lands would lose it, as a test artefact.
    const stored = () => page.evaluate(async () => (await chrome.storage.local.get('recentSearches')).recentSearches as unknown);
    await expect.poll(stored).toContain('банкомат');
    await page.close();
    const again = await session.openPopup();
    await expect.poll(() => recentChips(again).allTextContents()).toContain('банкомат');
    await again.close();
  });

  it('should still answer after the service worker was stopped', async () => {
    const page = await session.openPopup();
    const timeSearch = () =>
      page.evaluate(async () => {
        const started = performance.now();
        const reply = (await chrome.runtime.sendMessage({ name: 'search', data: { query: 'терминал', lang: 'ru' } })) as { ok: { hits: unknown[] } };
        return { ms: performance.now() - started, hits: reply.ok.hits.length as number };
      });
    await stopServiceWorkers(page);
    const cold = await timeSearch();
    const warm = await timeSearch();
    console.log(`first answer after a stopped service worker: ${cold.ms.toFixed(1)} ms (warm: ${warm.ms.toFixed(1)} ms)`);
    expect(cold.hits).toBeGreaterThan(0);
    await stopServiceWorkers(page);
    await searchBox(page).fill('терминал');
    await expect.poll(() => resultRows(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('should refuse malformed and unknown messages with an error reply', async () => {
    const page = await session.openPopup();
    const replies = await page.evaluate(async () =>
      Promise.all([
        chrome.runtime.sendMessage({ name: 'nope', data: {} }),
        chrome.runtime.sendMessage({ name: 'search', data: { query: 42, lang: 'ru' } }),
        chrome.runtime.sendMessage('just a string'),
      ]),
    );
    for (const reply of replies) expect(reply).toHaveProperty('error');
    await page.close();
  });
});
