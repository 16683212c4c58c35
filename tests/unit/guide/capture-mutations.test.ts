import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../../lib/guide/decode-capture';
import { decodeCaptureBytes, ingestCapture } from '../../../lib/guide/ingest-captures';
import { createRandom } from '../../../lib/cli/synthetic/seeded-random';
import { BOTH_ENDS_CUT, nodeSanitizer, readCapture, SEED_KZ, SEED_RU } from '../guide-fixtures';
import { sampleBudget } from '../sample-budget';

/** Mutants per kind (cut, flipped byte, deleted bracket) per capture. */
const PER_KIND = sampleBudget(12, 2);

const CAPTURES = [SEED_RU, SEED_KZ, ...BOTH_ENDS_CUT];

/** Mutants of a capture: cut at many places, bytes flipped, brackets deleted. Deterministic. */
function mutate(text: string, seed: number): string[] {
  const random = createRandom(seed);
  const at = () => Math.floor(random() * text.length);
  const mutants: string[] = [];
  for (let i = 0; i < PER_KIND; i++) mutants.push(text.slice(0, at()), text.slice(at()));
  for (let i = 0; i < PER_KIND; i++) {
    const p = at();
    mutants.push(text.slice(0, p) + String.fromCharCode(33 + Math.floor(random() * 90)) + text.slice(p + 1));
  }
  for (let i = 0; i < PER_KIND; i++) {
    const brackets = [...text.matchAll(/[[\]{}]/g)];
    const hit = brackets[Math.floor(random() * brackets.length)];
    if (hit) mutants.push(text.slice(0, hit.index) + text.slice(hit.index + 1));
  }
  return mutants;
}

describe('ingesting mutated captures', () => {
  it('should never crash, and keep only questions whose fields it can prove', () => {
    const { sanitizeAnswer } = nodeSanitizer();
    let tried = 0;
    let kept = 0;
    let crashes = 0;
    CAPTURES.forEach((name, n) => {
      const original = readCapture(name);
      const knownIds = new Set(decodeCapture(original).questions.map((q) => q.id));
      for (const mutant of mutate(original, 1000 + n)) {
        tried++;
        let report;
        try {
          decodeCapture(mutant); // ingestCapture would turn a decoder throw into an error line: count it here
          report = ingestCapture({ name, text: mutant }, { section: 'client', lang: 'ru' }, sanitizeAnswer);
        } catch {
          crashes++;
          continue;
        }
        for (const q of report.questions) {
          // A flipped byte may change a value, never invent a question.
          if (!knownIds.has(q.id)) expect(mutant).toContain(String(q.id));
          expect(q.title.length).toBeGreaterThan(0);
          kept++;
        }
      }
    });
    console.log(`capture mutants tried: ${tried}, crashes: ${crashes}, questions kept: ${kept}`);
    expect(crashes).toBe(0);
    expect(tried).toBeGreaterThanOrEqual(CAPTURES.length * PER_KIND * 3); // cuts and flips always; brackets where the text has some
  }, 60_000);

  it('should report a duplicated id once per object without crashing', () => {
    const text = readCapture(SEED_KZ).replace('{"id":531,', '{"id":456,');
    expect(() => decodeCapture(text)).not.toThrow();
  });

  it('should refuse binary and cp1251 bytes with a reason', () => {
    expect(decodeCaptureBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toHaveProperty('error');
    const cp1251 = Uint8Array.from(readCapture(SEED_RU).slice(0, 200), (c) => (c.charCodeAt(0) > 0x400 ? c.charCodeAt(0) - 0x350 : c.charCodeAt(0) & 0xff));
    expect(decodeCaptureBytes(cp1251)).toEqual({ error: expect.stringMatching(/UTF-8/) });
  });
});
