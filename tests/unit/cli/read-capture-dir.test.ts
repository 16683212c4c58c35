import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_GUIDE_DIR, ingestCaptureDirs } from '../../../lib/cli/read-capture-dir';

const made: string[] = [];
/** A copy of the bundled captures whose sources.json holds `sources`. */
function guideWithSources(sources: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kgh-sources-'));
  made.push(dir);
  cpSync(DEFAULT_GUIDE_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'sources.json'), sources);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('sources.json', () => {
  it('stops with the file\'s path when it is not JSON', () => {
    const dir = guideWithSources('{"files": {');
    expect(() => ingestCaptureDirs([dir])).toThrow(`${join(dir, 'sources.json')}: not valid JSON`);
  });

  it('stops when its files are not described by objects', () => {
    expect(() => ingestCaptureDirs([guideWithSources('{"files": ["a.txt"]}')])).toThrow(/"files" must map/);
    expect(() => ingestCaptureDirs([guideWithSources('{"files": {"a.txt": "ru"}}')])).toThrow(/"files" must map/);
  });

  it('is optional: a folder without one still ingests the captures that name their language', () => {
    const dir = guideWithSources('{}');
    rmSync(join(dir, 'sources.json'));
    const { questions } = ingestCaptureDirs([dir]);
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.length).toBeLessThanOrEqual(ingestCaptureDirs([DEFAULT_GUIDE_DIR]).questions.length);
  });
});
