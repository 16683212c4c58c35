import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GuideLang, GuideSection } from '../../lib/guide/types';
import { buildGuidePayload, guidePageHtml, type PayloadQuestion } from './guide-payload';
import { buildHostilePayload, HOSTILE_VECTORS } from './hostile-payload';

/**
 * A stand-in for guide.kaspi.kz, served on a free local port: section roots
 * list products, products list categories, categories list questions, and
 * every question address serves a whole page with its payload (devalue, as
 * the real site) holding it and its category's other questions. Made to
 * misbehave as sites do: robots.txt disallows one product, one page answers
 * 429 with Retry-After once, one answers 500 twice, one address redirects,
 * one page links off-site, pages link back in loops, one page has no
 * payload, one question page is hostile. ETag / Last-Modified and 304s as a
 * CDN would.
 */
export interface StandInGuide {
  base: string;
  /** Every request: path and the time it arrived (ms). */
  requests: { path: string; at: number; status: number; host: string }[];
  /** Ids of the questions a polite crawl may find (not under the disallowed product). */
  allowedIds: Set<number>;
  /** Ids that only live under the disallowed product. */
  disallowedIds: Set<number>;
  disallowedPrefix: string;
  retryAfterPath: string;
  flakyPath: string;
  close(): Promise<void>;
}

const SECTIONS: [GuideSection, GuideLang][] = [['client', 'ru'], ['client', 'kz'], ['partner', 'ru'], ['partner', 'kz']];
const PRODUCTS = 4;
const CATEGORIES = 3;
const QUESTIONS = 6;
const LAST_MODIFIED = 'Mon, 02 Nov 2026 10:00:00 GMT';

const WORDS = {
  ru: ['оплата', 'перевод', 'депозит', 'кредит', 'карта', 'лимит', 'бонус', 'доставка', 'возврат', 'комиссия'],
  kz: ['толем', 'аударым', 'депозит', 'несие', 'карта', 'лимит', 'бонус', 'жеткизу', 'кайтару', 'комиссия'],
};

const list = (links: [string, string][]) =>
  `<ul class="questionList">${links.map(([href, text]) => `<li><a class="kaspiGuide__question--title" href="${href}">${text}</a></li>`).join('')}</ul>`;
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div id="__nuxt"><h1>${title}</h1>${body}</div></body></html>`;

export async function startStandInGuide(options: { offSiteUrl?: string } = {}): Promise<StandInGuide> {
  const pages = new Map<string, string>();
  const allowedIds = new Set<number>();
  const disallowedIds = new Set<number>();
  const disallowedPrefix = '/client/kz/p2';
  let id = 700_000;
  for (const [section, lang] of SECTIONS) {
    const root = `/${section}/${lang}`;
    const products: [string, string][] = [];
    for (let p = 1; p <= PRODUCTS; p++) {
      const productPath = `${root}/p${p}`;
      products.push([productPath, `Продукт ${p}`]);
      const categories: [string, string][] = [];
      for (let c = 1; c <= CATEGORIES; c++) {
        const categoryPath = `${productPath}/c${c}`;
        categories.push([categoryPath, `Категория ${c}`]);
        const questions: PayloadQuestion[] = [];
        for (let q = 0; q < QUESTIONS; q++) {
          const qid = ++id;
          const word = WORDS[lang][(p + c + q) % WORDS[lang].length]!;
          questions.push({
            id: qid,
            title: `Вопрос ${qid} ${word} стенд${section}${lang}`,
            content: `<p>Ответ на вопрос ${qid}: ${word}. <a href="/${section}/${lang}/p${p}">Раздел</a></p>`,
            canonical: `/p${p}/c${c}/q${qid}`,
            updatedDate: '02.11.2026',
            usefulness: 0.8,
            publication_date: '2026-11-02T10:00:00',
          });
          (productPath.startsWith(disallowedPrefix) ? disallowedIds : allowedIds).add(qid);
        }
        pages.set(categoryPath, page(`Категория ${c}`, list(questions.map((q) => [`${root}${q.canonical}`, q.title])) + `<a href="${root}">${root}</a>`));
        const payload = buildGuidePayload(questions, lang === 'ru' ? 'ru-RU' : 'kk-KZ');
        for (const q of questions) {
          // The real site renders the whole app around the payload; links lead back up (loops).
          pages.set(`${root}${q.canonical}`, guidePageHtml(payload, section, lang, q.canonical).replace('<main>', `<main><a href="${categoryPath}">назад</a><a href="${root}">${root}</a><a href="${root}${q.canonical}#answer">якорь</a>`));
        }
      }
      pages.set(productPath, page(`Продукт ${p}`, `<div class="main-left-menu kaspiGuide__product--list">${list(categories)}</div><a href="${root}">${root}</a>`));
    }
    pages.set(root, page(root, list(products) + SECTIONS.map(([s, l]) => `<a href="/${s}/${l}">${s} ${l}</a>`).join('')));
  }
  // Misbehaviour.
  const noPayloadPath = '/client/ru/p1';
  pages.set(noPayloadPath, pages.get(noPayloadPath)!.replace('</body>', `<a href="${options.offSiteUrl ?? 'https://example.invalid/elsewhere'}">off site</a><a href="mailto:x@y.z">mail</a><a href="/client/ru/old-product">old</a><a href="/client/ru/hostile/q900001">hostile</a></body>`));
  for (let i = 0; i < HOSTILE_VECTORS.length; i++) {
    pages.set(`/client/ru/hostile/q${900001 + i}`, guidePageHtml(buildHostilePayload(), 'client', 'ru', `/hostile/q${900001 + i}`));
    allowedIds.add(900001 + i);
  }
  const retryAfterPath = '/partner/ru/p3/c2';
  const flakyPath = '/partner/kz/p1';
  const failures = new Map([[retryAfterPath, 1], [flakyPath, 2]]);

  const requests: StandInGuide['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const respond = (status: number, headers: Record<string, string> = {}, body = '') => {
      requests.push({ path, at: Date.now(), status, host: req.headers.host ?? '' });
      res.writeHead(status, headers);
      res.end(body);
    };
    if (path === '/robots.txt') return respond(200, { 'content-type': 'text/plain' }, `User-agent: *\nDisallow: ${disallowedPrefix}/\nDisallow: ${disallowedPrefix}\n`);
    if (path === '/client/ru/old-product') return respond(301, { location: '/client/ru/p4' });
    const left = failures.get(path) ?? 0;
    if (left > 0) {
      failures.set(path, left - 1);
      return path === retryAfterPath ? respond(429, { 'retry-after': '1' }) : respond(500);
    }
    const html = pages.get(path);
    if (!html) return respond(404, {}, 'not found');
    const etag = `"${createHash('sha1').update(html).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === LAST_MODIFIED) return respond(304, { etag });
    respond(200, { 'content-type': 'text/html; charset=utf-8', etag, 'last-modified': LAST_MODIFIED }, html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests, allowedIds, disallowedIds, disallowedPrefix, retryAfterPath, flakyPath,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
