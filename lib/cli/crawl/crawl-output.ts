import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LearnedQuestionInput } from '../../learned/learned-question';

/** One guide question as the crawl keeps it: decoded, cleaned and sanitised (the shape pages teach the extension). */
export type CrawledQuestion = LearnedQuestionInput;

/** The output that ingest and the build read: one question per line, sorted by id. */
const OUTPUT_FILE = 'guide-questions.jsonl';
/** Questions as they arrive, page by page (a kill loses at most the line being written). */
const LOG_FILE = '.crawl-questions.log';

/** Appends one page's questions to the log. */
export function logQuestions(dir: string, questions: CrawledQuestion[]): void {
  if (questions.length) appendFileSync(join(dir, LOG_FILE), questions.map((q) => `${JSON.stringify(q)}\n`).join(''));
}

/** The latest copy of every logged question, by id (a torn last line is skipped). */
export function readLoggedQuestions(dir: string): Map<number, CrawledQuestion> {
  const byId = new Map<number, CrawledQuestion>();
  const path = join(dir, LOG_FILE);
  if (!existsSync(path)) return byId;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    try {
      const q = JSON.parse(line) as CrawledQuestion;
      byId.set(q.id, q);
    } catch {
      // the line a kill cut short; its page is visited again
    }
  }
  return byId;
}

/**
 * Writes the output (only questions some visited page still holds) sorted by
 * id, one JSON object per line with keys in a fixed order: a refresh diffs
 * line by line. The log is compacted to the same questions.
 */
export function writeOutput(dir: string, questions: Map<number, CrawledQuestion>, keep: Set<number>): CrawledQuestion[] {
  const kept = [...questions.values()].filter((q) => keep.has(q.id)).sort((a, b) => a.id - b.id);
  const text = kept
    .map(({ id, ids, lang, section, title, html, updated, published, usefulness, pinned, canonical }) =>
      JSON.stringify({ id, ids, lang, section, canonical, title, updated, published, usefulness, pinned, html }),
    )
    .map((line) => `${line}\n`)
    .join('');
  for (const [file, body] of [[OUTPUT_FILE, text], [LOG_FILE, text]] as const) {
    writeFileSync(join(dir, `${file}.tmp`), body);
    renameSync(join(dir, `${file}.tmp`), join(dir, file));
  }
  return kept;
}
