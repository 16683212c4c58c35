import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCaptureDirs } from '../../lib/cli/read-capture-dir';
import type { GuideLang, GuideSection } from '../../lib/guide/types';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { buildGuidePayload, guidePageHtml, renewQuestions, type PayloadQuestion } from './guide-payload';
import { buildHostilePayload, HOSTILE_VECTORS } from './hostile-payload';
import { launchExtension, stopServiceWorkers, type ExtensionSession } from './launch-extension';
import type { ExtensionPageChrome } from './extension-page-chrome';

declare const chrome: ExtensionPageChrome;

const real = ingestCaptureDirs(['assets/guide']).questions;

/** A guide page made of real captured questions with new ids and a word no shipped answer has. */
function fixturePage(section: GuideSection, lang: GuideLang, idOffset: number, mark: string) {
  const questions: PayloadQuestion[] = renewQuestions(real.filter((q) => q.section === section && q.lang === lang).slice(0, 3), idOffset, mark);
  const path = `/${section}/${lang}${questions[0]!.canonical}`;
  const html = guidePageHtml(buildGuidePayload(questions, lang === 'ru' ? 'ru-RU' : 'kk-KZ'), section, lang, questions[0]!.canonical);
  return { questions, path, url: `https://guide.kaspi.kz${path}`, html };
}

const CLIENT_RU = fixturePage('client', 'ru', 900_000, 'ипотека');
const PARTNER_KZ = fixturePage('partner', 'kz', 910_000, 'маркетплейс');
const CLIENT_KZ = fixturePage('client', 'kz', 920_000, 'лизинг');
/** Three guide questions a user clicks through inside the app: one page load, then history.pushState. */
function navigationPages(prefix: string, marks: string[], idOffset: number) {
  const base = real.filter((q) => q.section === 'client' && q.lang === 'ru').slice(3, 3 + marks.length);
  const pages = marks.map((mark, i) => {
    const [question] = renewQuestions([base[i]!], idOffset, mark).map((q) => ({ ...q, canonical: `${prefix}/q${base[i]!.id + idOffset}` }));
    return { question: question!, path: `/client/ru${prefix}/q${base[i]!.id + idOffset}` };
  });
  const links = pages.map((p, i) => `<a id="nav-${i}" href="${p.path}" onclick="event.preventDefault(); history.pushState({}, '', this.getAttribute('href'))">${i}</a>`).join('');
  const html = (i: number) =>
    guidePageHtml(buildGuidePayload([pages[i]!.question], 'ru-RU'), 'client', 'ru', pages[i]!.question.canonical).replace('<main>', `<main>${links}`);
  return pages.map((p, i) => ({ ...p, url: `https://guide.kaspi.kz${p.path}`, html: html(i) }));
}
const NAVIGATION = navigationPages('/nav', ['франшиза', 'аккредитив', 'овердрафт'], 930_000);
const NAVIGATION_OFF = navigationPages('/off', ['факторинг', 'лизингодатель', 'эскроу'], 940_000);

const HOSTILE = { path: '/client/ru/hostile/q900001', html: guidePageHtml(buildHostilePayload(), 'client', 'ru', '/hostile/q900001') };

let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(
    Object.fromEntries([CLIENT_RU, PARTNER_KZ, CLIENT_KZ, HOSTILE, ...NAVIGATION, ...NAVIGATION_OFF].map((p) => [`guide.kaspi.kz${p.path}`, p.html])),
  );
  session = await launchExtension({ extraArgs: ['--ignore-certificate-errors'] });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Opens a guide page and waits for its load, by which time Chrome has run the learning script (document_idle). */
async function openGuidePage(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.at(url));
  await page.waitForLoadState('load');
  return page;
}

const storedTitles = async () => ((await storedLearned()) as { questions: { title: string }[] } | null)?.questions.map((q) => q.title) ?? [];

/** Visits a guide page and waits until its questions are stored (the positive signal that learning is done). */
async function visitAndLearn(guidePage: { url: string; questions: { title: string }[] }): Promise<void> {
  const page = await openGuidePage(guidePage.url);
  await expect.poll(storedTitles, { timeout: 10_000 }).toEqual(expect.arrayContaining(guidePage.questions.map((q) => q.title)));
  await page.close();
}

const resultTitles = (page: Page) => page.locator('.kgh-result-title').allTextContents();

