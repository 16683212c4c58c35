import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { KASPI_FIXTURES } from './kaspi-fixtures';
import { ARTIFACTS_DIR } from './launch-extension';
import { PANEL_HOST, useKaspiSession } from './kaspi-session';
import { answer, guideLink, isFocused, launcher, panel, popularQuestions, resultRows, resultTitles, searchBox } from './by-role';
import type { ExtensionPageChrome } from './extension-page-chrome';

const kaspi = useKaspiSession();
/** Every request any page or extension context made, as "context: url". */
const requests: string[] = [];

beforeAll(async () => {
  kaspi.session.context.on('request', (r) => requests.push(r.url()));
});


const panelInput = searchBox;

async function openKaspiPage(path: string): Promise<Page> {
  const page = await kaspi.session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(kaspi.server.at(`https://kaspi.kz${path}`));
  await launcher(page).waitFor({ state: 'visible', timeout: 15_000 });
  return page;
}

describe('on kaspi.kz', () => {
  it('should show a launcher that opens a panel which answers a search, despite hostile page CSS', async () => {
    const page = await openKaspiPage('/shop/');
    await launcher(page).click();
    await expect.poll(() => isFocused(panelInput(page))).toBe(true);
    // The page sets html { font-size: 8px } and unsets everything: the panel keeps its own sizes.
    const box = await panel(page).boundingBox();
    expect(box!.width).toBe(380);
    expect(await panelInput(page).evaluate((el) => getComputedStyle(el).fontSize)).toBe('15px');
    await panelInput(page).fill('штраф за просрочку');
    await expect.poll(async () => (await resultTitles(page))[0] ?? '').toMatch(/штраф/i);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'panel-on-hostile-page.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => guideLink(page).getAttribute('href')).toMatch(/^https:\/\/guide\.kaspi\.kz\//);
    await page.close();
  });

  it('should close on Esc and give focus back to where it was', async () => {
    const page = await openKaspiPage('/shop/');
    await launcher(page).click();
    await expect.poll(() => isFocused(panelInput(page))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).count()).toBe(0);
    await expect.poll(() => isFocused(launcher(page))).toBe(true);
    await page.close();
  });

  it('should leave the page DOM outside its shadow host untouched', async () => {
    const page = await openKaspiPage('/shop/');
    await launcher(page).click();
    const { actual, expected } = await page.evaluate(
      ({ host, html }) => {
        const clone = document.body.cloneNode(true) as HTMLElement;
        clone.querySelectorAll(host).forEach((e) => e.remove());
        const served = new DOMParser().parseFromString(html, 'text/html').body;
        return { actual: clone.innerHTML, expected: served.innerHTML };
      },
      { host: PANEL_HOST, html: KASPI_FIXTURES['kaspi.kz/shop/']! },
    );
    expect(actual).toBe(expected);
    await page.close();
  });

  it('should suggest questions about the page and follow single-page navigation', async () => {
    const page = await openKaspiPage('/red/');
    await launcher(page).click();
    await expect.poll(() => page.getByRole('region', { name: 'Вопросы об этой странице' }).count()).toBe(1);
    const items = popularQuestions(page);
    await expect.poll(() => items.first().textContent()).toMatch(/Kaspi Red/);
    await page.keyboard.press('Escape');
    await page.locator('#to-bonus').click();
    await launcher(page).click();
    await expect.poll(async () => (await items.allTextContents()).join(' '), { timeout: 10_000 }).toMatch(/[Бб]онус/);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'panel-page-questions.png') });
    await page.close();
  });

  it('should say so and link the guide section when the data has nothing about the page', async () => {
    const page = await openKaspiPage('/bank/gold');
    await launcher(page).click();
    const note = page.locator(PANEL_HOST).getByText('В данных расширения нет ответов об этой странице.');
    await expect.poll(() => note.count()).toBe(1);
    expect(await popularQuestions(page).count()).toBe(0);
    const link = page.locator(PANEL_HOST).getByRole('link', { name: 'Открыть раздел на сайте Kaspi Гид' });
    expect(await link.getAttribute('href')).toBe('https://guide.kaspi.kz/client/ru');
    await panelInput(page).fill('как открыть депозит');
    await expect.poll(() => page.locator(`${PANEL_HOST} .kgh-declined`).getByText('В данных расширения нет точного ответа на этот вопрос.').count()).toBe(1);
    expect(await page.locator(`${PANEL_HOST} [role=option][aria-selected=true]`).count()).toBe(0);
    await page.keyboard.press('Enter');
    expect(await answer(page).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'panel-declined.png') });
    await page.close();
  });

  it('should fall back to popular questions on a page without a topic', async () => {
    const page = await openKaspiPage('/somewhere/else');
    await launcher(page).click();
    await expect.poll(() => page.getByRole('region', { name: 'Популярные вопросы' }).count()).toBe(1);
    await page.close();
  });

  it('should open the panel with the selected text when the background asks (selection menu path)', async () => {
    const page = await openKaspiPage('/somewhere/');
    await page.bringToFront();
    await kaspi.session.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab!.id!, { name: 'openPanel', data: { query: 'штраф за просрочку' } });
    });
    await expect.poll(() => panelInput(page).inputValue()).toBe('штраф за просрочку');
    await expect.poll(() => resultRows(page).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('should not run on guide.kaspi.kz itself', async () => {
    const page = await kaspi.session.context.newPage();
    await page.goto(kaspi.server.at('https://guide.kaspi.kz/client/ru/red/monthly_payment/bill/q1505'));
    await page.waitForLoadState('load');
    // Positive signal: a kaspi.kz page opened after it gets the panel, so the guide page has had its chance.
    const kaspiPage = await kaspi.session.context.newPage();
    await kaspiPage.goto(kaspi.server.at('https://kaspi.kz/'));
    await kaspiPage.locator(PANEL_HOST).waitFor({ state: 'attached' });
    expect(await page.locator(PANEL_HOST).count()).toBe(0);
    await kaspiPage.close();
    await page.close();
  });

  it('should make no network request from any extension context', () => {
    const foreign = requests.filter(
      (url) => !url.startsWith('chrome-extension://') && !/^https:\/\/(guide\.)?kaspi\.kz(:\d+)?\//.test(url),
    );
    expect(foreign).toEqual([]);
    // Only the documents the tests opened reached the fixture server: no fetches from the panel.
    expect(kaspi.server.requests.every((r) => /^(guide\.)?kaspi\.kz\/[^?]*$/.test(r) && !r.includes('.json'))).toBe(true);
  });
});

declare const chrome: ExtensionPageChrome;
