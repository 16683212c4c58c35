import { DEFAULT_GUIDE_DIR, ingestCaptureDirs } from './read-capture-dir';
import { stopOnClosedOutput } from './stop-on-closed-output';

/** `npm run ingest -- [DIR…]`: what every capture yields, one line a file. */
function main(argv: string[]): number {
  const dirs = argv.filter((a) => a !== '--');
  const { questions, reports } = ingestCaptureDirs(dirs.length ? dirs : [DEFAULT_GUIDE_DIR]);
  for (const r of reports) {
    if (r.error && r.questions.length === 0) console.log(`${r.file}: error: ${r.error}`);
    else console.log(`${r.file}: ${r.questions.length} complete, ${r.partial.length} partial`);
    for (const p of r.partial) {
      console.log(`  partial: id ${p.id ?? '?'} ${p.canonical ?? ''} missing ${p.missing.join(', ')}`);
    }
    for (const w of r.warnings) console.log(`  warning: ${w}`);
  }
  const ru = questions.filter((q) => q.lang === 'ru').length;
  const kz = questions.filter((q) => q.lang === 'kz').length;
  const partial = reports.reduce((n, r) => n + r.partial.length, 0);
  const errors = reports.filter((r) => r.error && r.questions.length === 0).length;
  console.log(`questions: ${questions.length} complete (ru ${ru}, kz ${kz}), ${partial} partial, ${errors} files with errors`);
  return questions.length === 0 ? 1 : 0;
}

try {
  stopOnClosedOutput();
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`ingest: ${(e as Error).message}`);
  process.exitCode = 1;
}
