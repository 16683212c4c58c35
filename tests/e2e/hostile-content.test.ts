import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestExtension } from './build-test-extension';
import { buildHostilePayload, HOSTILE_VECTORS } from './hostile-payload';
import { launchExtension, type ExtensionSession } from './launch-extension';

let session: ExtensionSession;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  const dir = buildTestExtension({
    'hostile.json': buildHostilePayload(),
    'sources.json': JSON.stringify({ files: { 'hostile.json': { section: 'client', lang: 'ru' } } }),
  });
  session = await launchExtension({ extensionDir: dir });
  page = await session.openPopup();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
}, 120_000);
afterAll(async () => {
  await session?.close();
});

const ALLOWED_TAGS = new Set(['P', 'BR', 'UL', 'OL', 'LI', 'A', 'EM', 'I', 'STRONG', 'B', 'U', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH']);

describe('hostile guide content in a test build', () => {
  it.each(HOSTILE_VECTORS.map((v, i) => [v.name, i] as const))('should neutralise %s', async (name, i) => {
    const popupUrl = page.url();
    await page.locator('.kgh-input').fill(`опасный вопрос ${name}`);
    const result = page.locator('.kgh-result-title', { hasText: new RegExp(`Опасный вопрос ${i + 1} .*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
    await result.first().click();
    await page.locator('.kgh-answer-body').waitFor();
    // Any image in the answer has loaded or failed (so an onerror/onload handler would have fired), and a frame has rendered.
    await page.waitForFunction(() => [...document.images].every((img) => img.complete));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const report = await page.evaluate(() => {
      const body = document.querySelector('.kgh-answer-body')!;
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        tags: [...body.querySelectorAll('*')].map((e) => e.tagName),
        hrefs: [...body.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        attrs: [...body.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)),
        clobbered: typeof document.getElementById !== 'function' || typeof document.cookie !== 'string',
        title: document.querySelector('.kgh-answer-title')!.textContent,
      };
    });
    expect(report.pwned).toBeNull();
    expect(dialogs).toEqual([]);
    expect(report.clobbered).toBe(false);
    expect(report.tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    for (const href of report.hrefs) expect(href).toMatch(/^(https?:|mailto:|tel:)/);
    expect(report.attrs.filter((a) => !['href', 'target', 'rel'].includes(a))).toEqual([]);
    // The hostile title is shown as text, not markup.
    expect(report.title).toContain('<img src=x onerror=');
    expect(page.url()).toBe(popupUrl);
    await page.locator('.kgh-back').click();
  });
});
