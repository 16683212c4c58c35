import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionPageChrome } from './extension-page-chrome';
import { launcher, popularQuestions, recentChips, resultRows, searchBox, selectedRow, isFocused } from './by-role';
import { PANEL_HOST, useKaspiSession } from './kaspi-session';
import { launchExtension, type ExtensionSession } from './launch-extension';

const kaspi = useKaspiSession();




async function openPanel(width = 1280, height = 800): Promise<Page> {
  const page = await kaspi.session.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(kaspi.server.at('https://kaspi.kz/shop/'));
  await launcher(page).click();
  await searchBox(page).waitFor();
  return page;
}

/** Whether the element has the focus of its document or shadow root. */

/** Whether the selected result lies wholly inside `container`'s visible box (the viewport when null). */
function selectedInSight(page: Page, container: string | null): Promise<boolean> {
  return page.evaluate(({ host, container }) => {
    const root = host ? document.querySelector(host)!.shadowRoot! : document;
    const row = root.querySelector('.kgh-result.is-selected');
    if (!row) return false;
    const r = row.getBoundingClientRect();
    const box = container ? root.querySelector(container)!.getBoundingClientRect() : { top: 0, bottom: innerHeight };
    return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  }, { host: container ? PANEL_HOST : null, container });
}

describe('keyboard, focus, reflow, contrast and markup', () => {
  it('should keep the selected result in sight in the popup and in the panel', async () => {
    const popup = await kaspi.session.openPopup();
    await popup.setViewportSize({ width: 400, height: 360 });
    await searchBox(popup).fill('оплатить');
    await expect.poll(() => resultRows(popup).count()).toBeGreaterThan(7);
    for (let i = 0; i < 7; i++) await popup.keyboard.press('ArrowDown');
    await expect.poll(() => selectedInSight(popup, null)).toBe(true);
    await popup.close();

    const page = await openPanel(1280, 560);
    await searchBox(page).fill('оплатить');
    await expect.poll(() => resultRows(page).count()).toBeGreaterThan(7);
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => selectedInSight(page, '.kgh-sheet')).toBe(true);
    await page.close();
  });

  it('should move the selection with the mouse, never showing two highlighted rows', async () => {
    const popup = await kaspi.session.openPopup();
    await searchBox(popup).fill('оплатить kaspi red');
    const rows = resultRows(popup);
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    await rows.nth(2).hover();
    await expect.poll(() => rows.nth(2).getAttribute('aria-selected')).toBe('true');
    expect(await popup.locator('.kgh-result.is-selected').count()).toBe(1); // the highlight
    expect(await selectedRow(popup).count()).toBe(1);
    await popup.close();
  });

  it('should keep the panel\'s search box in place while results come and go', async () => {
    const page = await openPanel();
    const box = searchBox(page);
    const before = await box.boundingBox();
    await box.fill('оплатить');
    await expect.poll(() => resultRows(page).count()).toBeGreaterThan(3);
    expect((await box.boundingBox())!.y).toBe(before!.y);
    await box.fill('');
    await expect.poll(() => resultRows(page).count()).toBe(0);
    expect((await box.boundingBox())!.y).toBe(before!.y);
    await page.close();
  });

  it('should not let keys typed in the panel reach kaspi.kz\'s own listeners', async () => {
    const page = await openPanel();
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenKeys: string[] }).seenKeys = seen;
      for (const type of ['keydown', 'keyup', 'keypress']) document.addEventListener(type, (e) => seen.push(`${type}:${(e as KeyboardEvent).key}`));
      // A control: a key pressed on the page itself is seen.
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'control', bubbles: true }));
    });
    await searchBox(page).pressSequentially('kaspi');
    await page.keyboard.press('ArrowDown');
    expect(await searchBox(page).inputValue()).toBe('kaspi');
    expect(await page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys)).toEqual(['keydown:control']);
    await page.close();
  });

  it('should fit a 320 px wide window (400% zoom) without cutting the panel', async () => {
    const page = await openPanel(320, 640);
    const sheet = await page.getByRole('dialog', { name: 'Kaspi Гид' }).boundingBox();
    expect(sheet!.x).toBeGreaterThanOrEqual(0);
    expect(sheet!.x + sheet!.width).toBeLessThanOrEqual(320);
    const input = await searchBox(page).boundingBox();
    expect(input!.x).toBeGreaterThanOrEqual(0);
    expect(input!.x + input!.width).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('should size its text by the browser\'s font-size setting, whatever kaspi.kz sets on its root', async () => {
    /** Computed font sizes (px) of the panel's text, the search box and the launcher, with the browser's default size set. */
    const panelSizes = async (defaultSize: number) => {
      const page = await kaspi.session.context.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: defaultSize, fixed: 13 } });
      await page.goto(kaspi.server.at('https://kaspi.kz/shop/'));
      await page.addStyleTag({ content: 'html { font-size: 10px !important; }' });
      const launcher = page.getByRole('button', { name: /Kaspi Гид/ });
      const launcherSize = await launcher.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      await launcher.click();
      const input = searchBox(page);
      await input.waitFor();
      const inputSize = await input.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      const textSize = await input.evaluate((e) => parseFloat(getComputedStyle(e.closest('.kgh-panel')!).fontSize));
      await page.close();
      return { launcherSize, inputSize, textSize };
    };
    const normal = await panelSizes(16);
    const large = await panelSizes(24);
    // The page's 10 px root does not shrink the panel: at the default 16 px its text is 14 px.
    expect(normal.textSize).toBeCloseTo(14, 0);
    expect(normal.inputSize).toBeCloseTo(15, 0);
    expect(normal.launcherSize).toBeCloseTo(20, 0);
    // A larger default size in the browser makes every text larger in proportion.
    expect(large.textSize / normal.textSize).toBeCloseTo(1.5, 1);
    expect(large.inputSize / normal.inputSize).toBeCloseTo(1.5, 1);
    expect(large.launcherSize / normal.launcherSize).toBeCloseTo(1.5, 1);
  });

  it('should size the popup\'s text by the browser\'s font-size setting', async () => {
    const popupTextSize = async (session: ExtensionSession) => {
      const page = await session.openPopup();
      const input = searchBox(page);
      await input.waitFor();
      const size = await input.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      await page.close();
      return size;
    };
    const normal = await popupTextSize(kaspi.session);
    const largeFontBrowser = await launchExtension({ defaultFontSize: 24 });
    try {
      expect(normal).toBeCloseTo(15, 0);
      expect((await popupTextSize(largeFontBrowser)) / normal).toBeCloseTo(1.5, 1);
    } finally {
      await largeFontBrowser.close();
    }
  });

  it('should add no landmark, heading or dialog markup that collides with the bank\'s page', async () => {
    const page = await kaspi.session.context.newPage();
    await page.goto(kaspi.server.at('https://kaspi.kz/shop/'));
    const button = launcher(page);
    await button.waitFor();
    expect(await button.getAttribute('title')).toBe('Помощь Kaspi Гид: найти ответ');
    const banners = await page.getByRole('banner').count();
    await button.click();
    await searchBox(page).waitFor();
    expect(await page.getByRole('banner').count()).toBe(banners);
    const markup = await page.evaluate((host) => {
      const root = document.querySelector(host)!.shadowRoot!;
      const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
      return {
        levels: headings.map((h) => Number(h.tagName[1])),
        buttonsInHeadings: headings.filter((h) => h.querySelector('button')).length,
        modal: root.querySelector('[aria-modal="true"]') !== null,
        dialogName: root.querySelector('[role="dialog"]')?.getAttribute('aria-label'),
      };
    }, PANEL_HOST);
    expect(markup.levels.length).toBeGreaterThan(0);
    expect(markup.levels.every((level) => level === 2)).toBe(true);
    expect(markup.buttonsInHeadings).toBe(0);
    expect(markup.modal).toBe(false);
    expect(markup.dialogName).toBe('Kaspi Гид');
    await page.close();
  });

  it('should make disabled buttons look disabled and show the settings button pressed', async () => {
    const popup = await kaspi.session.openPopup();
    const settings = popup.getByRole('button', { name: 'Настройки' });
    const look = (button: Locator) => button.evaluate((e) => {
      const style = getComputedStyle(e);
      return { opacity: style.opacity, border: style.borderTopStyle, cursor: style.cursor, shadow: style.boxShadow };
    });
    expect(await settings.getAttribute('aria-pressed')).toBe('false');
    expect((await look(settings)).shadow).toBe('none');
    await settings.click();
    expect(await settings.getAttribute('aria-pressed')).toBe('true');
    expect((await look(settings)).shadow).not.toBe('none');
    // Nothing is learned in this browser yet: "forget" has nothing to do.
    const forget = popup.getByRole('button', { name: 'Забыть запомненные вопросы' });
    await expect.poll(() => forget.isDisabled()).toBe(true);
    expect(await look(forget)).toMatchObject({ opacity: '0.5', border: 'dashed', cursor: 'not-allowed' });
    expect(await look(popup.getByRole('button', { name: 'Готово' }))).toMatchObject({ opacity: '1', border: 'solid', cursor: 'pointer' });
    await popup.close();
  });

  it('should let Tab leave the non-modal panel for the page', async () => {
    const page = await openPanel();
    const focusInPanel = () => page.evaluate((host) => document.activeElement === document.querySelector(host), PANEL_HOST);
    expect(await focusInPanel()).toBe(true);
    let presses = 0;
    while ((await focusInPanel()) && presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await focusInPanel()).toBe(false);
    // The panel stays open beside the page, and Shift+Tab comes back into it.
    expect(await searchBox(page).count()).toBe(1);
    await page.keyboard.press('Shift+Tab');
    expect(await focusInPanel()).toBe(true);
    await page.close();
  });

  it('should move focus to the answer, back to the box, and walk the Esc ladder', async () => {
    const popup = await kaspi.session.openPopup();
    const box = searchBox(popup);
    const answerTitle = popup.getByRole('article').getByRole('heading', { level: 2 });
    await box.fill('оплатить kaspi red');
    await expect.poll(() => box.getAttribute('aria-activedescendant')).not.toBeNull();
    await popup.keyboard.press('Enter');
    await expect.poll(() => isFocused(answerTitle)).toBe(true);
    await popup.keyboard.press('Escape');
    await expect.poll(() => isFocused(box)).toBe(true);
    expect(await box.inputValue()).toBe('оплатить kaspi red');
    await popup.keyboard.press('Escape');
    await expect.poll(() => box.inputValue()).toBe('');
    expect(popup.isClosed()).toBe(false);
    // The settings' Done and Esc both give the box its focus back.
    await popup.getByRole('button', { name: 'Настройки' }).click();
    await popup.getByRole('button', { name: 'Готово' }).click();
    await expect.poll(() => isFocused(box)).toBe(true);
    await popup.getByRole('button', { name: 'Настройки' }).click();
    await popup.keyboard.press('Escape');
    await expect.poll(() => isFocused(box)).toBe(true);
    // A recent search chip searches and leaves focus in the box.
    const chip = recentChips(popup).first();
    await chip.click();
    await expect.poll(() => isFocused(box)).toBe(true);
    expect(await box.inputValue()).toBe('оплатить kaspi red');
    await popup.close();
  });

  it('should neither search nor say "nothing found" after the first letter', async () => {
    const popup = await kaspi.session.openPopup();
    const box = searchBox(popup);
    await popularQuestions(popup).first().waitFor();
    await box.pressSequentially('ж');
    // Positive signal: the popular questions are still what the box shows.
    await expect.poll(() => popularQuestions(popup).count()).toBeGreaterThan(0);
    expect(await popup.getByText('Ничего не найдено').count()).toBe(0);
    expect(await popup.getByRole('status').textContent()).toBe('');
    await box.pressSequentially('ж');
    await expect.poll(() => popup.getByRole('status').textContent()).not.toBe('');
    await popup.close();
  });

  it.each(['light', 'dark'] as const)('should reach 4.5:1 contrast for every text that carries meaning (%s theme)', async (scheme) => {
    const popup = await kaspi.session.openPopup(undefined, scheme);
    await searchBox(popup).fill('оплатить kaspi red');
    await popup.locator('.kgh-result .kgh-mark').first().waitFor();
    const inList = await popup.evaluate(CONTRASTS, ['.kgh-brand', '.kgh-result.is-selected .kgh-result-title', '.kgh-result .kgh-mark', '.kgh-result-snippet', '.kgh-result-meta']);
    await popup.keyboard.press('Enter');
    await popup.locator('.kgh-guide-link').waitFor();
    const inAnswer = await popup.evaluate(CONTRASTS, ['.kgh-guide-link', '.kgh-answer-meta', '.kgh-answer-title']);
    for (const [selector, ratio] of Object.entries({ ...inList, ...inAnswer })) expect(ratio, selector).toBeGreaterThanOrEqual(4.5);
    // Native controls (the language select, checkboxes) follow the theme.
    expect(await popup.evaluate(() => getComputedStyle(document.querySelector('.kgh-panel')!).colorScheme)).toBe(scheme);
    await popup.close();
  });
});

