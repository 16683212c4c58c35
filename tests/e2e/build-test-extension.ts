import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'artifacts', 'results', 'generated', '.scratch']);

/**
 * Builds a throw-away copy of the extension whose index also holds the given
 * captures (via GUIDE_EXTRA_DIRS), so test-only content never reaches the
 * shipped build. Returns the unpacked extension's folder.
 */
export function buildTestExtension(captures: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kgh-test-ext-'));
  cpSync(resolve('.'), root, { recursive: true, filter: (src) => !SKIP.has(src.split('/').pop()!) });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  const extra = join(root, 'test-captures');
  mkdirSync(extra);
  for (const [name, text] of Object.entries(captures)) writeFileSync(join(extra, name), text);
  const run = (args: string[]) => {
    const r = spawnSync(args[0]!, args.slice(1), { cwd: root, encoding: 'utf8', env: { ...process.env, GUIDE_EXTRA_DIRS: extra } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  };
  run(['node', '--import', 'tsx', 'lib/cli/build-guide-index.ts']);
  run(['npx', 'wxt', 'build']);
  return join(root, '.output', 'chrome-mv3');
}
