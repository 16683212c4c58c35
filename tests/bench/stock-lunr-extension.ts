import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { GuideQuestion } from '../../lib/guide/types';
import { STOCK_LUNR_RU } from './engines';

/**
 * A throw-away MV3 extension around stock Lunr + lunr-languages `ru`, as a
 * naive integration would ship it: the index JSON and the answers JSON as
 * packaged files, read at worker start and given to `lunr.Index.load`, and a
 * search message answered with the top ten answers. Same file access as ours,
 * so the comparison measures the engines, not the packaging.
 */
const BACKGROUND = `
importScripts('lunr.js', 'lunr.stemmer.support.js', 'lunr.ru.js');
const read = (name) => fetch(chrome.runtime.getURL(name)).then((r) => r.json());
const loaded = Promise.all([read('index.json'), read('answers.json')]).then(([index, answers]) => ({ index: lunr.Index.load(index), answers }));
chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (!message || message.name !== 'search') return false;
  loaded.then(({ index, answers }) => {
    let hits = [];
    try { hits = index.search(message.data.query).slice(0, 10); } catch { hits = []; }
    sendResponse({ ok: { hits: hits.map((h) => answers[Number(h.ref)]) } });
  });
  return true;
});
`;

const MANIFEST = {
  manifest_version: 3,
  name: 'stock lunr bench',
  version: '0.0.1',
  background: { service_worker: 'background.js' },
  action: { default_popup: 'popup.html' },
};

/** Writes the extension for the given questions; returns its folder. */
export function buildStockLunrExtension(questions: GuideQuestion[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kgh-stock-ext-'));
  mkdirSync(dir, { recursive: true });
  const lunrDir = resolve('node_modules/lunr');
  const languages = resolve('node_modules/lunr-languages');
  copyFileSync(join(lunrDir, 'lunr.js'), join(dir, 'lunr.js'));
  copyFileSync(join(languages, 'lunr.stemmer.support.js'), join(dir, 'lunr.stemmer.support.js'));
  copyFileSync(join(languages, 'lunr.ru.js'), join(dir, 'lunr.ru.js'));
  writeFileSync(join(dir, 'index.json'), STOCK_LUNR_RU.build(questions)[0]!);
  writeFileSync(join(dir, 'answers.json'), STOCK_LUNR_RU.storeAnswers(questions));
  writeFileSync(join(dir, 'background.js'), BACKGROUND);
  // An extension page to send messages from (extension pages' CSP: no inline script needed).
  writeFileSync(join(dir, 'popup.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  return dir;
}