describe('recent searches', () => {
  it('should remember the query as it was understood, once, and only when an answer was opened', async () => {
    // Earlier tests opened answers: start from no recent searches, in a popup opened afterwards.
    const first = await kaspi.session.openPopup();
    await first.evaluate(() => (globalThis as unknown as { chrome: ExtensionPageChrome }).chrome.storage.local.remove('recentSearches'));
    await first.close();
    const popup = await kaspi.session.openPopup();
    const box = searchBox(popup);
    await box.fill('jgkfnbnm rfcgb htl');
    await expect.poll(() => resultRows(popup).count()).toBeGreaterThan(0);
    await popup.keyboard.press('Enter');
    await popup.getByRole('article').waitFor();
    await popup.keyboard.press('Escape');
    await box.fill('  Оплатить  КАСПИ   ред ');
    await expect.poll(() => resultRows(popup).count()).toBeGreaterThan(0);
    await popup.keyboard.press('Enter');
    await popup.getByRole('article').waitFor();
    await popup.keyboard.press('Escape');
    // Typed and not opened: not remembered.
    await box.fill('штраф за просрочку');
    await expect.poll(() => popup.getByRole('status').textContent()).not.toBe('');
    await box.fill('');
    await expect.poll(() => recentChips(popup).allTextContents()).toEqual(['оплатить каспи ред']);
    await popup.close();
  });
});

