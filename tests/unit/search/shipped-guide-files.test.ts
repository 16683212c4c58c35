import { describe, expect, it } from 'vitest';
import { generatedIndexFiles } from '../../../lib/cli/generated-index-files';
import { ingestCaptureDirs, DEFAULT_GUIDE_DIR } from '../../../lib/cli/read-capture-dir';
import { loadShippedGuide, SHIPPED_GUIDE_FILES } from '../../../lib/search/shipped-guide-files';

const questions = ingestCaptureDirs([DEFAULT_GUIDE_DIR]).questions;
const files = generatedIndexFiles(questions);

describe('loadShippedGuide', () => {
  it('reads the three files the build writes and searches them', async () => {
    const read: string[] = [];
    const guide = await loadShippedGuide(async (name) => {
      read.push(name);
      return files[name]!;
    });
    expect(read.sort()).toEqual(Object.values(SHIPPED_GUIDE_FILES).sort());
    expect(guide.answers.length).toBe(questions.length);
    const first = guide.search('оплатить kaspi red', { lang: 'ru', limit: 3 }).hits[0];
    expect(first?.answer.title).toMatch(/Kaspi Red/i);
  });

  it('fails with the reader\'s error when a file cannot be read', async () => {
    await expect(
      loadShippedGuide(async (name) => {
        if (name === SHIPPED_GUIDE_FILES.answers) throw new Error(`missing ${name}`);
        return files[name]!;
      }),
    ).rejects.toThrow(`missing ${SHIPPED_GUIDE_FILES.answers}`);
  });
});