/** Types a query and reads the titles once the popup says the search settled (its status line speaks only then). */
async function search(page: Page, query: string): Promise<string[]> {
  const status = page.getByRole('status');
  await page.locator('.kgh-input').fill('');
  await expect.poll(() => status.textContent()).toBe('');
  await page.locator('.kgh-input').fill(query);
  await expect.poll(() => status.textContent()).not.toBe('');
  return resultTitles(page);
}

async function knownQuestions(page: Page): Promise<string> {
  await page.locator('button[aria-label="Настройки"]').click();
  const line = page.getByTestId('known-questions');
  await line.waitFor();
  return (await line.textContent()) ?? '';
}

const storedLearned = () => session.serviceWorker.evaluate(async () => (await chrome.storage.local.get('learnedGuide')).learnedGuide ?? null);

describe('learning from guide.kaspi.kz', () => {
  it('should find a question from a visited guide page, with its guide address', async () => {
    await visitAndLearn(CLIENT_RU);
    const popup = await session.openPopup();
    await expect.poll(() => search(popup, 'ипотека'), { timeout: 10_000 }).toContain(`${CLIENT_RU.questions[0]!.title}`);
    await popup.locator('.kgh-result-title', { hasText: CLIENT_RU.questions[0]!.title }).click();
    const link = popup.locator('.kgh-guide-link');
    await expect.poll(() => link.getAttribute('href')).toBe(`https://guide.kaspi.kz/client/ru${CLIENT_RU.questions[0]!.canonical}`);
    await popup.close();
  });

  it('should learn partner pages in Kazakh too, and say how many questions it knows', async () => {
    await visitAndLearn(PARTNER_KZ);
    const popup = await session.openPopup();
    await expect.poll(() => search(popup, 'маркетплейс'), { timeout: 10_000 }).toContain(PARTNER_KZ.questions[0]!.title);
    const learned = CLIENT_RU.questions.length + PARTNER_KZ.questions.length;
    expect(await knownQuestions(popup)).toBe(`Знаю вопросов: ${real.length + learned}, из них со страниц Kaspi Гид, которые вы открыли: ${learned}`);
    await popup.close();
  });

  it('should still know learned questions after the service worker was stopped', async () => {
    const popup = await session.openPopup();
    await stopServiceWorkers(popup);
    const cold = await popup.evaluate(async () => {
      const started = performance.now();
      const reply = (await chrome.runtime.sendMessage({ name: 'search', data: { query: 'ипотека', lang: 'ru' } })) as { ok: { hits: { answer: { title: string } }[] } };
      return { ms: performance.now() - started, titles: reply.ok.hits.map((h: { answer: { title: string } }) => h.answer.title) as string[] };
    });
    console.log(`first answer after a stopped service worker, ${CLIENT_RU.questions.length + PARTNER_KZ.questions.length} questions learned: ${cold.ms.toFixed(1)} ms`);
    expect(cold.titles).toContain(CLIENT_RU.questions[1]!.title);
    await stopServiceWorkers(popup);
    await expect.poll(() => search(popup, 'ипотека'), { timeout: 10_000 }).toContain(CLIENT_RU.questions[1]!.title);
    await popup.close();
  });

  it('should forget learned questions when asked', async () => {
    const popup = await session.openPopup();
    await knownQuestions(popup);
    await popup.getByRole('button', { name: 'Забыть запомненные вопросы' }).click();
    await expect.poll(() => popup.getByTestId('known-questions').textContent()).toBe(`Знаю вопросов: ${real.length}, из них со страниц Kaspi Гид, которые вы открыли: 0`);
    expect(await storedLearned()).toBeNull();
    await popup.getByRole('button', { name: 'Готово' }).click();
    expect(await search(popup, 'ипотека')).toEqual([]);
    await popup.close();
  });

  it('should store nothing while learning is off', async () => {
    const popup = await session.openPopup();
    await knownQuestions(popup);
    await popup.getByRole('checkbox', { name: 'Запоминать вопросы со страниц Kaspi Гид, которые я открываю' }).uncheck();
    await popup.close();
    // Both pages stay open until a later visit has been learned: their scripts had every chance to learn too.
    const whileOff = [await openGuidePage(CLIENT_KZ.url), await openGuidePage(CLIENT_RU.url)];
    const again = await session.openPopup();
    expect(await search(again, 'лизинг')).toEqual([]);
    // Turned on again, a visit teaches; only that page's questions are stored, none of those seen while off.
    await knownQuestions(again);
    await again.getByRole('checkbox', { name: 'Запоминать вопросы со страниц Kaspi Гид, которые я открываю' }).check();
    await again.close();
    await visitAndLearn(CLIENT_KZ);
    expect((await storedTitles()).sort()).toEqual(CLIENT_KZ.questions.map((q) => q.title).sort());
    for (const page of whileOff) await page.close();
  });

  it('should learn questions opened inside the app without a page load, one request each', async () => {
    const page = await session.context.newPage();
    await page.goto(server.at(NAVIGATION[0]!.url));
    await page.locator('#nav-1').click();
    await expect.poll(() => server.requests.filter((r) => r.endsWith(NAVIGATION[1]!.path)).length, { timeout: 10_000 }).toBe(1);
    await page.locator('#nav-2').click();
    await expect.poll(() => server.requests.filter((r) => r.endsWith(NAVIGATION[2]!.path)).length, { timeout: 10_000 }).toBe(1);
    expect(page.url()).toBe(server.at(NAVIGATION[2]!.url));
    const popup = await session.openPopup();
    for (const { question, path } of NAVIGATION) {
      const mark = question.title.split(' ').at(-1)!;
      await expect.poll(() => search(popup, mark), { timeout: 10_000 }).toContain(question.title);
      await popup.locator('.kgh-result-title', { hasText: question.title }).click();
      await expect.poll(() => popup.locator('.kgh-guide-link').getAttribute('href')).toBe(`https://guide.kaspi.kz${path}`);
      await popup.locator('.kgh-back').click();
    }
    // Back to the first page: already read, nothing requested again.
    await page.goBack();
    await page.goBack();
    expect(server.requests.filter((r) => r.endsWith(NAVIGATION[0]!.path)).length).toBe(1);
    await popup.close();
    await page.close();
  });

  it('should neither learn nor request anything after in-app navigation while learning is off', async () => {
    const popup = await session.openPopup();
    await knownQuestions(popup);
    const learning = popup.getByRole('checkbox', { name: 'Запоминать вопросы со страниц Kaspi Гид, которые я открываю' });
    await learning.uncheck();
    await popup.getByRole('button', { name: 'Готово' }).click();
    const page = await session.context.newPage();
    await page.goto(server.at(NAVIGATION_OFF[0]!.url));
    await page.locator('#nav-1').click();
    await page.locator('#nav-2').click();
    expect(page.url()).toBe(server.at(NAVIGATION_OFF[2]!.url));
    // A positive signal that the script handled the navigation: the page loaded by hand is requested now, and it was the last request.
    await page.goto(server.at(NAVIGATION_OFF[1]!.url));
    await expect.poll(() => server.requests.at(-1)).toMatch(new RegExp(`${NAVIGATION_OFF[1]!.path}$`));
    expect(server.requests.filter((r) => r.endsWith(NAVIGATION_OFF[2]!.path))).toEqual([]);
    expect(server.requests.filter((r) => r.endsWith(NAVIGATION_OFF[1]!.path))).toHaveLength(1);
    expect(await search(popup, 'эскроу')).toEqual([]);
    await knownQuestions(popup);
    await learning.check();
    await popup.close();
    await page.close();
  });

  it('should store hostile answers of a guide page only after DOMPurify, in the browser itself', async () => {
    const popup = await session.openPopup();
    expect(await popup.evaluate(() => chrome.runtime.sendMessage({ name: 'forgetLearned', data: {} }))).toEqual({ ok: { learned: 0 } });
    await popup.close();
    const hostilePage = await openGuidePage(`https://guide.kaspi.kz${HOSTILE.path}`);
    type Stored = { questions: { html: string; title: string }[] } | null;
    await expect.poll(async () => ((await storedLearned()) as Stored)?.questions.length ?? 0, { timeout: 10_000 }).toBe(HOSTILE_VECTORS.length);
    await hostilePage.close();
    const stored = (await storedLearned()) as Stored;
    for (const q of stored!.questions) {
      expect(q.html).not.toMatch(/<(script|img|svg|iframe|form|meta|base|style|input|math)\b|\son\w+=|javascript:|data:|vbscript:/i);
    }
  });
});
