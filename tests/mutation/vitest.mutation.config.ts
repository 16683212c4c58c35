import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The unit tests for StrykerJS (`npm run mutate`), without the command-line tests (tests/unit/cli/: whole
 * CLI runs in child processes, which do not load the sandbox's mutants), without the 50 MB stress test (minutes when
 * instrumented) and without e2e (the built extension). Property and fuzz tests draw a tenth of their samples
 * (tests/unit/sample-budget.ts): they run again for every mutant they cover.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['tests/unit/**/*.test.{ts,tsx}'],
    exclude: ['tests/unit/cli/**', 'tests/unit/guide/huge-capture.test.ts', '**/node_modules/**'], environment: 'node', testTimeout: 30_000,
    env: { TEST_SAMPLE_SCALE: '0.1' } },
});
