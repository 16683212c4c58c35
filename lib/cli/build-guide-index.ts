import { mkdirSync, writeFileSync } from 'node:fs';
import { generatedIndexFiles } from './generated-index-files';
import { guideDirs, ingestCaptureDirs } from './read-capture-dir';

/** Where the build puts the prebuilt index and answer store (generated, not committed). */
export const GENERATED_DIR = 'lib/generated';

/**
 * Build step: ingests the captures and writes the serialized index and the
 * answer store that the background imports. Fails only when no question at all survives.
 */
function main(): number {
  const { questions, reports } = ingestCaptureDirs(guideDirs());
  if (questions.length === 0) {
    console.error('build-guide-index: no question could be recovered from the captures');
    for (const r of reports) console.error(`  ${r.file}: ${r.error ?? 'no complete question'}`);
    return 1;
  }
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [name, text] of Object.entries(generatedIndexFiles(questions))) writeFileSync(`${GENERATED_DIR}/${name}`, text);
  console.log(`guide index: ${questions.length} answers from ${reports.length} captures`);
  return 0;
}

process.exitCode = main();
