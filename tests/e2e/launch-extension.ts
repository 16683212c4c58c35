import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The built extension (`npm run build`). */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const ARTIFACTS_DIR = resolve('tests/e2e/artifacts');

/** Debian's Chromium; playwright's own browser downloads are not available here. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium not found: install Debian\'s chromium (apt-get install -y chromium)');
  }
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  openPopup(query?: string, colorScheme?: 'light' | 'dark'): Promise<Page>;
  close(): Promise<void>;
}

/** Starts headless Chromium with only our extension, kaspi.kz mapped to this machine. */
export async function launchExtension(
  options: {
    locale?: string; extraArgs?: string[]; extensionDir?: string; workerTimeoutMs?: number;
    /** The browser's default font size (its settings page's "font size"), in px. */
    defaultFontSize?: number;
  } = {},
): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'kgh-e2e-'));
  if (options.defaultFontSize) {
    // Where Chromium keeps the setting: the profile's preferences, read at start.
    mkdirSync(join(userDataDir, 'Default'));
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: options.defaultFontSize } } }));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    locale: options.locale ?? 'ru-RU',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--host-resolver-rules=MAP kaspi.kz 127.0.0.1, MAP *.kaspi.kz 127.0.0.1',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.extraArgs ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: options.workerTimeoutMs ?? 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async openPopup(query, colorScheme = 'light') {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.emulateMedia({ colorScheme });
      const search = query ? `?q=${encodeURIComponent(query)}` : '';
      await page.goto(`chrome-extension://${extensionId}/popup.html${search}`);
      // Ready to type: the popup focuses its search box once mounted; a key pressed before that goes nowhere.
      await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Stops every service worker through the DevTools protocol, as Chrome does after 30 idle seconds. */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
