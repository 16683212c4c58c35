import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the crawler knows of one page from its last visit. */
export interface PageRecord {
  status: 'ok' | 'no-payload' | 'redirect' | 'robots' | 'error';
  etag: string | null;
  lastModified: string | null;
  /** In-scope addresses the page links to (reused when it answers 304). */
  links: string[];
  /** Questions its payload held. */
  questionIds: number[];
  /** For errors: what went wrong. */
  note?: string;
}

export interface CrawlState {
  version: 1;
  origin: string;
  roots: string[];
  /** Addresses still to visit in this pass, in order. */
  pending: string[];
  /** Every address queued in this pass (so none is queued twice). */
  queued: string[];
  pages: Record<string, PageRecord>;
  /** True once a pass has visited everything it queued: the next run is a refresh. */
  passDone: boolean;
}

const STATE_FILE = '.crawl-state.json';

/** The saved state of an earlier run into `dir`, or null. A state for another site or sections is refused. */
export function loadState(dir: string, origin: string, roots: string[]): CrawlState | null {
  const path = join(dir, STATE_FILE);
  if (!existsSync(path)) return null;
  const state = JSON.parse(readFileSync(path, 'utf8')) as CrawlState;
  if (state.version !== 1) throw new Error(`${path}: unknown state version ${String(state.version)}`);
  if (state.origin !== origin || state.roots.join() !== roots.join()) {
    throw new Error(`${path} belongs to a crawl of ${state.origin} ${state.roots.join(',')}: use another --out`);
  }
  return state;
}

/** Written to a temporary file and renamed, so a kill never leaves half a state. */
export function saveState(dir: string, state: CrawlState): void {
  const path = join(dir, STATE_FILE);
  writeFileSync(`${path}.tmp`, JSON.stringify(state));
  renameSync(`${path}.tmp`, path);
}
