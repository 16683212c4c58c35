import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { GENERATED_DIR, generatedIndexFiles } from './generated-index-files';
import { guideDirs, ingestCaptureDirs } from './read-capture-dir';

/**
 * Build step: ingests the captures and writes the serialized index and the
 * answer store that the extension packages. Fails only when no question at all survives.
 */
function main(): number {
  const { questions, reports } = ingestCaptureDirs(guideDirs());
  if (questions.length === 0) {
    console.error('build-guide-index: no question could be recovered from the captures');
    for (const r of reports) console.error(`  ${r.file}: ${r.error ?? 'no complete question'}`);
    return 1;
  }
  // Exactly the current files: the build packages everything in the folder.
  rmSync(GENERATED_DIR, { recursive: true, force: true });
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [name, text] of Object.entries(generatedIndexFiles(questions))) writeFileSync(`${GENERATED_DIR}/${name}`, text);
  console.log(`guide index: ${questions.length} answers from ${reports.length} captures`);
  return 0;
}

process.exitCode = main();
