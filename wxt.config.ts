import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Firefox: an add-on id, and the declaration (Firefox 140+) that it collects no data. */
const GECKO = {
  id: 'kaspi-guide-helper@example.org',
  strict_min_version: '142.0',
  data_collection_permissions: { required: ['none'] },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  // The brief keeps the top level fixed: static files (locales) live under assets/.
  publicDir: 'assets/public',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    // Only what is used: storage (recent searches, settings), contextMenus (search the selection).
    permissions: ['storage', 'contextMenus'],
    commands: {
      // Alt+Shift+K: unused by Chrome on Windows, Linux and macOS and by kaspi.kz's own pages.
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_togglePanel__' },
    },
    omnibox: { keyword: 'kg' },
    browser_specific_settings: { gecko: GECKO },
  },
  vite: () => ({
    plugins: [preact()],
    json: { stringify: true },
    // terser packs the content script ~5% tighter than esbuild (it runs on every kaspi.kz page).
    build: { minify: 'terser' as const, terserOptions: { compress: { passes: 2 } } },
  }),
});
