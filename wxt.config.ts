import preact from '@preact/preset-vite';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { GENERATED_DIR } from './lib/cli/generated-index-files';
import { SHIPPED_GUIDE_DIR } from './lib/search/shipped-guide-files';
import { stripInnerHtmlSinksPlugin } from './lib/build/strip-innerhtml-sinks';

/**
 * Firefox: the add-on id (a UUID in braces: the project owns no domain for an
 * email-style id; it must never change once published), and the declaration
 * (Firefox 140+) that it collects no data. Firefox only: Chrome warns about the key.
 */
const GECKO = {
  id: '{152fdcad-b896-4a0d-87b6-6f3c8cfa1121}',
  strict_min_version: '142.0',
  data_collection_permissions: { required: ['none'] },
};

/** The toolbar button uses the generated icons (auto-icons sets only the manifest's `icons`). */
const TOOLBAR_ICONS = { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' };

// See https://wxt.dev/api/config.html
export default defineConfig({
  // The brief keeps the top level fixed: static files (locales) live under assets/.
  publicDir: 'assets/public',
  // The icon is drawn once as SVG and rasterised at build time to 16, 32, 48 and 128 px (sharp).
  modules: ['@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: false },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    // The version comes from package.json (WXT's default).
    // Only what is used: storage (recent searches, settings), contextMenus (search the selection).
    permissions: ['storage', 'contextMenus'],
    commands: {
      // Alt+Shift+K: unused by Chrome on Windows, Linux and macOS and by kaspi.kz's own pages.
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_togglePanel__' },
    },
    omnibox: { keyword: 'kg' },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: GECKO } } : {}),
  }),
  hooks: {
    // The prebuilt guide (npm run build:index) ships as data files the background fetches, not as script.
    'build:publicAssets': (_wxt, files) => {
      const dir = resolve(GENERATED_DIR);
      if (!existsSync(dir)) throw new Error(`${GENERATED_DIR} is missing: run npm run build:index first`);
      for (const name of readdirSync(dir)) files.push({ absoluteSrc: resolve(dir, name), relativeDest: `${SHIPPED_GUIDE_DIR}/${name}` });
    },
    // WXT takes the toolbar title from the popup's <title> and sets no toolbar icon: both set here, for MV3 and MV2.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) Object.assign(action, { default_title: '__MSG_actionTitle__', default_icon: TOOLBAR_ICONS });
    },
  },
  vite: () => ({
    plugins: [preact(), stripInnerHtmlSinksPlugin()],
    json: { stringify: true },
    // terser packs the content script ~5% tighter than esbuild (it runs on every kaspi.kz page).
    build: { minify: 'terser' as const, terserOptions: { compress: { passes: 2 } } },
  }),
});
