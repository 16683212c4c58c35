import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'artifacts', 'results', 'generated', '.scratch']);

/** A throw-away copy of the project (node_modules linked), to build test-only extensions in. */
function copyProject(): { root: string; run: (args: string[], env?: Record<string, string>) => void } {
  const root = mkdtempSync(join(tmpdir(), 'kgh-test-ext-'));
  cpSync(resolve('.'), root, { recursive: true, filter: (src) => !SKIP.has(src.split('/').pop()!) });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  const run = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(args[0]!, args.slice(1), { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  };
  return { root, run };
}

/**
 * Builds a throw-away copy of the extension whose index also holds the given
 * captures (via GUIDE_EXTRA_DIRS), so test-only content never reaches the
 * shipped build. Returns the unpacked extension's folder.
 */
export function buildTestExtension(captures: Record<string, string>): string {
  const { root, run } = copyProject();
  const extra = join(root, 'test-captures');
  mkdirSync(extra);
  for (const [name, text] of Object.entries(captures)) writeFileSync(join(extra, name), text);
  run(['node', '--import', 'tsx', 'lib/cli/build-guide-index.ts'], { GUIDE_EXTRA_DIRS: extra });
  run(['npx', 'wxt', 'build']);
  return join(root, '.output', 'chrome-mv3');
}

/**
 * Builds a throw-away copy of the extension around index files made
 * elsewhere (`lib/generated/*`, as build-guide-index.ts writes them):
 * benchmarks of large synthetic guides skip decoding thousands of captures.
 */
export function buildExtensionWithIndex(generated: Record<string, string | Uint8Array>): string {
  const { root, run } = copyProject();
  mkdirSync(join(root, 'lib', 'generated'), { recursive: true });
  for (const [name, text] of Object.entries(generated)) writeFileSync(join(root, 'lib', 'generated', name), text);
  run(['npx', 'wxt', 'build']);
  return join(root, '.output', 'chrome-mv3');
}
