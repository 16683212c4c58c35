/**
 * How many random samples a property or fuzz test draws: `full` in `npm test`, a tenth under
 * `npm run mutate` (tests/mutation/vitest.mutation.config.ts sets TEST_SAMPLE_SCALE), where the
 * test runs again for each of thousands of mutants. Fewer samples can only let more mutants
 * survive, so the mutation score stays an honest floor.
 */
export function sampleBudget(full: number, least = 1): number {
  const scale = Number(process.env.TEST_SAMPLE_SCALE ?? 1);
  return Math.max(least, Math.round(full * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
