import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../lib/cli/parse-args';
import { GUIDE_DIR, SEED_KZ } from '../guide-fixtures';

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `lib/cli/${script}.ts`, ...args], { encoding: 'utf8' });

describe('parseArgs', () => {
  it.each([
    [['--lang', 'kz', 'бонус'], { lang: 'kz' }, ['бонус']],
    [['--', '-x'], {}, ['-x']],
    [['--lang=ru', '--', '--lang'], { lang: 'ru' }, ['--lang']],
    [['штраф:', '~'], {}, ['штраф:', '~']],
  ])('should read %j', (argv, options, positional) => {
    const parsed = parseArgs(argv);
    expect(Object.fromEntries(parsed.options)).toEqual(options);
    expect(parsed.positional).toEqual(positional);
  });
});

describe('ingest CLI', () => {
  it('should report every file, keep what it can and exit 0 when anything was recovered', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kgh-ingest-'));
    copyFileSync(join(GUIDE_DIR, SEED_KZ), join(dir, 'seed.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0, 1, 2, 3]));
    writeFileSync(join(dir, 'cp1251.txt'), Buffer.from([0xd8, 0xf2, 0xf0, 0xe0, 0xf4]));
    const r = run('ingest', [dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('seed.txt: 10 complete');
    expect(r.stdout).toMatch(/empty\.txt: error: empty file/);
    expect(r.stdout).toMatch(/binary\.bin: error: binary data/);
    expect(r.stdout).toMatch(/cp1251\.txt: error: not UTF-8/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('questions: 10 complete (ru 0, kz 10), 1 partial, 3 files with errors');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('should exit 1 when no question at all could be recovered', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kgh-ingest-'));
    writeFileSync(join(dir, 'junk.txt'), 'not a capture');
    const r = run('ingest', [dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('junk.txt: error:');
  });

  it('should report a folder that does not exist without a stack trace', () => {
    const r = run('ingest', ['/nonexistent-folder']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ingest: .*nonexistent-folder/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('search and eval CLIs', () => {
  it('should search any text after --, including text that looks like an option', () => {
    const r = run('search', ['--lang', 'ru', '--', '-штраф:']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^1\t[\d.]+\t1505\t/);
  });

  it('should say first that it has no confident answer, then show the nearest matches', () => {
    const r = run('search', ['--lang', 'ru', 'кредит на образование']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('no confident answer');
    expect(lines[1]).toMatch(/^1\t/);
  }, 60_000);

  it.each(['search', 'eval', 'ingest'])('should stop quietly when its reader closes the output early (%s … | true)', (script) => {
    const args = script === 'eval' ? ['tests/eval/queries.dev.jsonl'] : script === 'search' ? ['штраф'] : [];
    // `true` exits without reading: every write meets a closed pipe.
    const r = spawnSync('bash', ['-c', `"${process.execPath}" --import tsx lib/cli/${script}.ts "$@" | true; echo "status \${PIPESTATUS[0]}"`, 'bash', ...args], { encoding: 'utf8' });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stdout.trim()).toBe('status 0');
  }, 60_000);

  const evalLines = (args: string[]) =>
    execFileSync(process.execPath, ['--import', 'tsx', 'lib/cli/eval.ts', ...args], { encoding: 'utf8' }).trim().split('\n');

  it('should end eval with the DECLINED line and the summary line', () => {
    const lines = evalLines(['tests/eval/queries.dev.jsonl']);
    expect(lines.at(-2)).toMatch(/^DECLINED unanswerable=0\/0 answerable=\d+\/35$/);
    expect(lines.at(-1)).toMatch(/^MRR@10 \d\.\d{3} S@1 \d\.\d{3} S@3 \d\.\d{3} n=35$/);
  }, 60_000);

  it('should count unanswerable rows as declines only, not in the ranking measures', () => {
    const lines = evalLines(['tests/eval/queries.unanswerable.dev.jsonl']);
    const declined = /^DECLINED unanswerable=(\d+)\/15 answerable=0\/0$/.exec(lines.at(-2)!);
    expect(declined).not.toBeNull();
    expect(Number(declined![1])).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatch(/ n=0$/);
  }, 60_000);

  it('should hide the real answers among synthetic ones with --distractors', () => {
    const lines = evalLines(['--distractors', '300', 'tests/eval/queries.dev.jsonl']);
    expect(lines.at(-1)).toMatch(/^MRR@10 \d\.\d{3} S@1 \d\.\d{3} S@3 \d\.\d{3} n=35 distractors=300$/);
  }, 60_000);

  it('should draw the distractors with the benchmark seed, or another with --seed', () => {
    expect(evalLines(['--distractors', '300', 'tests/eval/queries.dev.jsonl'])[0]).toMatch(/^\d+ real answers among 300 synthetic ones \(seed 20261123\)$/);
    expect(evalLines(['--distractors', '300', '--seed', '7', 'tests/eval/queries.dev.jsonl'])[0]).toMatch(/ \(seed 7\)$/);
  }, 60_000);

  it.each([
    ['a seed that is not a whole number', ['--distractors', '300', '--seed', 'x']],
    ['a seed without distractors', ['--seed', '7']],
    ['an empty distractor count', ['--distractors', '']],
  ])('should refuse %s with its usage', (_what, args) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/eval.ts', ...args, 'tests/eval/queries.dev.jsonl'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^usage: npm run eval -- .*--seed S/);
  }, 60_000);
});
