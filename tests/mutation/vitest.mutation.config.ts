import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** The unit tests alone, for StrykerJS (`npm run mutate`): e2e tests run the built extension, which mutants never reach. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 30_000 },
});
