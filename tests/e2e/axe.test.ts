import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PANEL_HOST, useKaspiSession } from './kaspi-session';

/** axe-core's source, evaluated in the page (extension pages' CSP forbids inline script tags; evaluation is not a tag). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const kaspi = useKaspiSession();


/** Landmark and heading best practices: the panel must add none of their violations to the bank's page. */
const LANDMARK_RULES = [
  'landmark-banner-is-top-level', 'landmark-complementary-is-top-level', 'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level', 'landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main', 'landmark-unique', 'heading-order', 'empty-heading', 'region',
];

/** What axe finds in the page (shadow DOM included), as "rule: target" lines: WCAG A/AA tags, or the named rules. */
async function violations(page: Page, include?: string, rules?: string[]): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(
    async ({ tags, include, rules }) => {
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      const result = await axe.run(include ? { include: [[include]] } : document, { runOnly });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
    },
    { tags: WCAG, include, rules },
  );
  return found;
}

describe('axe-core: WCAG 2.0/2.1 A and AA', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`should find no violation in the popup's screens (${scheme})`, async () => {
      const popup = await kaspi.session.openPopup(undefined, scheme);
      const box = popup.getByRole('combobox', { name: 'Поиск по Kaspi Гид' });
      await popup.getByRole('heading', { name: 'Популярные вопросы' }).waitFor();
      const found: string[] = (await violations(popup)).map((v) => `empty ${v}`);
      await box.fill('оплатить kaspi red');
      await popup.getByRole('listbox').getByRole('option').first().waitFor();
      found.push(...(await violations(popup)).map((v) => `results ${v}`));
      await popup.keyboard.press('Enter');
      await popup.getByRole('article').waitFor();
      found.push(...(await violations(popup)).map((v) => `answer ${v}`));
      await popup.keyboard.press('Escape');
      await box.fill('ывфаыв');
      await popup.getByText('Ничего не найдено').first().waitFor();
      found.push(...(await violations(popup)).map((v) => `nothing found ${v}`));
      await popup.getByRole('button', { name: 'Настройки' }).click();
      await popup.getByRole('button', { name: 'Готово' }).waitFor();
      found.push(...(await violations(popup)).map((v) => `settings ${v}`));
      expect(found).toEqual([]);
      await popup.close();
    });
  }

  for (const width of [1280, 320]) {
    it(`should find no violation in the panel on a kaspi.kz page at ${width} px`, async () => {
      const page = await kaspi.session.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(kaspi.server.at('https://kaspi.kz/shop/'));
      await page.getByRole('button', { name: 'Помощь Kaspi Гид: найти ответ' }).waitFor();
      const pageOwn = await violations(page, undefined, LANDMARK_RULES);
      await page.getByRole('button', { name: 'Помощь Kaspi Гид: найти ответ' }).click();
      await page.getByRole('dialog', { name: 'Kaspi Гид' }).getByRole('combobox', { name: 'Поиск по Kaspi Гид' }).fill('оплатить kaspi red');
      await page.getByRole('dialog', { name: 'Kaspi Гид' }).getByRole('listbox').getByRole('option').first().waitFor();
      expect(await violations(page, PANEL_HOST)).toEqual([]);
      // Landmarks and headings of the whole page: nothing beyond what the page had without the panel.
      expect((await violations(page, undefined, LANDMARK_RULES)).filter((v) => !pageOwn.includes(v))).toEqual([]);
      await page.close();
    });
  }
});
