import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestExtension } from './build-test-extension';
import { launchExtension, type ExtensionSession } from './launch-extension';
import { startStandInGuide } from './stand-in-guide';

let session: ExtensionSession;
let crawled: { id: number; title: string; section: string; lang: string; canonical: string }[];

beforeAll(async () => {
  const guide = await startStandInGuide();
  const out = mkdtempSync(join(tmpdir(), 'kgh-crawl-build-'));
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/crawl.ts', '--base', guide.base, '--out', out, '--delay-ms', '0', '--sections', 'partner/kz'], { stdio: 'ignore' });
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`crawl exited ${code}`))));
    });
    const text = readFileSync(join(out, 'guide-questions.jsonl'), 'utf8');
    crawled = text.trim().split('\n').map((line) => JSON.parse(line));
    session = await launchExtension({ extensionDir: buildTestExtension({ 'guide-questions.jsonl': text }) });
  } finally {
    await guide.close();
    rmSync(out, { recursive: true, force: true });
  }
}, 180_000);
afterAll(async () => {
  await session?.close();
});

describe('a build over a crawl', () => {
  it('should find crawled questions in Chromium, with their guide addresses', async () => {
    expect(crawled.length).toBeGreaterThan(50);
    const question = crawled[0]!;
    const page = await session.openPopup();
    await page.getByRole('combobox', { name: 'Язык' }).selectOption('kz');
    await page.getByRole('combobox', { name: 'Kaspi Гид бойынша іздеу' }).fill(question.title);
    const option = page.getByRole('listbox').getByRole('option').filter({ hasText: question.title });
    await expect.poll(() => option.count(), { timeout: 10_000 }).toBe(1);
    await option.click();
    const link = page.getByRole('link', { name: 'Kaspi Гид-те ашу' });
    await expect.poll(() => link.getAttribute('href')).toBe(`https://guide.kaspi.kz/${question.section}/${question.lang}${question.canonical}`);
    await page.getByRole('combobox', { name: 'Тіл' }).selectOption('ru');
    await page.close();
  });
});
