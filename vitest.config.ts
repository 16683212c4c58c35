import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        // Some unit tests run the CLIs as child processes: a loaded 2-core machine needs more than vitest's 5 s.
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 30_000 },
      },
      {
        // The built extension in Debian's Chromium: one browser at a time on a 2-core machine.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          // Polls wait for what the page shows, not for how fast: a search after a worker wake-up on a loaded
          // machine can take longer than vitest's 1 s default (performance is measured by `npm run bench`).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
