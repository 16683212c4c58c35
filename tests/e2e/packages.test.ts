import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AdmZip from 'adm-zip';
import { afterAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './launch-extension';

// `npm test` runs `npm run zip` and `npm run zip:firefox` before the browser tests.
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const OUTPUT = resolve('.output');
const zipOf = (what: string) => join(OUTPUT, `kaspi-guide-helper-${version}-${what}.zip`);
/** What these tests read of a built manifest. */
interface Manifest {
  [key: string]: unknown;
  version: string;
  name: string;
  description: string;
  icons: Record<string, string>;
  browser_specific_settings: { gecko: { id: string; data_collection_permissions: unknown } };
}
const actionOf = (manifest: Manifest, key: string) => manifest[key] as { default_icon: unknown; default_title: string };
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(OUTPUT, dir, 'manifest.json'), 'utf8')) as Manifest;

/** Manifest V3 keys Chrome knows (developer.chrome.com, "Manifest file format"); anything else is listed as a warning. */
const CHROME_MV3_KEYS = new Set([
  'manifest_version', 'name', 'version', 'description', 'icons', 'default_locale', 'action', 'author', 'background',
  'chrome_settings_overrides', 'chrome_url_overrides', 'commands', 'content_scripts', 'content_security_policy',
  'cross_origin_embedder_policy', 'cross_origin_opener_policy', 'declarative_net_request', 'devtools_page',
  'export', 'externally_connectable', 'homepage_url', 'host_permissions', 'import', 'incognito', 'key',
  'minimum_chrome_version', 'oauth2', 'omnibox', 'optional_host_permissions', 'optional_permissions', 'options_page',
  'options_ui', 'permissions', 'requirements', 'sandbox', 'short_name', 'side_panel', 'storage', 'tts_engine',
  'update_url', 'version_name', 'web_accessible_resources',
]);

const ICONS = { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' };

describe('built manifests', () => {
  const chrome = manifestOf('chrome-mv3');
  const firefox = manifestOf('firefox-mv2');

  it('should give Chrome only keys it knows, and no Firefox settings', () => {
    expect(Object.keys(chrome).filter((key) => !CHROME_MV3_KEYS.has(key))).toEqual([]);
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('should give Firefox a real add-on id and its data declaration', () => {
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it.each([['chrome-mv3', 'action'], ['firefox-mv2', 'browser_action']])('should localise and iconify the %s build', (dir, actionKey) => {
    const manifest = manifestOf(dir);
    expect(manifest.version).toBe(version);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.icons).toEqual(ICONS);
    expect(actionOf(manifest, actionKey!).default_icon).toEqual(ICONS);
    expect(actionOf(manifest, actionKey!).default_title).toBe('__MSG_actionTitle__');
    for (const path of Object.values(ICONS)) expect(existsSync(join(OUTPUT, dir, path))).toBe(true);
    for (const locale of ['ru', 'kk', 'en']) {
      const messages = JSON.parse(readFileSync(join(OUTPUT, dir, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      for (const key of ['extName', 'extDescription', 'actionTitle']) expect(messages[key]?.message, `${locale} ${key}`).toBeTruthy();
    }
  });

  it('should rasterise each icon at its own size', () => {
    for (const [size, path] of Object.entries(ICONS)) {
      const png = readFileSync(join(OUTPUT, 'chrome-mv3', path));
      // PNG header: width and height are big-endian at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('upload packages', () => {
  let session: ExtensionSession | undefined;
  let unpacked: string | undefined;
  afterAll(async () => {
    await session?.close();
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  });

  it('should zip Chrome, Firefox and the sources AMO asks for', () => {
    for (const what of ['chrome', 'firefox', 'sources']) expect(existsSync(zipOf(what)), what).toBe(true);
    const sources = new AdmZip(zipOf('sources')).getEntries().map((e) => e.entryName);
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md']));
    expect(sources.some((name) => name.startsWith('assets/guide/'))).toBe(true);
  });

  it('should load the Chrome zip as it would be uploaded and answer a search', async () => {
    unpacked = mkdtempSync(join(tmpdir(), 'kgh-zip-'));
    new AdmZip(zipOf('chrome')).extractAllTo(unpacked, true);
    session = await launchExtension({ extensionDir: unpacked });
    const page = await session.openPopup();
    await page.keyboard.type('штраф за просрочку', { delay: 10 });
    await expect.poll(() => page.getByRole('listbox', { name: 'Поиск по Kaspi Гид' }).getByRole('option').first().textContent()).toMatch(/штраф/i);
    await page.close();
  });
});
