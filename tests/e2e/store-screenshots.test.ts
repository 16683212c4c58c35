import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { useKaspiSession } from './kaspi-session';

/** Store screenshots: exactly 1280×800, as both stores ask; committed in assets/store/screenshots/. */
const SCREENSHOTS_DIR = resolve('assets/store/screenshots');
const WIDTH = 1280;
const HEIGHT = 800;

const kaspi = useKaspiSession();

beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
});

/** The popup as the toolbar shows it, centred on a 1280×800 canvas of the theme's background. */
async function savePopup(page: Page, name: string, dark = false): Promise<string> {
  const shot = await page.screenshot();
  const path = join(SCREENSHOTS_DIR, name);
  const background = dark ? { r: 32, g: 33, b: 36, alpha: 1 } : { r: 236, g: 238, b: 241, alpha: 1 };
  const { width = 0, height = 0 } = await sharp(shot).metadata();
  await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 4, background } })
    .composite([{ input: shot, left: Math.round((WIDTH - width) / 2), top: Math.round((HEIGHT - height) / 2) }])
    .png()
    .toFile(path);
  return path;
}

const sizeOf = (path: string) => {
  const png = readFileSync(path);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};
const results = (page: Page) => page.getByRole('listbox', { name: /Поиск по Kaspi Гид|Kaspi Гид бойынша іздеу/ }).getByRole('option');

describe('store screenshots', () => {
  it('should show popup results and an answer', async () => {
    const page = await kaspi.session.openPopup();
    await page.keyboard.type('как оплатить счет каспи ред', { delay: 10 });
    await expect.poll(() => results(page).count()).toBeGreaterThan(2);
    expect(sizeOf(await savePopup(page, '1-popup-results-ru.png'))).toEqual([WIDTH, HEIGHT]);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('link', { name: 'Открыть в Kaspi Гид' }).count()).toBe(1);
    expect(sizeOf(await savePopup(page, '2-answer-ru.png'))).toEqual([WIDTH, HEIGHT]);
    await page.close();
  });

  it('should show the panel on a kaspi.kz page', async () => {
    const page = await kaspi.session.context.newPage();
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    await page.goto(kaspi.server.at('https://kaspi.kz/red/'));
    const launcher = page.locator('kaspi-guide-helper .kgh-launcher');
    await launcher.waitFor({ state: 'visible', timeout: 15_000 });
    await launcher.click();
    await page.locator('kaspi-guide-helper .kgh-input').fill('штраф за просрочку');
    await expect.poll(() => page.locator('kaspi-guide-helper [role=option]').count()).toBeGreaterThan(0);
    const path = join(SCREENSHOTS_DIR, '3-panel-on-kaspi-kz.png');
    await page.screenshot({ path });
    expect(sizeOf(path)).toEqual([WIDTH, HEIGHT]);
    await page.close();
  });

  it('should show the Kazakh UI in the dark theme', async () => {
    const page = await kaspi.session.openPopup(undefined, 'dark');
    await page.getByRole('combobox', { name: 'Язык' }).selectOption('kz');
    await page.getByRole('combobox', { name: 'Kaspi Гид бойынша іздеу' }).fill('пікір үшін бонус');
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);
    expect(sizeOf(await savePopup(page, '4-popup-kazakh-dark.png', true))).toEqual([WIDTH, HEIGHT]);
    await page.getByRole('combobox', { name: 'Тіл' }).selectOption('ru');
    await page.close();
  });

  it('should show the honest "no exact answer" view', async () => {
    const page = await kaspi.session.openPopup();
    await page.keyboard.type('перевести деньги за границу', { delay: 10 });
    await expect.poll(() => page.locator('.kgh-declined').count()).toBe(1);
    expect(sizeOf(await savePopup(page, '5-no-exact-answer-ru.png'))).toEqual([WIDTH, HEIGHT]);
    await page.close();
  });
});
