import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { decodeCaptureBytes, ingestCaptures, type CaptureFile, type IngestResult } from '../guide/ingest-captures';
import { createAnswerSanitizer } from '../guide/sanitize-answer';
import type { CaptureReport, CaptureSource } from '../guide/types';
import { mergeByCanonical } from '../guide/merge-by-canonical';
import { readCrawlOutput } from './read-crawl-output';

/** The bundled guide captures, relative to the project root. */
export const DEFAULT_GUIDE_DIR = 'assets/guide';
const SOURCES_FILE = 'sources.json';

/** The bundled captures plus the folders named in GUIDE_EXTRA_DIRS (`dir1:dir2`), as the build reads them. */
export function guideDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  return [DEFAULT_GUIDE_DIR, ...(env.GUIDE_EXTRA_DIRS?.split(':').filter(Boolean) ?? [])];
}

/**
 * The folder's `sources.json`, if it has one. A file that is there but
 * broken stops the build with its path: silently reading it as empty would
 * drop the language of every capture that relies on it.
 */
function readSources(dir: string): Record<string, CaptureSource> {
  const path = join(dir, SOURCES_FILE);
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const files = (parsed as { files?: unknown } | null)?.files;
  if (files === undefined) return {};
  const isSource = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isSource(files) || !Object.values(files as object).every(isSource)) {
    throw new Error(`${path}: "files" must map each capture's file name to an object`);
  }
  return files as Record<string, CaptureSource>;
}

/** Creates the answer sanitiser on a jsdom window (Node has no DOM of its own). */
export function createNodeSanitizer() {
  return createAnswerSanitizer(new JSDOM('').window as unknown as Window);
}

/**
 * Reads and ingests every capture in `dirs` (files that are not text are
 * reported, never fatal), and the output of `npm run crawl` (`*.jsonl`).
 * `sources.json` in a folder describes its files; dotfiles (a crawl's state) are skipped.
 */
export function ingestCaptureDirs(dirs: string[]): IngestResult {
  const files: CaptureFile[] = [];
  const unreadable: CaptureReport[] = [];
  const crawled: CaptureReport[] = [];
  const { sanitizeAnswer } = createNodeSanitizer();
  const sources: Record<string, CaptureSource> = {};
  for (const dir of dirs) {
    Object.assign(sources, readSources(dir));
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name === SOURCES_FILE || name.startsWith('.') || !statSync(path).isFile()) continue;
      const decoded = decodeCaptureBytes(readFileSync(path));
      if ('error' in decoded) unreadable.push({ file: name, questions: [], partial: [], error: decoded.error, warnings: [] });
      else if (name.endsWith('.jsonl')) crawled.push(readCrawlOutput(name, decoded.text, sanitizeAnswer));
      else files.push({ name, text: decoded.text });
    }
  }
  const result = ingestCaptures(files, sources, sanitizeAnswer);
  const questions = crawled.length ? mergeByCanonical([...result.questions, ...crawled.flatMap((r) => r.questions)]) : result.questions;
  return { questions, reports: [...result.reports, ...crawled, ...unreadable].sort((a, b) => a.file.localeCompare(b.file)) };
}
