import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './launch-extension';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : path.endsWith('.js') ? [path] : [];
  });
}

describe('the built extension', () => {
  it('should ask only for the permissions it uses', () => {
    expect(manifest.permissions).toEqual(['storage', 'contextMenus']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('should run the panel on https kaspi.kz pages but not the guide, and only the learning script on the guide', () => {
    const scripts = manifest.content_scripts as { matches: string[]; exclude_matches?: string[]; js: string[] }[];
    expect(scripts).toHaveLength(2);
    const panel = scripts.find((s) => s.js.some((f) => f.includes('kaspi')))!;
    expect([...panel.matches].sort()).toEqual(['https://*.kaspi.kz/*', 'https://kaspi.kz/*']);
    expect(panel.exclude_matches).toEqual(['https://guide.kaspi.kz/*']);
    const learning = scripts.find((s) => s.js.some((f) => f.includes('guide')))!;
    expect(learning.matches).toEqual(['https://guide.kaspi.kz/*']);
    for (const resource of manifest.web_accessible_resources ?? []) {
      expect([...resource.matches].sort()).toEqual(['https://*.kaspi.kz/*', 'https://kaspi.kz/*']);
    }
  });

  it('should declare the panel shortcut and the omnibox keyword', () => {
    expect(manifest.commands['toggle-panel'].suggested_key.default).toBe('Alt+Shift+K');
    expect(manifest.omnibox.keyword).toBe('kg');
    expect(manifest.name).toBe('__MSG_extName__');
  });

  it('should contain no eval or new Function in any bundle', () => {
    for (const file of jsFiles(EXTENSION_DIR)) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
