import { describe, expect, it } from 'vitest';
import { generatedIndexFiles } from '../../../lib/cli/generated-index-files';
import { ingestCaptureDirs, DEFAULT_GUIDE_DIR } from '../../../lib/cli/read-capture-dir';
import { loadShippedGuide, SHIPPED_GUIDE_FILES, type PackagedFileReader } from '../../../lib/search/shipped-guide-files';

const questions = ingestCaptureDirs([DEFAULT_GUIDE_DIR]).questions;
const files = generatedIndexFiles(questions);

/** Reads the built files as the background does, text or bytes, and lists what was read how. */
function reader(fail?: string): PackagedFileReader & { read: string[] } {
  const read: string[] = [];
  const get = async (name: string, kind: 'text' | 'bytes') => {
    read.push(`${kind} ${name}`);
    if (name === fail) throw new Error(`missing ${name}`);
    const file = files[name];
    if (kind === 'text' && typeof file !== 'string') throw new Error(`${name} is not text`);
    if (kind === 'bytes' && !(file instanceof Uint8Array)) throw new Error(`${name} is not bytes`);
    return file as never;
  };
  return { read, text: (name) => get(name, 'text'), bytes: (name) => get(name, 'bytes') };
}

describe('loadShippedGuide', () => {
  it('reads the files the build writes, the posting lists as bytes, and loads them', async () => {
    const read = reader();
    const guide = await loadShippedGuide(read);
    expect(Object.keys(files).sort()).toEqual(Object.values(SHIPPED_GUIDE_FILES).sort());
    expect(read.read.sort()).toEqual([
      `bytes ${SHIPPED_GUIDE_FILES.postings}`,
      `text ${SHIPPED_GUIDE_FILES.answerMeta}`,
      `text ${SHIPPED_GUIDE_FILES.answers}`,
      `text ${SHIPPED_GUIDE_FILES.index}`,
    ].sort());
    expect(guide.answers.length).toBe(questions.length);
    expect(guide.answers.get(0).title).toBe(questions.find((q) => q.id === guide.answers.get(0).id)?.title);
    // The posting lists came through: a word of every Kaspi Red bill answer is held by several answers.
    expect(guide.corpus.documentFrequency('kaspi')).toBeGreaterThan(5);
    expect(guide.corpus.documentFrequency('no-such-term')).toBe(0);
  });

  it('keeps the posting lists out of the JSON', () => {
    expect(JSON.parse(files[SHIPPED_GUIDE_FILES.index] as string)).not.toHaveProperty('postings');
  });

  it('fails with the reader\'s error when a file cannot be read', async () => {
    await expect(loadShippedGuide(reader(SHIPPED_GUIDE_FILES.answers))).rejects.toThrow(`missing ${SHIPPED_GUIDE_FILES.answers}`);
    await expect(loadShippedGuide(reader(SHIPPED_GUIDE_FILES.postings))).rejects.toThrow(`missing ${SHIPPED_GUIDE_FILES.postings}`);
  });
});