describe('smaller things users notice', () => {
  it('should open the panel in the page\'s language on kaspi.kz/kz/', async () => {
    const page = await kaspi.session.context.newPage();
    await page.goto(kaspi.server.at('https://kaspi.kz/kz/shop/'));
    await page.getByRole('button', { name: 'Kaspi Гид көмегі: жауап табу' }).click();
    await page.getByRole('combobox', { name: 'Kaspi Гид бойынша іздеу' }).waitFor();
    await page.close();
  });

  it('should say in the settings that the extension is unofficial', async () => {
    const popup = await kaspi.session.openPopup();
    await popup.getByRole('button', { name: 'Настройки' }).click();
    await popup.getByText('Неофициальное расширение: не связано с Kaspi.kz').waitFor();
    await popup.close();
  });

  it('should offer "did you mean" for an obvious typo that matches nothing', async () => {
    const popup = await kaspi.session.openPopup();
    await searchBox(popup).fill('шрафт');
    await popup.getByRole('button', { name: 'штраф' }).click();
    await expect.poll(() => searchBox(popup).inputValue()).toBe('штраф');
    await expect.poll(() => resultRows(popup).count()).toBeGreaterThan(0);
    await popup.close();
  });

  it('should show snippets on up to two lines', async () => {
    const popup = await kaspi.session.openPopup();
    await searchBox(popup).fill('оплатить kaspi red');
    const snippet = popup.locator('.kgh-result-snippet').first();
    await snippet.waitFor();
    const lines = await snippet.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
    expect(lines).toBe(2);
    await popup.close();
  });
});

/** Contrast of each selector's text against the first opaque background behind it (run in the page). */
function CONTRASTS(selectors: string[]): Record<string, number> {
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  const background = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out: Record<string, number> = {};
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    if (!el) throw new Error(`missing ${selector}`);
    const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(background(el))].sort((x, y) => y - x);
    out[selector] = Math.round(((a! + 0.05) / (b! + 0.05)) * 100) / 100;
  }
  return out;
}
