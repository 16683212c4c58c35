import { readFileSync } from 'node:fs';

/**
 * Prints the mutation score of `npm run mutate`, per folder of lib/ and in
 * total, from StrykerJS's JSON report. Score = detected ÷ (detected +
 * undetected): killed and timed-out mutants are detected, survivors and
 * mutants no test reaches are not; compile and runtime errors do not count.
 */
const REPORT = '.stryker-tmp/mutation-report.json';

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function folderOf(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0]!;
}

const report = JSON.parse(readFileSync(REPORT, 'utf8')) as Report;
const tally = new Map<string, { detected: number; undetected: number }>();
const total = { detected: 0, undetected: 0 };
for (const [path, file] of Object.entries(report.files)) {
  const folder = folderOf(path);
  const t = tally.get(folder) ?? { detected: 0, undetected: 0 };
  tally.set(folder, t);
  for (const { status } of file.mutants) {
    const counted = DETECTED.has(status) ? 'detected' : UNDETECTED.has(status) ? 'undetected' : null;
    if (!counted) continue;
    t[counted]++;
    total[counted]++;
  }
}
const score = (t: { detected: number; undetected: number }) => (t.detected + t.undetected === 0 ? 100 : (100 * t.detected) / (t.detected + t.undetected));
console.log('folder\tdetected\tundetected\tscore');
for (const [folder, t] of [...tally].sort(([a], [b]) => a.localeCompare(b))) console.log(`${folder}\t${t.detected}\t${t.undetected}\t${score(t).toFixed(1)}`);
console.log(`mutation score ${score(total).toFixed(1)}`);
