import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // The brief keeps the top level fixed: static files (locales) live under assets/.
  publicDir: 'assets/public',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    // Only what is used: recent searches and settings live in extension storage.
    permissions: ['storage'],
  },
  vite: () => ({
    plugins: [preact()],
    json: { stringify: true },
  }),
});
